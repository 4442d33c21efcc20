package org.nienbieu.timeline;

import java.util.Arrays;

/**
 * The overview band: the model's whole dated range (with a 2% margin) squeezed into a strip of
 * {@code columns} pixel columns, the number of events starting in each column, and where the main
 * view's window falls on it (clamped to the strip). Each column costs two binary searches, so the
 * band can be rebuilt every frame. {@link #time(double)} turns a click on the band into a time to
 * centre the main view on.
 */
public final class Overview {

    private final double start;
    private final double end;
    private final int[] counts;
    private final int maxCount;
    private final double windowX0;
    private final double windowX1;

    private Overview(double start, double end, int[] counts, int maxCount, double windowX0, double windowX1) {
        this.start = start;
        this.end = end;
        this.counts = counts;
        this.maxCount = maxCount;
        this.windowX0 = windowX0;
        this.windowX1 = windowX1;
    }

    /** The band for {@code model} with {@code visible}'s window marked, {@code columns} wide. */
    public static Overview of(TimelineModel model, Viewport visible, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("an overview needs at least one column, got " + columns);
        }
        double from;
        double to;
        if (model.size() == 0) {
            from = visible.start();
            to = visible.end();
        } else {
            from = model.startDay(0) * Viewport.DAY;
            to = (model.lastDay().orElseThrow().toEpochDay() + 1) * Viewport.DAY;
            double pad = (to - from) * 0.02;
            from -= pad;
            to += pad;
        }
        int[] counts = new int[columns];
        int max = 0;
        double perColumn = (to - from) / columns;
        int lower = model.firstStartingAtOrAfter((int) Math.ceil(from / Viewport.DAY));
        for (int c = 0; c < columns; c++) {
            double columnEnd = from + (c + 1) * perColumn;
            int upper = model.firstStartingAtOrAfter((int) Math.ceil(columnEnd / Viewport.DAY));
            counts[c] = upper - lower;
            max = Math.max(max, counts[c]);
            lower = upper;
        }
        double x0 = clamp((visible.start() - from) / perColumn, columns);
        double x1 = clamp((visible.end() - from) / perColumn, columns);
        return new Overview(from, to, counts, max, x0, x1);
    }

    private static double clamp(double x, int columns) {
        return Math.max(0, Math.min(columns, x));
    }

    /** Epoch second where the band begins. */
    public double start() {
        return start;
    }

    /** Epoch second where the band ends. */
    public double end() {
        return end;
    }

    public int columns() {
        return counts.length;
    }

    /** Events starting within column {@code column}. */
    public int count(int column) {
        return counts[column];
    }

    /** A copy of all column counts. */
    public int[] counts() {
        return Arrays.copyOf(counts, counts.length);
    }

    /** The largest column count, for scaling the histogram. */
    public int maxCount() {
        return maxCount;
    }

    /** Left edge of the main view's window on the band. */
    public double windowX0() {
        return windowX0;
    }

    /** Right edge of the main view's window on the band. */
    public double windowX1() {
        return windowX1;
    }

    /** The epoch second at column position {@code x}. */
    public double time(double x) {
        return start + x * (end - start) / counts.length;
    }
}
