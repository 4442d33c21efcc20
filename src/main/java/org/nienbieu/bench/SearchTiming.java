package org.nienbieu.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.nienbieu.index.SearchRequest;
import org.nienbieu.index.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the search mix on an index: opening it and answering a first query ({@code reopen_s}),
 * then the {@link SearchMix}, overall and per class. Run in the benchmark's own process right after
 * an ingest, the figures carry that ingest's leftovers: hundreds of megabytes of garbage for the
 * collector and code compiled for indexing. A user who opens the index later meets neither, so the
 * benchmark also times the mix in a fresh JVM of the same heap ({@link #inFreshProcess}), as the
 * figures the targets are read against, and reports the first as {@code search_after_ingest_*}.
 */
final class SearchTiming {

    private static final Logger LOG = LoggerFactory.getLogger(SearchTiming.class);
    /** Whole numbers come back as longs, as this process counts them. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
    /** How long a fresh process may take for the whole mix before it is given up. */
    private static final long CHILD_TIMEOUT_MINUTES = 30;

    private SearchTiming() {
    }

    /** Opens {@code index}, answers a first query, warms up, then times the mix: named figures. */
    static Map<String, Object> inThisProcess(Path index) throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (SearchService search = SearchService.open(index)) {
            search.search(SearchRequest.of("hội đàm"));
            figures.put("reopen_s", round((System.nanoTime() - t0) / 1e9));
            List<SearchRequest> mix = SearchMix.queries(1_000);
            for (SearchRequest r : SearchMix.queries(200)) {
                search.search(r);
            }
            long[] nanos = new long[mix.size()];
            Map<String, List<Long>> byClass = new LinkedHashMap<>();
            long hits = 0;
            for (int i = 0; i < mix.size(); i++) {
                long q0 = System.nanoTime();
                hits += search.search(mix.get(i)).hits().size();
                nanos[i] = System.nanoTime() - q0;
                byClass.computeIfAbsent(SearchMix.className(i), c -> new ArrayList<>()).add(nanos[i]);
            }
            figures.put("search_queries", (long) mix.size());
            percentiles("search", nanos, figures);
            figures.put("search_hits_shown", hits);
            // Per class of the mix, to see which kind of query makes the tail.
            byClass.forEach((c, n) -> percentiles("search_" + c, n.stream().mapToLong(Long::longValue).toArray(), figures));
        }
        return figures;
    }

    /**
     * {@link #inThisProcess} in a new JVM with this one's heap settings, as a user who opens the
     * index meets it; throws when that process cannot be started or fails.
     */
    static Map<String, Object> inFreshProcess(Path index) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // The heap and the collector, not this process's recordings, logs or agents.
            if (arg.startsWith("-Xmx") || arg.startsWith("-Xms") || arg.startsWith("-XX:+Use")
                    || arg.startsWith("-XX:ActiveProcessorCount")) {
                command.add(arg);
            }
        }
        Path out = Files.createTempFile("nienbieu-search-timing", ".json");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SearchTiming.class.getName(),
                index.toAbsolutePath().toString(), out.toString()));
        Process child = null;
        try {
            child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!child.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                throw new IOException("the search timing process did not finish in " + CHILD_TIMEOUT_MINUTES + " min");
            }
            if (child.exitValue() != 0) {
                throw new IOException("the search timing process failed with exit code " + child.exitValue());
            }
            return JSON.readValue(out.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (InterruptedException e) {
            child.destroyForcibly(); // only waiting is interrupted, so the process was started
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while timing searches", e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * The figures for an index this process has just built: the mix here first (reported as
     * {@code search_after_ingest_p50_ms}, {@code _p99_ms}, {@code _max_ms}), then the full figures
     * from a fresh process; those of this process stand in if a fresh one cannot be run.
     */
    static Map<String, Object> afterIngest(Path index) throws IOException {
        Map<String, Object> here = inThisProcess(index);
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            figures.putAll(inFreshProcess(index));
            figures.put("search_in_fresh_process", true);
        } catch (IOException e) {
            LOG.warn("search timed in the benchmark's own process: {}", e.getMessage());
            figures.putAll(here);
            figures.put("search_in_fresh_process", false);
        }
        for (String p : List.of("p50", "p99", "max")) {
            figures.put("search_after_ingest_" + p + "_ms", here.get("search_" + p + "_ms"));
        }
        return figures;
    }

    /**
     * Entry point of the fresh process: {@code INDEX_DIR OUT_FILE}, the figures of
     * {@link #inThisProcess} written to {@code OUT_FILE} as JSON (standard output is the command line's).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("expected INDEX_DIR OUT_FILE, got " + List.of(args));
        }
        JSON.writeValue(Path.of(args[1]).toFile(), inThisProcess(Path.of(args[0])));
    }

    private static void percentiles(String name, long[] nanos, Map<String, Object> figures) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        figures.put(name + "_p50_ms", round(sorted[sorted.length / 2] / 1e6));
        figures.put(name + "_p99_ms", round(sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6));
        figures.put(name + "_max_ms", round(sorted[sorted.length - 1] / 1e6));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
