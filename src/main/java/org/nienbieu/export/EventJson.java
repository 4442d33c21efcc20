package org.nienbieu.export;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Quote;

/**
 * The one JSON shape of our model values, used by the {@code json} export and by every command's
 * {@code --format json}, so the two never drift apart. Plain maps and lists, in a fixed key order.
 */
public final class EventJson {

    private EventJson() {
    }

    /** {@code {"start": "2025-10-17", "end": "2025-10-17", "precision": "day"}}; nulls when undated. */
    public static Map<String, Object> dateSpan(DateSpan span) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", span.isDated() ? span.start().toString() : null);
        m.put("end", span.isDated() ? span.end().toString() : null);
        m.put("precision", span.precision().label());
        return m;
    }

    public static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type().label());
        m.put("status", e.status().label());
        m.put("date", dateSpan(e.date()));
        m.put("label", e.label());
        m.put("actors", e.actors().stream().map(EventJson::actor).toList());
        m.put("places", e.places());
        m.put("mentions", e.mentions().stream().map(EventJson::mention).toList());
        return m;
    }

    public static Map<String, Object> actor(Actor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.entityId());
        m.put("name", a.name());
        m.put("role", a.role().orElse(null));
        return m;
    }

    public static Map<String, Object> mention(Mention x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", x.article());
        m.put("start", x.start());
        m.put("end", x.end());
        m.put("text", x.text());
        return m;
    }

    public static Map<String, Object> quote(Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", q.article());
        m.put("start", q.start());
        m.put("end", q.end());
        m.put("text", q.text());
        m.put("speaker", q.speaker().map(EventJson::actor).orElse(null));
        m.put("event", q.eventId().orElse(null));
        return m;
    }

    public static Map<String, Object> entity(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.canonicalName());
        m.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
        m.put("country", e.country().orElse(null));
        m.put("forms", e.surfaceForms());
        return m;
    }
}
