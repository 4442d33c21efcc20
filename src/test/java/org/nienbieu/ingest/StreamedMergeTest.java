package org.nienbieu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.index.Schema;
import org.nienbieu.index.SearchHit;
import org.nienbieu.index.SearchRequest;
import org.nienbieu.index.SearchService;
import org.nienbieu.model.Event;
import org.nienbieu.model.Quote;

/**
 * The events and quotes merged and written one at a time (the index's, and {@link ChronologyBuilder#stream})
 * are exactly those of the chronology built whole in memory, on a generated corpus large enough
 * for many cross-article merges.
 */
class StreamedMergeTest {

    @TempDir
    static Path temp;
    static Path corpus;
    static Chronology chronology;

    @BeforeAll
    static void corpus() throws Exception {
        corpus = temp.resolve("corpus");
        new CorpusGenerator(11).write(130, corpus);
        chronology = new ChronologyBuilder(2).build(corpus, IngestListener.NONE);
    }

    @Test
    void streamedChronologyHandsOnTheSameEventsAndQuotesInTheSameOrder() throws Exception {
        List<Event> events = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        ChronologyBuilder.Streamed s = new ChronologyBuilder(1).stream(corpus, IngestListener.NONE, events::add, quotes::add);
        assertThat(events).isEqualTo(chronology.events());
        assertThat(quotes).isEqualTo(chronology.quotes());
        assertThat(s).isEqualTo(new ChronologyBuilder.Streamed(chronology.articles(), events.size(), quotes.size(),
                chronology.entities().size()));
        assertThat(events).as("a corpus where reports of one event do merge")
                .anyMatch(e -> e.mentions().stream().map(m -> m.article()).distinct().count() > 1);
    }

    @Test
    void indexHoldsTheEventsAndQuotesOfTheInMemoryChronology() throws Exception {
        Path index = temp.resolve("index");
        new CorpusIndexer(2).ingest(corpus, index, IngestListener.NONE);
        assertThat(chronology.events().size()).isBetween(100, SearchRequest.MAX_LIMIT);
        try (SearchService search = SearchService.open(index)) {
            List<String> indexed = search.search(SearchRequest.of("").withKind(Schema.Kind.EVENT)
                    .withLimit(SearchRequest.MAX_LIMIT)).hits().stream().map(StreamedMergeTest::event).sorted().toList();
            assertThat(indexed).isEqualTo(chronology.events().stream().map(StreamedMergeTest::event).sorted().toList());
            assertThat(chronology.quotes().size()).isBetween(100, SearchRequest.MAX_LIMIT);
            Map<String, SearchHit> byId = new HashMap<>();
            search.search(SearchRequest.of("").withKind(Schema.Kind.QUOTE).withLimit(SearchRequest.MAX_LIMIT)).hits()
                    .forEach(h -> byId.put(h.id(), h));
            List<SearchHit> quoteHits = chronology.quotes().stream()
                    .map(q -> byId.get("q:" + q.article() + "#" + q.start())).toList();
            assertThat(quoteHits.stream().map(StreamedMergeTest::quote).toList())
                    .isEqualTo(chronology.quotes().stream().map(StreamedMergeTest::quote).toList());
        }
    }

    private static String event(Event e) {
        return String.join("\n", e.id(), e.type().label(), e.status().label(), e.date().toString(), e.label(),
                e.actors().toString(), e.places().toString(), e.mentions().toString());
    }

    private static String event(SearchHit h) {
        return String.join("\n", h.id().substring("e:".length()), h.type().orElseThrow(), h.status().orElseThrow(),
                h.date().toString(), h.text(), h.actors().toString(), h.places().toString(), h.mentions().toString());
    }

    private static String quote(Quote q) {
        return String.join("\n", q.article(), q.start() + ".." + q.end(), q.text(), q.speaker().toString(),
                q.eventId().toString());
    }

    private static String quote(SearchHit h) {
        return String.join("\n", h.article(), h.start() + ".." + h.end(), h.text(), h.speaker().toString(),
                h.events().stream().findFirst().toString());
    }
}
