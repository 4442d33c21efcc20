package org.nienbieu.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named entity: a stable id (kind prefix and folded canonical name, {@code person:steve-witkoff}),
 * its canonical name, its kind, the country it belongs to (a person's nationality, the state a
 * government stands for, the country a place or outlet is in) and every surface form seen for it.
 */
public record Entity(String id, String canonicalName, EntityKind kind, Optional<String> country,
                     List<String> surfaceForms) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        surfaceForms = List.copyOf(surfaceForms);
    }
}
