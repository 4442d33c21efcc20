package org.nienbieu.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One synthetic article with its answers: the file name relative to the corpus folder (with
 * {@code /} separators, as {@code CorpusReader} names it), the publication date written in its
 * header, the whole file text, and the time expressions and events planted in it, in text order.
 */
public record GeneratedArticle(String fileName, LocalDate published, String text, List<ExpectedTime> times,
                               List<ExpectedEvent> events) {

    public GeneratedArticle {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        times = List.copyOf(times);
        events = List.copyOf(events);
    }
}
