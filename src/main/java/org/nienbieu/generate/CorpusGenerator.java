package org.nienbieu.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates synthetic Vietnamese diplomatic news with known answers, for tests and benchmarks at
 * any scale: every article's time expressions (with exact offsets and resolved days) and events
 * are recorded as they are written. Article {@code i} depends only on the seed and {@code i}, so
 * the same seed gives the same corpus byte for byte, lazily, in any amount.
 *
 * <p>Layout written by {@link #write}: {@code NNNNNN_<hex>.txt} files (index zero-padded to six
 * digits, hex = 64-bit FNV-1a of the text), in sub-folders {@code NNN/} of 1,000 files when there
 * are more than 1,000 articles, plus {@code answers.jsonl} with one line per article in index order.
 */
public final class CorpusGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusGenerator.class);

    /** First possible publication date. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    /** Last possible publication date. */
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
    /** Name of the answers file in the output folder. */
    public static final String ANSWERS = "answers.jsonl";
    /** Above this many articles the files go into sub-folders of this many. */
    public static final int FOLDER_SIZE = 1000;

    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1);

    private final long seed;
    private final Pools pools;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.pools = Pools.get();
    }

    /** The first {@code count} articles of this seed's corpus, generated lazily as the stream is consumed. */
    public Stream<GeneratedArticle> articles(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        return IntStream.range(0, count).mapToObj(i -> article(i, count));
    }

    /** Article {@code index} of a corpus of {@code count} articles (the count decides the file layout). */
    GeneratedArticle article(int index, int count) {
        Rng r = new Rng(Rng.articleSeed(seed, index));
        LocalDate published = FIRST_DAY.plusDays(r.nextInt(DAYS));
        ArticleComposer.Result result = new ArticleComposer(pools, r, published).compose();
        return new GeneratedArticle(fileName(index, count, result.text()), published, result.text(),
                result.times(), result.events());
    }

    /**
     * Writes {@code count} articles and their answers into {@code outDir} (created if needed), one
     * article at a time; each file is written under a hidden temporary name and then moved into
     * place, so readers never see a half-written file. Existing files of the same names are replaced.
     */
    public GenerationSummary write(int count, Path outDir) throws IOException {
        long begin = System.nanoTime();
        Files.createDirectories(outDir);
        Path answers = outDir.resolve(ANSWERS);
        Path answersTemp = outDir.resolve("." + ANSWERS + ".tmp");
        long times = 0;
        long events = 0;
        long bytes = 0;
        LocalDate first = null;
        LocalDate last = null;
        Path folder = null;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "corpus-generator");
            t.setDaemon(true);
            return t;
        });
        try (OutputStream stream = Files.newOutputStream(answersTemp);
             AnswerWriter writer = new AnswerWriter(stream)) {
            Iterator<GeneratedArticle> it = ahead(count, pool);
            while (it.hasNext()) {
                GeneratedArticle a = it.next();
                Path file = outDir.resolve(a.fileName());
                if (!file.getParent().equals(folder)) {
                    folder = file.getParent();
                    Files.createDirectories(folder);
                }
                byte[] content = a.text().getBytes(StandardCharsets.UTF_8);
                Path temp = folder.resolve("." + file.getFileName() + ".tmp");
                try {
                    Files.write(temp, content);
                    moveIntoPlace(temp, file);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(temp);
                    throw e;
                }
                writer.write(a);
                times += a.times().size();
                events += a.events().size();
                bytes += content.length;
                first = first == null || a.published().isBefore(first) ? a.published() : first;
                last = last == null || a.published().isAfter(last) ? a.published() : last;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(answersTemp);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        moveIntoPlace(answersTemp, answers);
        GenerationSummary summary = new GenerationSummary(count, times, events, bytes, first, last, answers,
                Duration.ofNanos(System.nanoTime() - begin));
        LOG.info("generated {} articles ({} times, {} events, {} MB) in {} ms: {} articles/s",
                count, times, events, bytes >> 20, summary.elapsed().toMillis(),
                Math.round(summary.articlesPerSecond()));
        return summary;
    }

    /**
     * The articles in index order, generated on {@code pool} a bounded window ahead of the
     * consumer, so generating overlaps writing while memory holds only the window.
     */
    private Iterator<GeneratedArticle> ahead(int count, ExecutorService pool) {
        int window = THREADS * 32;
        ArrayDeque<Future<GeneratedArticle>> pending = new ArrayDeque<>(window);
        return new Iterator<>() {
            private int submitted;
            private int delivered;

            @Override
            public boolean hasNext() {
                return delivered < count;
            }

            @Override
            public GeneratedArticle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                while (submitted < count && submitted - delivered < window) {
                    int index = submitted++;
                    pending.add(pool.submit(() -> article(index, count)));
                }
                delivered++;
                try {
                    return pending.remove().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while generating", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("generating article " + (delivered - 1) + " failed", e.getCause());
                }
            }
        };
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code [NNN/]NNNNNN_<hex>.txt}: the index padded to six digits (more if needed), sub-folders above 1,000 articles. */
    static String fileName(int index, int count, String text) {
        int width = Math.max(6, Integer.toString(Math.max(0, count - 1)).length());
        String number = pad(index, width);
        String name = number + "_" + String.format("%016x", fnv1a(text)) + ".txt";
        return count > FOLDER_SIZE ? pad(index / FOLDER_SIZE, width - 3) + "/" + name : name;
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static long fnv1a(String text) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001B3L;
        }
        return hash;
    }
}
