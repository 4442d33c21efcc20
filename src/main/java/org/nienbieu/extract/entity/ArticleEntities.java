package org.nienbieu.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityMention;

/**
 * What one article names: its mentions sorted by start (a containing mention before the ones
 * nested in it, which happens only for a title-only reference such as {@code Người phát ngôn
 * Điện Kremlin}) and the entities they refer to, each once.
 */
public record ArticleEntities(List<Entity> entities, List<EntityMention> mentions) {

    public ArticleEntities {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }

    /** Mentions lying within {@code [start, end)} (code points), e.g. those of one sentence. */
    public List<EntityMention> in(int start, int end) {
        List<EntityMention> found = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (m.start() >= end) {
                break;
            }
            if (m.start() >= start && m.end() <= end) {
                found.add(m);
            }
        }
        return found;
    }

    /** The entity with this id, if the article names it. */
    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
