package org.nienbieu.extract.entity;

/**
 * Cuts slices of an article's text by code-point offsets in constant time, giving exactly what
 * {@code Article.slice} gives: that method walks from the start of the text each time, which is
 * quadratic over the many mentions of a very long article.
 */
final class SourceSlicer {

    private final String text;
    private final int[] charIndex;

    SourceSlicer(String text) {
        this.text = text;
        int codePoints = text.codePointCount(0, text.length());
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
