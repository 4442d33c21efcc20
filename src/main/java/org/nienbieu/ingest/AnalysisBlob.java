package org.nienbieu.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nienbieu.extract.entity.ArticleEntities;
import org.nienbieu.extract.event.ArticleEvents;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityKind;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Precision;
import org.nienbieu.model.Quote;

/**
 * One article's extraction (the entities it names, its events and quotes, before merging), as the
 * compact JSON stored in its article document: an incremental ingest reads it back for unchanged
 * files instead of re-reading and re-extracting them, then merges events over the whole corpus.
 * Entity mentions are not kept: merging needs only the entities. A format change must bump the
 * index schema version.
 */
public record AnalysisBlob(ArticleEntities entities, ArticleEvents events) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    public String encode() {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("a", events.article());
            g.writeStringField("p", events.published().map(Object::toString).orElse(null));
            g.writeArrayFieldStart("n");
            for (Entity e : entities.entities()) {
                g.writeStartArray();
                g.writeString(e.id());
                g.writeString(e.canonicalName());
                g.writeString(e.kind().name());
                g.writeString(e.country().orElse(null));
                g.writeStartArray();
                for (String f : e.surfaceForms()) {
                    g.writeString(f);
                }
                g.writeEndArray();
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("e");
            for (Event e : events.events()) {
                g.writeStartArray();
                g.writeString(e.id());
                g.writeString(e.type().name());
                g.writeString(e.status().name());
                g.writeString(e.date().precision().name());
                g.writeString(e.date().isDated() ? e.date().start().toString() : null);
                g.writeString(e.date().isDated() ? e.date().end().toString() : null);
                g.writeStartArray();
                for (Actor a : e.actors()) {
                    actor(g, a);
                }
                g.writeEndArray();
                g.writeStartArray();
                for (String p : e.places()) {
                    g.writeString(p);
                }
                g.writeEndArray();
                g.writeString(e.label());
                g.writeStartArray();
                for (Mention m : e.mentions()) {
                    g.writeStartArray();
                    g.writeString(m.article());
                    g.writeNumber(m.start());
                    g.writeNumber(m.end());
                    g.writeString(m.text());
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("q");
            for (Quote q : events.quotes()) {
                g.writeStartArray();
                g.writeString(q.article());
                g.writeNumber(q.start());
                g.writeNumber(q.end());
                g.writeString(q.text());
                if (q.speaker().isPresent()) {
                    actor(g, q.speaker().get());
                } else {
                    g.writeNull();
                }
                g.writeString(q.eventId().orElse(null));
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void actor(JsonGenerator g, Actor a) throws IOException {
        g.writeStartArray();
        g.writeString(a.entityId());
        g.writeString(a.name());
        g.writeString(a.role().orElse(null));
        g.writeEndArray();
    }

    /** Reads a blob back; throws {@link IllegalArgumentException} when it is not one. */
    public static AnalysisBlob decode(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an analysis blob: " + e.getMessage(), e);
        }
        String article = root.path("a").asText();
        List<Entity> entities = new ArrayList<>();
        for (JsonNode n : root.path("n")) {
            List<String> forms = new ArrayList<>();
            n.get(4).forEach(f -> forms.add(f.asText()));
            entities.add(new Entity(n.get(0).asText(), n.get(1).asText(), EntityKind.valueOf(n.get(2).asText()),
                    optional(n.get(3)), forms));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode n : root.path("e")) {
            Precision precision = Precision.valueOf(n.get(3).asText());
            DateSpan date = precision == Precision.UNDATED ? DateSpan.undated()
                    : DateSpan.of(LocalDate.parse(n.get(4).asText()), LocalDate.parse(n.get(5).asText()), precision);
            List<Actor> actors = new ArrayList<>();
            n.get(6).forEach(a -> actors.add(actor(a)));
            List<String> places = new ArrayList<>();
            n.get(7).forEach(p -> places.add(p.asText()));
            List<Mention> mentions = new ArrayList<>();
            n.get(9).forEach(m -> mentions.add(new Mention(m.get(0).asText(), m.get(1).asInt(), m.get(2).asInt(),
                    m.get(3).asText())));
            events.add(new Event(n.get(0).asText(), EventType.valueOf(n.get(1).asText()),
                    EventStatus.valueOf(n.get(2).asText()), date, actors, places, n.get(8).asText(), mentions));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode n : root.path("q")) {
            JsonNode speaker = n.get(4);
            quotes.add(new Quote(n.get(0).asText(), n.get(1).asInt(), n.get(2).asInt(), n.get(3).asText(),
                    speaker.isNull() ? Optional.empty() : Optional.of(actor(speaker)), optional(n.get(5))));
        }
        return new AnalysisBlob(new ArticleEntities(entities, List.of()), new ArticleEvents(article, events, quotes,
                root.hasNonNull("p") ? java.util.Optional.of(java.time.LocalDate.parse(root.get("p").asText()))
                        : java.util.Optional.empty()));
    }

    private static Actor actor(JsonNode a) {
        return new Actor(a.get(0).asText(), a.get(1).asText(), optional(a.get(2)));
    }

    private static Optional<String> optional(JsonNode n) {
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }
}
