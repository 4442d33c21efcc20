package org.nienbieu.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * The pipeline from a corpus folder to its chronology: read each article, resolve its time
 * expressions, recognise its entities, extract its events and quotes (all on the reading threads),
 * then, in file order, settle entities across articles and merge events. Streamed: only merged
 * events and entities stay in memory, never the articles.
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
        return new Chronology(articles.get(), merger.events(), merger.quotes(), registry.entities());
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
