package org.nienbieu.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.generate.GenerationSummary;

/**
 * A folder the benchmark keeps between runs ({@code bench --workdir DIR}): the generated corpus in
 * {@code DIR/corpus}, the index in {@code DIR/index}, and in {@code DIR/bench.properties} which
 * articles and seed each was made from. A 100k-article ingest takes minutes, so measuring search
 * again should not redo it. The benchmark only ever deletes folders it made itself: a non-empty
 * {@code DIR} without that file is refused.
 */
final class BenchWorkdir {

    private static final String STAMP = "bench.properties";
    private static final String CORPUS = "corpus";
    private static final String INDEX = "index";

    private static final Pattern MADE = Pattern.compile("(\\d+) articles, seed (-?\\d+)");

    private final Path dir;
    private final String made;
    private final Properties stamp;

    BenchWorkdir(Path dir, int articles, long seed) throws IOException {
        this.dir = dir;
        this.made = made(articles, seed);
        this.stamp = stamp(dir);
        // A stamp with nothing left in it (both forgotten) still marks the folder as the benchmark's.
        if (!Files.isRegularFile(dir.resolve(STAMP)) && Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new IllegalArgumentException("--workdir " + dir + " is neither empty nor a benchmark folder (no "
                    + STAMP + ")");
        }
        Files.createDirectories(dir);
    }

    private static String made(int articles, long seed) {
        return articles + " articles, seed " + seed;
    }

    /**
     * What corpus {@code dir} holds according to its {@value #STAMP}, so that a later run can reuse
     * it without being told its size again; empty for a folder without one.
     */
    static Optional<PipelineBenchmark.WorkdirCorpus> recorded(Path dir) throws IOException {
        Properties p = stamp(dir);
        String made = p.getProperty(CORPUS, p.getProperty(INDEX));
        Matcher m = made == null ? null : MADE.matcher(made);
        return m != null && m.matches()
                ? Optional.of(new PipelineBenchmark.WorkdirCorpus(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.empty();
    }

    /** What the folder's {@value #STAMP} records; empty when it has none. */
    private static Properties stamp(Path dir) throws IOException {
        Properties p = new Properties();
        Path file = dir.resolve(STAMP);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            }
        }
        return p;
    }

    Path corpus() {
        return dir.resolve(CORPUS);
    }

    Path index() {
        return dir.resolve(INDEX);
    }

    /** Generates the corpus unless the folder already holds it, pristine; empty when it was reused. */
    Optional<GenerationSummary> corpus(long seed, int articles) throws IOException {
        if (made.equals(stamp.getProperty(CORPUS)) && Files.isDirectory(corpus())) {
            return Optional.empty();
        }
        forget(INDEX);
        forget(CORPUS);
        GenerationSummary generated = new CorpusGenerator(seed).write(articles, corpus());
        remember(CORPUS);
        return Optional.of(generated);
    }

    /** Whether the index was made from this corpus and completed. */
    boolean hasIndex() {
        return made.equals(stamp.getProperty(INDEX)) && Files.isDirectory(index());
    }

    /** Removes the index, before a fresh ingest. */
    void dropIndex() throws IOException {
        forget(INDEX);
    }

    void indexBuilt() throws IOException {
        remember(INDEX);
    }

    /** The corpus is about to be changed (the re-ingest step): the next run generates it again. */
    void corpusChanging() throws IOException {
        stamp.remove(CORPUS);
        save();
    }

    private void forget(String what) throws IOException {
        stamp.remove(what);
        save();
        Path folder = dir.resolve(what);
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void remember(String what) throws IOException {
        stamp.setProperty(what, made);
        save();
    }

    private void save() throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve(STAMP))) {
            stamp.store(out, "what bench --workdir made here");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
