package org.nienbieu.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The normalised view of an article that extractors read (NFC, modern tone placement), with the
 * way back: for every char index of the normalised text, the code-point offset in the original
 * text it came from. Extractors never see the original; results are mapped back through
 * {@link #sourceOffset(int)} so that offsets always point into the file as stored.
 */
public final class AnalysisText {

    private final String normalized;
    private final int[] sourceOffsets;
    private final boolean sourceHasSurrogates;

    /**
     * @param normalized    the normalised text
     * @param sourceOffsets length {@code normalized.length() + 1}: the original code-point offset
     *                      of each normalised char, and the original length at the end
     */
    public AnalysisText(String normalized, int[] sourceOffsets) {
        this(normalized, sourceOffsets, true);
    }

    /**
     * As above, telling whether the original text has surrogate pairs; when it has none, code-point
     * offsets into it are plain char indices and slicing it is constant-time.
     */
    public AnalysisText(String normalized, int[] sourceOffsets, boolean sourceHasSurrogates) {
        this.sourceHasSurrogates = sourceHasSurrogates;
        this.normalized = Objects.requireNonNull(normalized, "normalized");
        if (sourceOffsets.length != normalized.length() + 1) {
            throw new IllegalArgumentException("need " + (normalized.length() + 1)
                    + " source offsets, got " + sourceOffsets.length);
        }
        this.sourceOffsets = sourceOffsets.clone();
    }

    /** A view of text that needs no normalisation and has no surrogate pairs. */
    public static AnalysisText identity(String text) {
        int[] offsets = new int[text.length() + 1];
        Arrays.setAll(offsets, i -> i);
        return new AnalysisText(text, offsets, false);
    }

    /** True when the original text may hold surrogate pairs (code points and chars differ). */
    public boolean sourceHasSurrogates() {
        return sourceHasSurrogates;
    }

    public String normalized() {
        return normalized;
    }

    /** Code-point offset in the original text of the normalised char at {@code analysisIndex}. */
    public int sourceOffset(int analysisIndex) {
        return sourceOffsets[analysisIndex];
    }

    /**
     * Code-point offset in the original text where a span ending (exclusively) at
     * {@code analysisEnd} ends: the start of the next normalised char, so a span covers every
     * original code point its chars came from.
     */
    public int sourceEnd(int analysisEnd) {
        return sourceOffsets[analysisEnd];
    }
}
