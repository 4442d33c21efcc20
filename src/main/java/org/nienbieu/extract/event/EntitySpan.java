package org.nienbieu.extract.event;

import java.util.Objects;
import java.util.Optional;

/**
 * An entity mention as the event extractor needs it: the entity's id, canonical name and kind
 * ({@code PERSON}, {@code ORGANISATION}, {@code GOVERNMENT}, {@code COUNTRY}, {@code PLACE},
 * {@code MEDIA}), the role the text gives it, its country when known, and its code-point offsets into the article text.
 * It decouples event extraction from the entity recogniser's classes so both can be tested alone.
 */
public record EntitySpan(String entityId, String name, String kind, Optional<String> role,
                         Optional<String> country, int start, int end) {

    public EntitySpan {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(country, "country");
    }

    boolean isPerson() {
        return "PERSON".equals(kind);
    }

    boolean isPlace() {
        return "PLACE".equals(kind);
    }

    boolean isMedia() {
        return "MEDIA".equals(kind);
    }
}
