package org.nienbieu.extract.entity;

import java.util.Optional;
import org.nienbieu.model.EntityKind;

/**
 * An entity the gazetteers know: id, canonical name, kind and country. For a capital flagged as
 * such, {@code government} is the entity it stands for when used as an actor ({@code Moscow} the
 * government of Nga) rather than as a place.
 */
record GazetteerEntity(String id, String canonicalName, EntityKind kind, Optional<String> country,
                       GazetteerEntity government) {

    static GazetteerEntity of(String canonical, EntityKind kind, String country) {
        return new GazetteerEntity(kind.prefix() + ":" + Names.slug(canonical), canonical, kind,
                country == null || country.isBlank() ? Optional.empty() : Optional.of(country.strip()), null);
    }
}
