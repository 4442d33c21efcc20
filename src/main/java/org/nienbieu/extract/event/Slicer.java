package org.nienbieu.extract.event;

import org.nienbieu.model.Article;

/**
 * Constant-time slices of an article's text by code-point offsets: {@code Article.slice} walks
 * from the start on every call, which is quadratic over the quotes of a huge one-line article.
 * Text without surrogate pairs (nearly all news) is sliced directly; other text through a
 * code point → char index table built once. The reader already knows which text has none.
 */
final class Slicer {

    private final String text;
    private final int[] charIndex;

    Slicer(Article article) {
        this.text = article.text();
        boolean surrogates = false;
        if (!article.analysis().sourceHasSurrogates()) {
            charIndex = null;
            return;
        }
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            charIndex = null;
        } else {
            int count = text.codePointCount(0, text.length());
            charIndex = new int[count + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                charIndex[cp++] = i;
            }
            charIndex[count] = text.length();
        }
    }

    String slice(int start, int end) {
        return charIndex == null ? text.substring(start, end) : text.substring(charIndex[start], charIndex[end]);
    }
}
