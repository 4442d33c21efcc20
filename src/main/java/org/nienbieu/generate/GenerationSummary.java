package org.nienbieu.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What {@link CorpusGenerator#write} produced: how many articles, planted time expressions and
 * events, how many bytes of article text, the publication dates covered, where the answers are,
 * and how long it took.
 */
public record GenerationSummary(int articles, long times, long events, long bytes, LocalDate firstPublished,
                                LocalDate lastPublished, Path answers, Duration elapsed) {

    /** Articles written per second of wall-clock time. */
    public double articlesPerSecond() {
        double seconds = Math.max(1, elapsed.toNanos()) / 1e9;
        return articles / seconds;
    }
}
