package org.nienbieu.model;

import java.util.List;
import java.util.Objects;

/**
 * One event of the chronology, merged over every article that reports it. {@code id} is stable
 * across runs on the same corpus; {@code label} is a short Vietnamese title
 * ("Điện đàm Trump – Putin"); {@code mentions} are the source sentences, in corpus order.
 */
public record Event(String id, EventType type, EventStatus status, DateSpan date, List<Actor> actors,
                    List<String> places, String label, List<Mention> mentions) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        mentions = List.copyOf(mentions);
    }
}
