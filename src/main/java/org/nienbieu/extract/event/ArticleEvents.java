package org.nienbieu.extract.event;

import java.util.List;
import java.util.Objects;
import org.nienbieu.model.Event;
import org.nienbieu.model.Quote;

/**
 * The events one article reports, each with one or more mentions in it, and its direct quotations
 * (whose {@code eventId} points at these per-article events until {@link EventMerger} remaps them).
 */
public record ArticleEvents(String article, List<Event> events, List<Quote> quotes) {

    public ArticleEvents {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }
}
