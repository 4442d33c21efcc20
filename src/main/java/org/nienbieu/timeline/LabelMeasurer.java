package org.nienbieu.timeline;

/**
 * Measures how wide a piece of text is drawn, in pixels. The layout never touches a font: the UI
 * passes a measurer backed by its real font metrics, tests and benchmarks pass
 * {@link #fixed(double)}, so label placement is the same code on and off screen.
 */
@FunctionalInterface
public interface LabelMeasurer {

    /** Width in pixels of {@code text} as it would be drawn. */
    double width(String text);

    /** A monospace stand-in: every code point is {@code pxPerChar} wide. */
    static LabelMeasurer fixed(double pxPerChar) {
        return text -> text.codePointCount(0, text.length()) * pxPerChar;
    }
}
