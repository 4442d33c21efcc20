package org.nienbieu.ingest;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.article.CorpusReader;
import org.nienbieu.article.ReadResult;
import org.nienbieu.extract.entity.ArticleEntities;
import org.nienbieu.extract.entity.EntityRecognizer;
import org.nienbieu.extract.entity.EntityRegistry;
import org.nienbieu.extract.event.ArticleEvents;
import org.nienbieu.extract.event.EventExtractor;
import org.nienbieu.extract.event.EventMerger;
import org.nienbieu.extract.time.TimeExpressionResolver;
import org.nienbieu.model.Article;
import org.nienbieu.model.Event;
import org.nienbieu.model.Quote;

/**
 * The pipeline from a corpus folder to its chronology: read each article, resolve its time
 * expressions, recognise its entities, extract its events and quotes (all on the reading threads),
 * then, in file order, settle entities across articles and merge events. Streamed: only the
 * merger's lean state and the entities stay in memory, never the articles; {@link #build} then
 * builds every merged event, {@link #stream} hands them on one at a time.
 */
public final class ChronologyBuilder {

    private final TimeExpressionResolver resolver = new TimeExpressionResolver();
    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final EventExtractor extractor = new EventExtractor();
    private final int threads;

    public ChronologyBuilder(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** Builds the chronology of the corpus in {@code dir}. */
    public Chronology build(Path dir, IngestListener listener) throws BadArticleException {
        Merge merge = merge(dir, listener);
        return new Chronology(merge.articles(), merge.merger().events(), merge.merger().quotes(),
                merge.registry().entities());
    }

    /**
     * As {@link #build}, but hands the events (in date order), then the quotes, to the sinks one at
     * a time instead of keeping them: what a large corpus needs when only counts or a stream are
     * wanted, as the merged events with their mention texts would take far more memory than the
     * merging itself.
     */
    public Streamed stream(Path dir, IngestListener listener, Consumer<Event> events, Consumer<Quote> quotes)
            throws BadArticleException {
        Merge merge = merge(dir, listener);
        int eventCount = 0;
        for (Iterator<Event> it = merge.merger().iterateEvents(); it.hasNext(); eventCount++) {
            events.accept(it.next());
        }
        int quoteCount = 0;
        for (Iterator<Quote> it = merge.merger().iterateQuotes(); it.hasNext(); quoteCount++) {
            quotes.accept(it.next());
        }
        return new Streamed(merge.articles(), eventCount, quoteCount, merge.registry().entities().size());
    }

    /** What {@link #stream} went through: articles read, events and quotes handed on, entities known. */
    public record Streamed(int articles, int events, int quotes, int entities) {
    }

    private record Merge(int articles, EventMerger merger, EntityRegistry registry) {
    }

    private Merge merge(Path dir, IngestListener listener) throws BadArticleException {
        List<CorpusReader.CorpusFile> files = CorpusReader.list(dir);
        EntityRegistry registry = new EntityRegistry();
        EventMerger merger = new EventMerger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger articles = new AtomicInteger();
        new CorpusReader(threads).process(files, this::analyse, analysed -> {
            analysed.result().problem().ifPresent(listener::badFile);
            analysed.events().ifPresent(events -> {
                articles.incrementAndGet();
                Map<String, String> canonical = registry.add(analysed.entities().orElseThrow());
                merger.add(CanonicalActors.apply(events, canonical, registry));
            });
            listener.progress(done.incrementAndGet(), files.size());
        });
        return new Merge(articles.get(), merger, registry);
    }

    /** Everything known about one article, computed on a reading thread. */
    Analysed analyse(ReadResult result) {
        if (result.article().isEmpty()) {
            return new Analysed(result, Optional.empty(), Optional.empty());
        }
        Article article = result.article().get();
        ArticleEntities entities = recognizer.recognise(article);
        ArticleEvents events = extractor.extract(article, resolver.resolve(article), entities);
        // The article's text is no longer needed: drop it so the window of pending results stays small.
        return new Analysed(ReadResult.ok(stub(article)), Optional.of(entities), Optional.of(events));
    }

    private static Article stub(Article article) {
        return new Article(article.name(), article.published(), "", 0,
                org.nienbieu.model.AnalysisText.identity(""), List.of(), List.of());
    }

    record Analysed(ReadResult result, Optional<ArticleEntities> entities, Optional<ArticleEvents> events) {
    }
}
