package org.nienbieu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.article.CorpusReader;
import org.nienbieu.extract.time.TimeExpressionResolver;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.generate.GenerationSummary;
import org.nienbieu.ingest.ChronologyBuilder;
import java.io.UncheckedIOException;
import org.nienbieu.index.FileStamp;
import org.nienbieu.index.IndexStore;
import org.nienbieu.index.IndexedArticle;
import org.nienbieu.ingest.CorpusIndexer;
import org.nienbieu.ingest.IngestListener;
import org.nienbieu.ingest.IngestSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the pipeline on a generated corpus: generate N articles into a fresh folder, then read
 * them, read and resolve their time expressions, and run the whole extraction (entities, events,
 * merging), and compare with one naive scan of the same files (the baseline a user has
 * today); then ingest it into a fresh index, and time a fixed mix of searches on it, in this
 * process and reopened in a fresh one ({@link SearchTiming}). Targets (100k articles on 2 cores,
 * {@code -Xmx1g}): ingest ≤ 30 s, reopen ≤ 1 s, search p99 ≤ 20 ms. Figures are wall-clock on this
 * machine; compare them as ratios within one run.
 */
public final class PipelineBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineBenchmark.class);

    private final int articles;
    private final long seed;
    private final int threads;
    private final Stages stages;
    private final Optional<Path> workdir;

    /**
     * What to measure: the whole pipeline; only reading, indexing the text and searching it; or only
     * searching (on the index a {@code workdir} keeps, built first when it has none).
     */
    public enum Stages { ALL, TEXT_INDEX, SEARCH }

    /** The size and seed of the corpus a {@code --workdir} holds. */
    public record WorkdirCorpus(int articles, long seed) {
    }

    /** The corpus {@code workdir} holds, as its last run recorded it; empty for a folder that holds none. */
    public static Optional<WorkdirCorpus> recorded(Path workdir) throws IOException {
        return BenchWorkdir.recorded(workdir);
    }

    public PipelineBenchmark(int articles, long seed, int threads) {
        this(articles, seed, threads, Stages.ALL);
    }

    public PipelineBenchmark(int articles, long seed, int threads, Stages stages) {
        this(articles, seed, threads, stages, Optional.empty());
    }

    /**
     * With a {@code workdir}, the corpus and the index are kept there and reused by later runs (see
     * {@link BenchWorkdir}); without one, they live in temporary folders removed afterwards.
     */
    public PipelineBenchmark(int articles, long seed, int threads, Stages stages, Optional<Path> workdir) {
        this.stages = java.util.Objects.requireNonNull(stages, "stages");
        this.workdir = java.util.Objects.requireNonNull(workdir, "workdir");
        if (stages == Stages.SEARCH && workdir.isEmpty()) {
            throw new IllegalArgumentException("measuring search only needs a workdir to keep the index in");
        }
        if (stages == Stages.TEXT_INDEX && workdir.isPresent()) {
            throw new IllegalArgumentException("the text-only index is not kept in a workdir");
        }
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1, got " + articles);
        }
        this.articles = articles;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * Runs the benchmark in a temporary folder it removes afterwards, or in the workdir it keeps;
     * returns named figures.
     */
    public Map<String, Object> run() throws IOException, BadArticleException {
        Optional<BenchWorkdir> kept = workdir.isPresent()
                ? Optional.of(new BenchWorkdir(workdir.get(), articles, seed)) : Optional.empty();
        Path dir = kept.isPresent() ? kept.get().corpus() : Files.createTempDirectory("nienbieu-bench");
        try (HeapWatch heap = new HeapWatch()) {
            Map<String, Object> figures = stages == Stages.SEARCH ? searchOnly(kept.orElseThrow()) : run(dir, kept);
            figures.put("peak_heap_mb", heap.peakMegabytes());
            figures.put("peak_heap_after_gc_mb", heap.peakAfterCollectionMegabytes());
            return figures;
        } finally {
            if (kept.isEmpty()) {
                deleteTree(dir);
            }
        }
    }

    /** Measures only the search mix, on the workdir's index, ingesting it first when it has none. */
    private Map<String, Object> searchOnly(BenchWorkdir kept) throws IOException, BadArticleException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("articles", articles);
        figures.put("threads", threads);
        boolean built = !kept.hasIndex();
        if (built) {
            generated(kept.corpus(seed, articles), kept.corpus(), figures);
            kept.dropIndex();
            long t0 = System.nanoTime();
            IngestSummary summary = new CorpusIndexer(threads).ingest(kept.corpus(), kept.index(), IngestListener.NONE);
            figures.put("ingest_s", seconds(System.nanoTime() - t0));
            figures.put("ingest_articles_per_s", round(summary.added() / Math.max(1e-9, summary.seconds())));
            kept.indexBuilt();
        }
        figures.put("index_mb", round(folderBytes(kept.index()) / 1e6));
        figures.putAll(built ? SearchTiming.afterIngest(kept.index()) : SearchTiming.inThisProcess(kept.index()));
        return figures;
    }

    private static void generated(Optional<GenerationSummary> generated, Path corpus, Map<String, Object> figures)
            throws IOException {
        if (generated.isPresent()) {
            figures.put("generate_s", seconds(generated.get().elapsed().toNanos()));
            figures.put("corpus_mb", round(generated.get().bytes() / 1e6));
        } else {
            figures.put("corpus_reused", true);
            figures.put("corpus_mb", round(folderBytes(corpus) / 1e6));
        }
    }

    private Map<String, Object> run(Path dir, Optional<BenchWorkdir> kept) throws IOException, BadArticleException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("articles", articles);
        figures.put("threads", threads);
        generated(kept.isPresent() ? kept.get().corpus(seed, articles)
                : Optional.of(new CorpusGenerator(seed).write(articles, dir)), dir, figures);

        if (stages == Stages.TEXT_INDEX) {
            textIndexFigures(dir, figures);
            return figures;
        }
        // Warm-up on a slice, so the JIT is not what is being measured.
        TimeExpressionResolver resolver = new TimeExpressionResolver();
        var files = CorpusReader.list(dir);
        new CorpusReader(threads).read(files.subList(0, Math.min(files.size(), 500)), r -> r.article().ifPresent(resolver::resolve));

        AtomicLong read = new AtomicLong();
        long t0 = System.nanoTime();
        new CorpusReader(threads).read(files, r -> r.article().ifPresent(a -> read.incrementAndGet()));
        long readNanos = System.nanoTime() - t0;

        AtomicLong expressions = new AtomicLong();
        t0 = System.nanoTime();
        new CorpusReader(threads).process(files, r -> r.article().map(a -> (long) resolver.resolve(a).size()).orElse(0L),
                expressions::addAndGet);
        long resolveNanos = System.nanoTime() - t0;

        t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        // Streamed: each event and quote is built, as the chronology would have it, then dropped, so
        // that 100k articles fit in the heap the ingest targets.
        ChronologyBuilder.Streamed chronology = new ChronologyBuilder(threads).stream(dir, IngestListener.NONE,
                e -> { }, q -> { });
        long extractNanos = System.nanoTime() - t0;
        long extractCpuNanos = processCpuNanos() - cpu0;

        t0 = System.nanoTime();
        long hits = NaiveScan.count(files.stream().map(CorpusReader.CorpusFile::path).toList(), "hội đàm");
        long grepNanos = System.nanoTime() - t0;

        figures.put("read_s", seconds(readNanos));
        figures.put("read_articles_per_s", round(read.get() / (readNanos / 1e9)));
        figures.put("read_resolve_s", seconds(resolveNanos));
        figures.put("read_resolve_articles_per_s", round(read.get() / (resolveNanos / 1e9)));
        figures.put("time_expressions", expressions.get());
        figures.put("extract_s", seconds(extractNanos));
        figures.put("extract_cpu_s", seconds(extractCpuNanos));
        figures.put("extract_articles_per_s", round(chronology.articles() / (extractNanos / 1e9)));
        figures.put("events", chronology.events());
        figures.put("events_per_s", round(chronology.events() / (extractNanos / 1e9)));
        figures.put("grep_s", seconds(grepNanos));
        figures.put("grep_hits", hits);
        figures.put("read_resolve_vs_grep", round(resolveNanos / (double) Math.max(1, grepNanos)));
        indexFigures(dir, kept, figures);
        LOG.debug("benchmark figures {}", figures);
        return figures;
    }

    /**
     * Ingests the corpus into a fresh index (read, extract, index, merge events, commit), re-ingests
     * it after one file changed, then times a fixed mix of word, folded, phrase, filtered and faceted
     * queries on it, in this process and reopened in a fresh one.
     */
    private void indexFigures(Path dir, Optional<BenchWorkdir> kept, Map<String, Object> figures)
            throws IOException, BadArticleException {
        if (kept.isPresent()) {
            kept.get().dropIndex();
        }
        Path index = kept.isPresent() ? kept.get().index() : Files.createTempDirectory("nienbieu-bench-index");
        try {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            IngestSummary summary = new CorpusIndexer(threads).ingest(dir, index, IngestListener.NONE);
            figures.put("ingest_s", seconds(System.nanoTime() - t0));
            figures.put("ingest_cpu_s", seconds(processCpuNanos() - cpu0));
            figures.put("ingest_articles_per_s", round(summary.added() / Math.max(1e-9, summary.seconds())));
            figures.put("index_mb", round(folderBytes(index) / 1e6));

            var files = CorpusReader.list(dir);
            Path one = files.get(files.size() / 2).path();
            if (kept.isPresent()) {
                kept.get().corpusChanging();
            }
            Files.writeString(one, Files.readString(one) + "\nHai bên hội đàm thêm một lần nữa.\n");
            t0 = System.nanoTime();
            cpu0 = processCpuNanos();
            new CorpusIndexer(threads).ingest(dir, index, IngestListener.NONE);
            figures.put("reingest_one_changed_s", seconds(System.nanoTime() - t0));
            figures.put("reingest_one_changed_cpu_s", seconds(processCpuNanos() - cpu0));

            if (kept.isPresent()) {
                kept.get().indexBuilt();
            }
            figures.putAll(SearchTiming.afterIngest(index));
        } finally {
            if (kept.isEmpty()) {
                deleteTree(index);
            }
        }
    }

    /**
     * Reads the corpus and indexes its articles and passages only (no extraction, so no event or
     * quote documents), then reopens and searches it: what the index itself costs at this size.
     */
    private void textIndexFigures(Path dir, Map<String, Object> figures) throws IOException, BadArticleException {
        Path index = Files.createTempDirectory("nienbieu-bench-index");
        try {
            var files = CorpusReader.list(dir);
            AtomicLong indexed = new AtomicLong();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            try (IndexStore store = IndexStore.openWritable(index)) {
                new CorpusReader(threads).process(files, r -> {
                    r.article().ifPresent(a -> {
                        try {
                            FileStamp stamp = new FileStamp(a.text().length(), 0, "");
                            store.putArticle(new IndexedArticle(a.name(), stamp, a, "{}"));
                            indexed.incrementAndGet();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    return 0;
                }, x -> { });
                store.commit(IndexStore.Commit.COMPLETE);
            }
            long nanos = System.nanoTime() - t0;
            long cpuNanos = processCpuNanos() - cpu0;
            figures.put("index_text_s", seconds(nanos));
            // CPU time of the whole process (JIT and GC included): steadier than wall time on a shared machine.
            figures.put("index_text_cpu_s", seconds(cpuNanos));
            figures.put("index_text_articles_per_s", round(indexed.get() / (nanos / 1e9)));
            figures.put("index_mb", round(folderBytes(index) / 1e6));
            figures.putAll(SearchTiming.afterIngest(index));
        } finally {
            deleteTree(index);
        }
    }

    private static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** CPU time the process has used so far, or 0 where the JVM does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
