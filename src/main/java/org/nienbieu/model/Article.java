package org.nienbieu.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article file, read. {@code text} is the whole decoded file exactly as stored (a leading BOM
 * and the date header included), the frame every offset points into; {@code analysis} is its
 * normalised view for extractors; {@code bodyStart} is the code-point offset where the body begins.
 */
public record Article(String name, LocalDate published, String text, int bodyStart,
                      AnalysisText analysis, List<Paragraph> paragraphs, List<Sentence> sentences) {

    public Article {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    /** The slice {@code [start, end)} of the original text, offsets in code points. */
    public String slice(int start, int end) {
        if (!analysis.sourceHasSurrogates()) {
            return text.substring(start, end);
        }
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }

    @Override
    public String toString() {
        return "Article[" + name + ", " + published + ", " + sentences.size() + " sentences]";
    }
}
