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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.nienbieu.index.StoredArticle;
import org.nienbieu.model.Article;
import org.nienbieu.model.Entity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an index folder up to date with a corpus folder, touching only what changed: files whose
 * size, time and hash match the index are not read, their stored extraction ({@link AnalysisBlob})
 * stands in; new and changed files are read, extracted (on the reading threads) and indexed with
 * their extraction; documents of files gone from the corpus are removed. Events are merged across
 * articles, in file order as {@link ChronologyBuilder} does, as the extractions arrive; when
 * anything changed, all event and quote documents are replaced. Commits every
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

    /** One file of the corpus and whether its size and time say it is the file indexed before. */
    private record Task(CorpusReader.CorpusFile file, FileStamp stamp, boolean sameStamp) {

        String name() {
            return file.name();
        }
    }

    /**
     * What became of one file; {@code analysis} is its extraction (fresh or stored) for the merge,
     * with the article's publication date, absent for a bad file.
     */
    private record Outcome(String name, Change change, Optional<AnalysisBlob> analysis, Optional<LocalDate> published,
                           Optional<BadArticleException> problem, Optional<IOException> failure) {

        static Outcome analysed(String name, Change change, AnalysisBlob analysis, LocalDate published) {
            return new Outcome(name, change, Optional.of(analysis), Optional.of(published), Optional.empty(),
                    Optional.empty());
        }

        static Outcome bad(String name, Optional<BadArticleException> problem) {
            return new Outcome(name, Change.BAD, Optional.empty(), Optional.empty(), problem, Optional.empty());
        }

        static Outcome failed(String name, IOException failure) {
            return new Outcome(name, Change.BAD, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(failure));
        }
    }

    /**
     * Ingests {@code corpus} into the index at {@code indexDir}.
     *
     * <p>Every file goes through the reading threads in name order: a new or changed file is read,
     * extracted and indexed; an unchanged one gives back its stored extraction. The outcomes come
     * back in name order, so events are merged as they arrive, alongside the reading, in the same
     * order as {@link ChronologyBuilder} merges them; the event and quote documents are then
     * replaced when anything changed.
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
            List<Task> tasks = new ArrayList<>(files.size());
            Set<String> listed = new HashSet<>();
            int toRead = 0;
            for (CorpusReader.CorpusFile f : files) {
                FileStamp now = stat(f.path());
                FileStamp before = previous.get(f.name());
                boolean same = !reExtract && before != null && before.sameSizeAndTime(now);
                tasks.add(new Task(f, now, same));
                listed.add(f.name());
                toRead += same ? 0 : 1;
            }
            int removed = 0;
            for (String name : previous.keySet()) {
                if (!listed.contains(name)) {
                    store.removeArticle(name);
                    removed++;
                }
            }
            if (toRead == 0 && removed == 0 && store.eventsCurrent() && !reExtract) {
                IngestSummary summary = new IngestSummary(0, 0, 0, files.size(), 0, 0, (System.nanoTime() - t0) / 1e9);
                LOG.debug("ingest of {} into {}: nothing changed, {}", corpus, indexDir, summary);
                return summary;
            }
            Merge merge = new Merge();
            int[] counts = new int[Change.values().length + 1];
            int[] done = {0};
            int[] sinceCommit = {0};
            IOException[] failed = {null};
            long started = System.nanoTime();
            try (IndexStore.StoredArticles stored = store.storedArticles()) {
                new CorpusReader(threads).map(tasks,
                        t -> analyse(t, stored, store, previous, reExtract),
                        (t, e) -> failedWork(t, e, previous.get(t.name()), store),
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
                            outcome.analysis().ifPresent(a -> merge.add(outcome.name(), a, outcome.published().orElseThrow()));
                            done[0]++;
                            double rate = done[0] / Math.max(1e-9, (System.nanoTime() - started) / 1e9);
                            listener.progress(done[0], files.size(), rate);
                            if (outcome.change() != Change.UNCHANGED && ++sinceCommit[0] >= commitEvery) {
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
            }
            if (failed[0] != null) {
                throw failed[0];
            }
            // A bad file that was indexed before has lost its documents: it counts as removed too.
            removed += counts[Change.BAD.ordinal() + 1];
            int added = counts[Change.ADDED.ordinal()];
            int updated = counts[Change.UPDATED.ordinal()];
            int unchanged = counts[Change.UNCHANGED.ordinal()];
            int bad = counts[Change.BAD.ordinal()];
            long analysed = System.nanoTime();
            int eventsWritten = 0;
            if (added + updated + removed > 0 || !store.eventsCurrent() || reExtract) {
                long replaced;
                try {
                    eventsWritten = merge.writeTo(store);
                    replaced = System.nanoTime();
                    store.label(EXTRACTION_LABEL, EXTRACTION_VERSION);
                    store.commit(IndexStore.Commit.COMPLETE);
                } catch (RuntimeException e) {
                    throw writeFailure(e);
                }
                LOG.debug("{} files read, extracted, indexed and merged in {} s ({} from the index; merging {} s);"
                        + " events written in {} s; committed in {} s", files.size(), (analysed - started) / 1e9,
                        files.size() - toRead, merge.nanos / 1e9,
                        (replaced - analysed) / 1e9, (System.nanoTime() - replaced) / 1e9);
            }
            IngestSummary summary = new IngestSummary(added, updated, removed, unchanged, bad, eventsWritten,
                    (System.nanoTime() - t0) / 1e9);
            LOG.debug("ingest of {} into {}: {}", corpus, indexDir, summary);
            return summary;
        }
    }

    /**
     * On a reading thread: an unchanged file gives its stored extraction; a new or changed one
     * (any file when {@code reExtract}, or one whose stored extraction cannot be read) is read,
     * hashed once, and unless the hash says it is the file indexed before, extracted and indexed.
     */
    private Outcome analyse(Task task, IndexStore.StoredArticles stored, IndexStore store,
                            Map<String, FileStamp> previous, boolean reExtract) {
        String name = task.name();
        if (task.sameStamp()) {
            Optional<Outcome> kept = kept(name, stored, Change.UNCHANGED);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        FileStamp before = previous.get(name);
        try {
            ReadResult result = CorpusReader.readOne(task.file());
            if (result.article().isEmpty()) {
                return bad(name, before, result.problem(), store);
            }
            FileStamp stamp;
            try {
                stamp = withHash(task.stamp(), task.file().path());
            } catch (IOException e) {
                // Read a moment ago, gone (or turned into a folder) now: a bad file, not a failed index.
                return bad(name, before, Optional.of(BadArticleException.unreadable(name, task.file().path(), e)), store);
            }
            if (!reExtract && before != null && before.hash().equals(stamp.hash())) {
                // Touched but not changed: the stored extraction still holds.
                Optional<Outcome> kept = kept(name, stored, Change.UNCHANGED);
                if (kept.isPresent()) {
                    return kept.get();
                }
            }
            Article article = result.article().get();
            ArticleEntities entities = recognizer.recognise(article);
            ArticleEvents events = extractor.extract(article, resolver.resolve(article), entities);
            AnalysisBlob analysis = new AnalysisBlob(new ArticleEntities(entities.entities(), List.of()), events);
            store.putArticle(new IndexedArticle(name, stamp, article, analysis.encode()));
            return Outcome.analysed(name, before == null ? Change.ADDED : Change.UPDATED, analysis, article.published());
        } catch (IOException e) {
            return Outcome.failed(name, e);
        } catch (RuntimeException e) {
            // Not the article's fault when the index is: a writer closed by a failed write elsewhere.
            return Outcome.failed(name, writeFailure(e));
        }
    }

    /** The work on a file failed unexpectedly (a bug, say): the file is reported, the corpus goes on. */
    private static Outcome failedWork(Task task, Throwable failure, FileStamp before, IndexStore store) {
        try {
            return bad(task.name(), before, Optional.of(BadArticleException.unreadable(task.name(), task.file().path(),
                    new IOException(String.valueOf(failure)))), store);
        } catch (IOException e) {
            return Outcome.failed(task.name(), e);
        } catch (RuntimeException e) {
            return Outcome.failed(task.name(), writeFailure(e));
        }
    }

    /** A file that cannot be used: what the index held of it goes, the problem is reported. */
    private static Outcome bad(String name, FileStamp before, Optional<BadArticleException> problem,
                               IndexStore store) throws IOException {
        if (before != null) {
            store.removeArticle(name);
        }
        return Outcome.bad(name, problem);
    }

    /** The stored extraction of a file, if the index holds a readable one. */
    private static Optional<Outcome> kept(String name, IndexStore.StoredArticles stored, Change change) {
        try {
            Optional<StoredArticle> article = stored.get(name);
            if (article.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Outcome.analysed(name, change, AnalysisBlob.decode(article.get().blob()),
                    article.get().published()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("{}: stored extraction unreadable, the file is extracted again: {}", name, e.toString());
            return Optional.empty();
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
     * The corpus's events merged as each file's extraction arrives, in name order, then written:
     * events and quotes are built one at a time as they are written, so only the lean merger state
     * grows with the corpus.
     */
    private static final class Merge {

        private final EntityRegistry registry = new EntityRegistry();
        private final EventMerger merger = new EventMerger();
        private final Map<String, LocalDate> published = new HashMap<>();
        /** Time spent merging, on the ingesting thread: it must keep up with the reading threads. */
        private long nanos;

        void add(String name, AnalysisBlob analysis, LocalDate date) {
            long t0 = System.nanoTime();
            published.put(name, date);
            Map<String, String> canonical = registry.add(analysis.entities());
            merger.add(CanonicalActors.apply(analysis.events(), canonical, registry));
            nanos += System.nanoTime() - t0;
        }

        /** Returns how many event and quote documents were written; the others were kept. */
        int writeTo(IndexStore store) throws IOException {
            Map<String, Entity> entities = new HashMap<>();
            registry.entities().forEach(e -> entities.put(e.id(), e));
            return store.replaceEventsAndQuotes(merger.iterateRankedEvents(), merger.iterateRankedQuotes(), published, entities);
        }
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
