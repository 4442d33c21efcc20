package org.nienbieu.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One mention of an entity in an article: the entity's id, the surface exactly as stored
 * ({@code surface == article.slice(start, end)}), the role the text gives it there
 * ({@code Tổng thống}, {@code Ngoại trưởng}...) and its code-point offsets into the article text.
 */
public record EntityMention(String entityId, String surface, Optional<String> role, int start, int end) {

    public EntityMention {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(role, "role");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for '" + surface + "'");
        }
    }
}
