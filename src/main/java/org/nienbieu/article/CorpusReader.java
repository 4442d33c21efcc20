package org.nienbieu.article;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.nienbieu.article.BadArticleException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a corpus folder: every {@code .txt} file below it, in name order, several at a time, and
 * hands each result to a consumer as soon as its turn comes, so memory holds a bounded window of
 * articles, never the corpus. A bad file becomes a {@link ReadResult} with a problem; it never
 * stops the others.
 */
public final class CorpusReader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);

    private final int threads;

    public CorpusReader() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public CorpusReader(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * The article files of a corpus, relative names with '/' separators, sorted; a {@code .txt}
     * symbolic link to nothing is listed too, so that reading it reports it.
     */
    public static List<CorpusFile> list(Path dir) throws BadArticleException {
        if (!Files.isDirectory(dir)) {
            throw new BadArticleException(dir.toString(), Files.exists(dir) ? Problem.NOT_A_FOLDER : Problem.NO_SUCH_FOLDER);
        }
        List<CorpusFile> files = new ArrayList<>();
        List<BadArticleException> loops = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String fileName = f.getFileName().toString();
                    // Links are followed, so a link seen as a link points nowhere: listed, to be reported when read.
                    if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && !fileName.startsWith(".")
                            && fileName.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                        files.add(new CorpusFile(f, dir.relativize(f).toString().replace('\\', '/')));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    String name = dir.relativize(f).toString().replace('\\', '/');
                    if (e instanceof FileSystemLoopException) {
                        LOG.warn("{}: symbolic link loop, skipped", name);
                    } else if (!(e instanceof NoSuchFileException)) {
                        loops.add(new BadArticleException(name, Problem.UNREADABLE, String.valueOf(e.getMessage())));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NotDirectoryException e) {
            throw new BadArticleException(dir.toString(), Problem.NOT_A_FOLDER);
        } catch (IOException e) {
            throw new BadArticleException(dir.toString(), Problem.UNREADABLE, String.valueOf(e.getMessage()));
        }
        files.sort((a, b) -> a.name().compareTo(b.name()));
        loops.forEach(p -> LOG.warn("{}", p.getMessage()));
        return files;
    }

    /** Reads every article of {@code dir}, in name order, handing each result to {@code sink}. */
    public void read(Path dir, Consumer<ReadResult> sink) throws BadArticleException {
        read(list(dir), sink);
    }

    /** Reads the given files, in order, handing each result to {@code sink} on the calling thread. */
    public void read(List<CorpusFile> files, Consumer<ReadResult> sink) {
        process(files, r -> r, sink);
    }

    /**
     * Reads the given files and applies {@code work} to each result on the reading threads (so
     * extraction runs in parallel too), handing the outputs to {@code sink} in file order on the
     * calling thread.
     */
    public <T> void process(List<CorpusFile> files, Function<ReadResult, T> work, Consumer<T> sink) {
        map(files, f -> work.apply(readOne(f)),
                (f, failure) -> work.apply(ReadResult.bad(new BadArticleException(f.name(), Problem.UNREADABLE,
                        String.valueOf(failure)))),
                sink);
    }

    /**
     * Applies {@code work} to each item on the reading threads, a bounded window at a time, and
     * hands the outputs to {@code sink} in the items' order on the calling thread: for work that
     * reads some files and not others. When {@code work} throws, {@code onFailure} gives the output
     * instead (logged with the item), so one item never stops the others.
     */
    public <I, T> void map(List<I> items, Function<I, T> work, BiFunction<I, Throwable, T> onFailure,
                           Consumer<T> sink) {
        if (threads == 1 || items.size() < 2) {
            for (I item : items) {
                T out;
                try {
                    out = work.apply(item);
                } catch (RuntimeException e) {
                    out = failed(item, e, onFailure);
                }
                sink.accept(out);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "article-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * 8;
            ArrayDeque<Future<T>> pending = new ArrayDeque<>(window);
            int next = 0;
            int delivered = 0;
            while (delivered < items.size()) {
                while (next < items.size() && next - delivered < window) {
                    I item = items.get(next++);
                    pending.add(pool.submit(() -> work.apply(item)));
                }
                sink.accept(await(pending.poll(), items.get(delivered), onFailure));
                delivered++;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <I, T> T await(Future<T> future, I item, BiFunction<I, Throwable, T> onFailure) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + item, e);
        } catch (ExecutionException e) {
            return failed(item, e.getCause(), onFailure);
        }
    }

    /** The work on a good article failed: the file is reported, the corpus goes on. */
    private static <I, T> T failed(I item, Throwable failure, BiFunction<I, Throwable, T> onFailure) {
        LOG.warn("{}: processing failed: {}", item, failure.toString());
        LOG.debug("processing {} failed", item, failure);
        return onFailure.apply(item, failure);
    }

    /** Reads one file; never throws: a failure is a bad result naming the file. */
    public static ReadResult readOne(CorpusFile file) {
        try {
            ReadResult result = ArticleReader.readResult(file.path(), file.name());
            result.guessedEncoding().ifPresent(e -> LOG.warn("{}: not UTF-8, decoded as {} (guessed)", file.name(), e));
            return result;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("unexpected failure reading {}", file.name(), e);
            return ReadResult.bad(new BadArticleException(file.name(), Problem.UNREADABLE, e.toString()));
        }
    }

    /** A file of a corpus and the name it is known by (relative to the corpus folder). */
    public record CorpusFile(Path path, String name) {

        @Override
        public String toString() {
            return name;
        }
    }
}
