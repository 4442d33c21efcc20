package org.nienbieu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.article.CorpusReader;
import org.nienbieu.extract.time.TimeExpressionResolver;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.generate.GenerationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the pipeline on a generated corpus: generate N articles into a fresh folder, then read
 * and resolve them all, and compare with one naive scan of the same files (the baseline a user has
 * today). Figures are wall-clock on this machine; compare them as ratios within one run.
 */
public final class PipelineBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineBenchmark.class);

    private final int articles;
    private final long seed;
    private final int threads;

    public PipelineBenchmark(int articles, long seed, int threads) {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1, got " + articles);
        }
        this.articles = articles;
        this.seed = seed;
        this.threads = threads;
    }

    /** Runs the benchmark in a temporary folder it removes afterwards; returns named figures. */
    public Map<String, Object> run() throws IOException, BadArticleException {
        Path dir = Files.createTempDirectory("nienbieu-bench");
        try {
            return run(dir);
        } finally {
            deleteTree(dir);
        }
    }

    private Map<String, Object> run(Path dir) throws IOException, BadArticleException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("articles", articles);
        figures.put("threads", threads);
        GenerationSummary generated = new CorpusGenerator(seed).write(articles, dir);
        figures.put("generate_s", seconds(generated.elapsed().toNanos()));
        figures.put("corpus_mb", round(generated.bytes() / 1e6));

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
        new CorpusReader(threads).read(files, r -> r.article().ifPresent(a -> expressions.addAndGet(resolver.resolve(a).size())));
        long resolveNanos = System.nanoTime() - t0;

        t0 = System.nanoTime();
        long hits = NaiveScan.count(files.stream().map(CorpusReader.CorpusFile::path).toList(), "hội đàm");
        long grepNanos = System.nanoTime() - t0;

        figures.put("read_s", seconds(readNanos));
        figures.put("read_articles_per_s", round(read.get() / (readNanos / 1e9)));
        figures.put("read_resolve_s", seconds(resolveNanos));
        figures.put("read_resolve_articles_per_s", round(read.get() / (resolveNanos / 1e9)));
        figures.put("time_expressions", expressions.get());
        figures.put("grep_s", seconds(grepNanos));
        figures.put("grep_hits", hits);
        figures.put("read_resolve_vs_grep", round(resolveNanos / (double) Math.max(1, grepNanos)));
        figures.put("peak_heap_mb", peakHeapMegabytes());
        LOG.debug("benchmark figures {}", figures);
        return figures;
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The highest heap use the JVM saw, over all heap pools. */
    static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
