package org.nienbieu.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityKind;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;

/**
 * PLOVER-style JSON Lines, one event per line, for event-data pipelines. The category follows
 * PLOVER's: meetings and calls CONSULT, proposals REQUEST, agreements AGREE, sanctions SANCTION, and
 * anything cancelled or rejected REJECT (the mode says what was turned down). PLOVER has no
 * neutral statement category, so statements are OTHER. See docs/user-guide.md for the table.
 */
final class PloverEventWriter implements EventWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(List<Event> events, Map<String, Entity> entities, OutputStream out) throws IOException {
        for (Event e : events) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("event", category(e));
            row.put("mode", mode(e));
            row.put("native_type", e.type().label());
            row.put("status", e.status().label());
            putActor(row, "actor1", e.actors().size() > 0 ? e.actors().get(0) : null, entities);
            putActor(row, "actor2", e.actors().size() > 1 ? e.actors().get(1) : null, entities);
            row.put("date", e.date().isDated() ? e.date().start().toString() : null);
            row.put("date_end", e.date().isDated() ? e.date().end().toString() : null);
            row.put("date_precision", e.date().precision().label());
            row.put("location", e.places().isEmpty() ? null : e.places().get(0));
            row.put("label", e.label());
            row.put("source", e.mentions().isEmpty() ? null : EventJson.mention(e.mentions().get(0)));
            out.write(MAPPER.writeValueAsBytes(row));
            out.write('\n');
        }
        out.flush();
    }

    static String category(Event e) {
        if (e.status() == EventStatus.CANCELLED || e.status() == EventStatus.REJECTED) {
            return "REJECT";
        }
        return switch (e.type()) {
            case MEETING, CALL -> "CONSULT";
            case PROPOSAL -> "REQUEST";
            case AGREEMENT -> "AGREE";
            case SANCTION -> "SANCTION";
            case STATEMENT -> "OTHER";
        };
    }

    static String mode(Event e) {
        String base = switch (e.type()) {
            case MEETING -> "meet";
            case CALL -> "phone";
            case PROPOSAL -> "propose";
            case AGREEMENT -> "agree";
            case SANCTION -> "sanction";
            case STATEMENT -> "statement";
        };
        return switch (e.status()) {
            case CANCELLED -> "cancel " + base;
            case REJECTED -> "reject " + base;
            case POSTPONED -> "postpone " + base;
            case PLANNED -> "planned " + base;
            case OCCURRED -> base;
        };
    }

    private static void putActor(Map<String, Object> row, String key, Actor actor, Map<String, Entity> entities) {
        row.put(key, actor == null ? null : actor.name());
        row.put(key + "_country", actor == null ? null : country(actor, entities).orElse(null));
    }

    private static Optional<String> country(Actor actor, Map<String, Entity> entities) {
        Entity entity = entities.get(actor.entityId());
        if (entity == null) {
            return Optional.empty();
        }
        return entity.kind() == EntityKind.COUNTRY ? Optional.of(entity.canonicalName()) : entity.country();
    }

}
