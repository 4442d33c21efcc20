package org.nienbieu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --workdir DIR --search-only}: the corpus and index are made once and searched again. */
class BenchWorkdirTest {

    @TempDir
    Path temp;

    @Test
    void secondSearchOnlyRunReusesTheIndexOfTheFirst() throws Exception {
        Path dir = temp.resolve("bench");
        Map<String, Object> first = new PipelineBenchmark(12, 1, 2, PipelineBenchmark.Stages.SEARCH, Optional.of(dir)).run();
        assertThat(first).containsKeys("generate_s", "ingest_s", "search_p99_ms", "search_faceted_p99_ms");
        assertThat(dir.resolve("corpus")).isDirectory();
        assertThat(dir.resolve("index")).isDirectory();

        Map<String, Object> second = new PipelineBenchmark(12, 1, 2, PipelineBenchmark.Stages.SEARCH, Optional.of(dir)).run();
        assertThat(second).doesNotContainKeys("generate_s", "ingest_s").containsKey("search_p99_ms");
        assertThat(second.get("search_hits_shown")).isEqualTo(first.get("search_hits_shown"));
    }

    @Test
    void anotherCorpusSizeIsMadeAfresh() throws Exception {
        Path dir = temp.resolve("bench");
        new PipelineBenchmark(12, 1, 2, PipelineBenchmark.Stages.SEARCH, Optional.of(dir)).run();
        Map<String, Object> bigger = new PipelineBenchmark(15, 1, 2, PipelineBenchmark.Stages.SEARCH, Optional.of(dir)).run();
        assertThat(bigger).containsKeys("generate_s", "ingest_s");
    }

    @Test
    void aFolderThatIsNotTheBenchmarksIsRefused() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> new PipelineBenchmark(12, 1, 2, PipelineBenchmark.Stages.SEARCH, Optional.of(dir)).run())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--workdir");
        assertThat(dir.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void theCorpusAFolderHoldsIsReadBackFromItsStamp() throws Exception {
        Path dir = temp.resolve("bench");
        assertThat(PipelineBenchmark.recorded(dir)).isEmpty();
        new PipelineBenchmark(12, 7, 2, PipelineBenchmark.Stages.SEARCH, Optional.of(dir)).run();
        assertThat(PipelineBenchmark.recorded(dir)).contains(new PipelineBenchmark.WorkdirCorpus(12, 7));
    }

    @Test
    void searchesAreTimedAfterTheIngestAndInAFreshProcess() throws Exception {
        Path dir = temp.resolve("bench");
        Map<String, Object> figures = new PipelineBenchmark(12, 1, 2, PipelineBenchmark.Stages.SEARCH, Optional.of(dir)).run();
        assertThat(figures).containsEntry("search_in_fresh_process", true)
                .containsKeys("search_after_ingest_p99_ms", "reopen_s");
        // The fresh process searched the same index: it showed hits, and the classes add up to the mix.
        assertThat(((Number) figures.get("search_hits_shown")).longValue()).isPositive();
        assertThat(figures.get("search_queries")).isEqualTo(1000L);
        assertThat(((Number) figures.get("search_p99_ms")).doubleValue())
                .isGreaterThanOrEqualTo(((Number) figures.get("search_p50_ms")).doubleValue());
    }
}
