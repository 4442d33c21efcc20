package org.nienbieu.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Quote;

/** How model values look in the CLI's JSON, written once for every command. */
final class JsonFields {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFields() {
    }

    /** A streaming generator that can also write maps and lists. */
    static JsonGenerator generator(java.io.Writer out) throws IOException {
        return MAPPER.getFactory().createGenerator(out);
    }

    /** {@code {"start": "2025-10-17", "end": "2025-10-17", "precision": "day"}}; nulls when undated. */
    static void writeDateSpan(JsonGenerator json, DateSpan span) throws IOException {
        json.writeObject(dateSpan(span));
    }

    static Map<String, Object> dateSpan(DateSpan span) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", span.isDated() ? span.start().toString() : null);
        m.put("end", span.isDated() ? span.end().toString() : null);
        m.put("precision", span.precision().label());
        return m;
    }

    static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type().label());
        m.put("status", e.status().label());
        m.put("date", dateSpan(e.date()));
        m.put("label", e.label());
        m.put("actors", e.actors().stream().map(JsonFields::actor).toList());
        m.put("places", e.places());
        m.put("mentions", e.mentions().stream().map(JsonFields::mention).toList());
        return m;
    }

    static Map<String, Object> actor(Actor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.entityId());
        m.put("name", a.name());
        m.put("role", a.role().orElse(null));
        return m;
    }

    static Map<String, Object> mention(Mention x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", x.article());
        m.put("start", x.start());
        m.put("end", x.end());
        m.put("text", x.text());
        return m;
    }

    static Map<String, Object> quote(Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", q.article());
        m.put("start", q.start());
        m.put("end", q.end());
        m.put("text", q.text());
        m.put("speaker", q.speaker().map(JsonFields::actor).orElse(null));
        m.put("event", q.eventId().orElse(null));
        return m;
    }

    static Map<String, Object> entity(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.canonicalName());
        m.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("country", e.country().orElse(null));
        m.put("forms", e.surfaceForms());
        return m;
    }

    /** Writes a value as indented JSON, arrays one element per line. */
    static void write(PrintWriter out, Object value) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        out.println(MAPPER.writer(pretty).writeValueAsString(value));
    }
}
