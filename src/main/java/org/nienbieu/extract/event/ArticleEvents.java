package org.nienbieu.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nienbieu.model.Event;
import org.nienbieu.model.Quote;

/**
 * The events one article reports, each with one or more mentions in it, and its direct quotations
 * (whose {@code eventId} points at these per-article events until {@link EventMerger} remaps them),
 * and the article's publication date when known, which keeps the merger from joining undated
 * reports of articles far apart in time.
 */
public record ArticleEvents(String article, List<Event> events, List<Quote> quotes, Optional<LocalDate> published) {

    public ArticleEvents {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(published, "published");
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    /** Without a publication date: the merger then reads the article's time from its dated events. */
    public ArticleEvents(String article, List<Event> events, List<Quote> quotes) {
        this(article, events, quotes, Optional.empty());
    }
}
