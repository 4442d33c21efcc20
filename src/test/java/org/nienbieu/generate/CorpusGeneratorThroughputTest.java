package org.nienbieu.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Measures throughput; run with {@code -Dnienbieu.perf=true} (off by default to keep the suite fast). */
@EnabledIfSystemProperty(named = "nienbieu.perf", matches = "true")
class CorpusGeneratorThroughputTest {

    @Test
    void generatesAndWritesTenThousandArticlesInAFewSeconds(@TempDir Path dir) throws Exception {
        CorpusGenerator generator = new CorpusGenerator(2024);
        generator.articles(2000).forEach(a -> { }); // warm-up
        long start = System.nanoTime();
        long chars = generator.articles(10_000).mapToLong(a -> a.text().length()).sum();
        double memorySeconds = (System.nanoTime() - start) / 1e9;
        int count = Integer.getInteger("nienbieu.perf.count", 10_000);
        GenerationSummary summary = generator.write(count, dir);
        System.out.printf("in memory: 10000 articles (%d MB of text) in %.2f s = %.0f articles/s%n",
                chars >> 20, memorySeconds, 10_000 / memorySeconds);
        System.out.printf("written: %s, %.0f articles/s, %d times, %d events, %d bytes, %s..%s%n",
                summary.elapsed(), summary.articlesPerSecond(), summary.times(), summary.events(), summary.bytes(),
                summary.firstPublished(), summary.lastPublished());
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use after writing %d: %d MB%n", count, (rt.totalMemory() - rt.freeMemory()) >> 20);
        assertThat(summary.articles()).isEqualTo(count);
    }
}
