package org.nienbieu.model;

/**
 * A sentence of an article. {@code start}/{@code end} are code-point offsets into the file's
 * decoded text and {@code text} is exactly that slice; {@code analysisStart}/{@code analysisEnd}
 * are char indices of the same sentence in the article's {@link AnalysisText#normalized()} view.
 */
public record Sentence(int index, int paragraph, int start, int end, String text,
                       int analysisStart, int analysisEnd) {
}
