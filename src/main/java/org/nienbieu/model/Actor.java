package org.nienbieu.model;

import java.util.Objects;
import java.util.Optional;

/** Who takes part in an event: the entity's id and canonical name, and the role the text gives it. */
public record Actor(String entityId, String name, Optional<String> role) {

    public Actor {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
