package org.nienbieu.extract.entity;

import org.nienbieu.model.Article;

/**
 * Cuts slices of an article's text by code-point offsets in constant time, giving exactly what
 * {@code Article.slice} gives: that method walks from the start of the text each time, which is
 * quadratic over the many mentions of a very long article.
 */
final class SourceSlicer {

    private final String text;
    private final int[] charIndex;

    SourceSlicer(Article article) {
        this.text = article.text();
        // the reader knows whether the text has surrogate pairs: without, offsets are char indices
        int codePoints = article.analysis().sourceHasSurrogates() ? text.codePointCount(0, text.length()) : text.length();
        if (codePoints == text.length()) {
            charIndex = null;
        } else {
            charIndex = new int[codePoints + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                charIndex[cp++] = i;
            }
            charIndex[cp] = text.length();
        }
    }

    String slice(int start, int end) {
        return charIndex == null ? text.substring(start, end) : text.substring(charIndex[start], charIndex[end]);
    }
}
