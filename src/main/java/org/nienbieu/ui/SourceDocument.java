package org.nienbieu.ui;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An article opened at a source sentence: its name and date, the body as shown (the date header
 * left out) and the sentence's place in it as UTF-16 indices, ready for a JavaFX text control, or
 * the reason the file could not be read.
 */
public record SourceDocument(String article, Optional<LocalDate> published, String text, int highlightStart,
                             int highlightEnd, Optional<String> problem) {

    static SourceDocument failed(String article, String problem) {
        return new SourceDocument(article, Optional.empty(), "", 0, 0, Optional.of(problem));
    }

    /** The highlighted sentence. */
    public String highlighted() {
        return text.substring(highlightStart, highlightEnd);
    }
}
