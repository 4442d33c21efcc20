package org.nienbieu.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nienbieu.extract.entity.EntityRegistry;
import org.nienbieu.extract.event.ArticleEvents;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.Quote;

/**
 * Rewrites an article's events and quotes with the registry's ids and names: entities are
 * recognised per article, and only the registry knows which of them are the same across articles.
 * One place, so the in-memory chronology and the index merge exactly the same events.
 */
final class CanonicalActors {

    private CanonicalActors() {
    }

    static ArticleEvents apply(ArticleEvents events, Map<String, String> canonical, EntityRegistry registry) {
        List<Event> remapped = new ArrayList<>(events.events().size());
        for (Event e : events.events()) {
            remapped.add(new Event(e.id(), e.type(), e.status(), e.date(), actors(e.actors(), canonical, registry),
                    e.places(), e.label(), e.mentions()));
        }
        List<Quote> quotes = new ArrayList<>(events.quotes().size());
        for (Quote q : events.quotes()) {
            quotes.add(new Quote(q.article(), q.start(), q.end(), q.text(),
                    q.speaker().map(s -> actor(s, canonical, registry)), q.eventId()));
        }
        return new ArticleEvents(events.article(), remapped, quotes, events.published());
    }

    private static List<Actor> actors(List<Actor> actors, Map<String, String> canonical, EntityRegistry registry) {
        List<Actor> out = new ArrayList<>(actors.size());
        for (Actor a : actors) {
            Actor c = actor(a, canonical, registry);
            if (out.stream().noneMatch(x -> x.entityId().equals(c.entityId()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static Actor actor(Actor actor, Map<String, String> canonical, EntityRegistry registry) {
        String id = canonical.getOrDefault(actor.entityId(), actor.entityId());
        String name = registry.entity(id).map(Entity::canonicalName).orElse(actor.name());
        return new Actor(id, name, actor.role());
    }
}
