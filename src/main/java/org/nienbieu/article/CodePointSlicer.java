package org.nienbieu.article;

/**
 * Slices a text by code-point offsets in linear total time when the slices come in increasing
 * order, as sentences do; text without surrogate pairs (nearly all news) is sliced directly.
 */
final class CodePointSlicer {

    private final String text;
    private final boolean direct;
    private int cursorChar;
    private int cursorCodePoint;

    CodePointSlicer(String text) {
        this.text = text;
        this.direct = text.codePointCount(0, text.length()) == text.length();
    }

    String slice(int start, int end) {
        return direct ? text.substring(start, end) : text.substring(charIndex(start), charIndex(end));
    }

    private int charIndex(int codePoint) {
        if (codePoint < cursorCodePoint) {
            cursorChar = 0;
            cursorCodePoint = 0;
        }
        cursorChar = text.offsetByCodePoints(cursorChar, codePoint - cursorCodePoint);
        cursorCodePoint = codePoint;
        return cursorChar;
    }
}
