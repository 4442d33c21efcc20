package org.nienbieu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import org.nienbieu.index.FileStamp;
import org.nienbieu.index.IndexStore;
import org.nienbieu.index.IndexedArticle;
import org.nienbieu.model.Article;
import org.nienbieu.model.Entity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an index folder up to date with a corpus folder, touching only what changed: files whose
 * size, time and hash match the index are not read; new and changed files are read, extracted
 * (on the reading threads) and indexed with their extraction stored as an {@link AnalysisBlob};
 * documents of files gone from the corpus are removed. Events are merged across articles, so when
 * anything changed they are merged again from every stored blob, in file order as
 * {@link ChronologyBuilder} does, and all event and quote documents are replaced. Commits every
 * {@value #COMMIT_EVERY} files and at the end, never in between: a crash leaves the last commit,
 * and the next ingest finishes the job.
 */
public final class CorpusIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusIndexer.class);
    static final int COMMIT_EVERY = 5_000;
    /**
     * The extractors' version, labelled on each complete commit: bump it whenever the same text would
     * give other times, entities, events or quotes, and every index re-extracts its files once.
     */
    static final String EXTRACTION_VERSION = "2";
    static final String EXTRACTION_LABEL = "extraction";

    private final TimeExpressionResolver resolver = new TimeExpressionResolver();
    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final EventExtractor extractor = new EventExtractor();
    private final int threads;
    private final int commitEvery;
    private final IndexOpener opener;

    public CorpusIndexer(int threads) {
        this(threads, COMMIT_EVERY, IndexStore::openWritable);
    }

    /**
     * For tests: commits every {@code commitEvery} files instead of {@value #COMMIT_EVERY}, and opens
     * the index with {@code opener} (say, on a disk that fills up).
     */
    CorpusIndexer(int threads, int commitEvery, IndexOpener opener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1, got " + commitEvery);
        }
        this.threads = threads;
        this.commitEvery = commitEvery;
        this.opener = opener;
    }

    /** Opens an index folder for writing: {@link IndexStore#openWritable(Path)} but in tests. */
    @FunctionalInterface
    interface IndexOpener {
        IndexStore open(Path indexDir) throws IOException;
    }

    private enum Change { ADDED, UPDATED, UNCHANGED, BAD }

    private record Outcome(String name, Change change, Optional<BadArticleException> problem,
                           Optional<IOException> failure) {
    }

    /**
     * Ingests {@code corpus} into the index at {@code indexDir}.
     *
     * @throws BadArticleException when the corpus folder itself cannot be read
     * @throws org.nienbieu.index.IndexLockedException when another process is writing that index
     */
    public IngestSummary ingest(Path corpus, Path indexDir, IngestListener listener)
            throws BadArticleException, IOException {
        long t0 = System.nanoTime();
        List<CorpusReader.CorpusFile> files = CorpusReader.list(corpus);
        try (IndexStore store = opener.open(indexDir)) {
            // Files extracted by another version of the extractors are extracted again, changed or not;
            // the label is written back only with the complete commit that ends this ingest.
            boolean reExtract = !EXTRACTION_VERSION.equals(store.label(EXTRACTION_LABEL).orElse(""));
            if (reExtract) {
                store.label(EXTRACTION_LABEL, null);
            }
            Map<String, FileStamp> previous = store.fileStamps();
            Map<String, FileStamp> indexed = new HashMap<>(previous);
            Map<String, FileStamp> current = new HashMap<>();
            Map<String, Path> paths = new HashMap<>();
            List<CorpusReader.CorpusFile> todo = new ArrayList<>();
            int unchanged = 0;
            for (CorpusReader.CorpusFile f : files) {
                FileStamp now = stat(f.path());
                FileStamp before = indexed.remove(f.name());
                if (!reExtract && before != null && before.sameSizeAndTime(now)) {
                    unchanged++;
                } else {
                    todo.add(f);
                    current.put(f.name(), now);
                    paths.put(f.name(), f.path());
                }
            }
            int removed = 0;
            for (String gone : indexed.keySet()) {
                store.removeArticle(gone);
                removed++;
            }
            int[] counts = new int[Change.values().length + 1];
            int skipped = unchanged;
            int[] done = {unchanged};
            int[] sinceCommit = {0};
            IOException[] failed = {null};
            long started = System.nanoTime();
            new CorpusReader(threads).process(todo,
                    r -> analyse(r, store, current, paths, previous, reExtract),
                    outcome -> {
                        if (failed[0] != null) {
                            return;
                        }
                        if (outcome.failure().isPresent()) {
                            failed[0] = outcome.failure().get();
                            return;
                        }
                        counts[outcome.change().ordinal()]++;
                        if (outcome.change() == Change.BAD && previous.containsKey(outcome.name())) {
                            counts[Change.BAD.ordinal() + 1]++;
                        }
                        outcome.problem().ifPresent(listener::badFile);
                        done[0]++;
                        double rate = (done[0] - skipped) / Math.max(1e-9, (System.nanoTime() - started) / 1e9);
                        listener.progress(done[0], files.size(), rate);
                        if (++sinceCommit[0] >= commitEvery) {
                            sinceCommit[0] = 0;
                            try {
                                store.commit(IndexStore.Commit.ARTICLES_ONLY);
                            } catch (IOException e) {
                                failed[0] = e;
                            } catch (RuntimeException e) {
                                failed[0] = writeFailure(e);
                            }
                        }
                    });
            if (failed[0] != null) {
                throw failed[0];
            }
            // A bad file that was indexed before has lost its documents: it counts as removed too.
            removed += counts[Change.BAD.ordinal() + 1];
            int added = counts[Change.ADDED.ordinal()];
            int updated = counts[Change.UPDATED.ordinal()];
            unchanged += counts[Change.UNCHANGED.ordinal()];
            int bad = counts[Change.BAD.ordinal()];
            long extracted = System.nanoTime();
            if (added + updated + removed > 0 || !store.eventsCurrent() || reExtract) {
                long merged;
                try {
                    mergeEvents(store);
                    merged = System.nanoTime();
                    store.label(EXTRACTION_LABEL, EXTRACTION_VERSION);
                    store.commit(IndexStore.Commit.COMPLETE);
                } catch (RuntimeException e) {
                    throw writeFailure(e);
                }
                LOG.debug("{} files read, extracted and indexed in {} s; events merged in {} s; committed in {} s",
                        todo.size(), (extracted - started) / 1e9, (merged - extracted) / 1e9,
                        (System.nanoTime() - merged) / 1e9);
            }
            IngestSummary summary = new IngestSummary(added, updated, removed, unchanged, bad,
                    (System.nanoTime() - t0) / 1e9);
            LOG.debug("ingest of {} into {}: {}", corpus, indexDir, summary);
            return summary;
        }
    }

    /** On a reading thread: hash, extract and index one new or changed file (any file when {@code reExtract}). */
    private Outcome analyse(ReadResult result, IndexStore store, Map<String, FileStamp> current,
                            Map<String, Path> paths, Map<String, FileStamp> previous, boolean reExtract) {
        String name = result.article().map(Article::name).orElseGet(() -> result.problem().orElseThrow().file());
        FileStamp before = previous.get(name);
        try {
            if (result.article().isEmpty()) {
                if (before != null) {
                    store.removeArticle(name);
                }
                return new Outcome(name, Change.BAD, result.problem(), Optional.empty());
            }
            FileStamp stamp;
            try {
                stamp = withHash(current.get(name), paths.get(name));
            } catch (IOException e) {
                // Read a moment ago, gone (or turned into a folder) now: a bad file, not a failed index.
                if (before != null) {
                    store.removeArticle(name);
                }
                return new Outcome(name, Change.BAD, Optional.of(BadArticleException.unreadable(name, paths.get(name), e)),
                        Optional.empty());
            }
            if (!reExtract && before != null && before.hash().equals(stamp.hash())) {
                return new Outcome(name, Change.UNCHANGED, Optional.empty(), Optional.empty());
            }
            Article article = result.article().get();
            ArticleEntities entities = recognizer.recognise(article);
            ArticleEvents events = extractor.extract(article, resolver.resolve(article), entities);
            String blob = new AnalysisBlob(new ArticleEntities(entities.entities(), List.of()), events).encode();
            store.putArticle(new IndexedArticle(name, stamp, article, blob));
            return new Outcome(name, before == null ? Change.ADDED : Change.UPDATED, Optional.empty(), Optional.empty());
        } catch (IOException e) {
            return new Outcome(name, Change.BAD, Optional.empty(), Optional.of(e));
        } catch (RuntimeException e) {
            // Not the article's fault when the index is: a writer closed by a failed write elsewhere.
            return new Outcome(name, Change.BAD, Optional.empty(), Optional.of(writeFailure(e)));
        }
    }

    /**
     * Lucene closes its writer when a write fails (a full disk, say), and from then on says so with
     * an unchecked exception whose cause is that I/O error: the ingest fails with the I/O error, as
     * it would have had it come first. Any other unchecked exception is a bug and goes on.
     */
    private static IOException writeFailure(RuntimeException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return new IOException(io.getMessage(), e);
            }
        }
        throw e;
    }

    /**
     * Merges the events of every stored article again and replaces the event and quote documents,
     * streamed: blobs are read one at a time, and events and quotes built one at a time as they
     * are written, so only the lean merger state grows with the corpus.
     */
    private static void mergeEvents(IndexStore store) throws IOException {
        EntityRegistry registry = new EntityRegistry();
        EventMerger merger = new EventMerger();
        Map<String, LocalDate> published = new HashMap<>();
        store.forEachStoredArticle(stored -> {
            published.put(stored.name(), stored.published());
            AnalysisBlob blob;
            try {
                blob = AnalysisBlob.decode(stored.blob());
            } catch (IllegalArgumentException e) {
                LOG.warn("{}: stored extraction unreadable, its events are left out: {}", stored.name(), e.getMessage());
                return;
            }
            Map<String, String> canonical = registry.add(blob.entities());
            merger.add(CanonicalActors.apply(blob.events(), canonical, registry));
        });
        Map<String, Entity> entities = new HashMap<>();
        registry.entities().forEach(e -> entities.put(e.id(), e));
        store.replaceEventsAndQuotes(merger.iterateEvents(), merger.iterateQuotes(), published, entities);
    }

    static FileStamp stat(Path path) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            long nanos = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            return new FileStamp(attrs.size(), nanos, "");
        } catch (IOException e) {
            return new FileStamp(-1, -1, "");
        }
    }

    private static FileStamp withHash(FileStamp stamp, Path path) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String hash = HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path)), 0, 16);
            return new FileStamp(stamp.size(), stamp.modifiedNanos(), hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

}
