package org.nienbieu.ingest;

import java.util.List;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.Quote;

/** What a corpus says: its merged events in date order, its quotes, its entities. */
public record Chronology(int articles, List<Event> events, List<Quote> quotes, List<Entity> entities) {

    public Chronology {
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
    }
}
