package org.nienbieu.timeline;

/**
 * One tick of the time axis: where it is drawn ({@code x}, may be negative for a major tick whose
 * label is pinned at the left edge), the epoch second it marks, and its label with where it starts
 * and how wide it is; {@code label} is empty when it would have overlapped a neighbour.
 */
public record AxisTick(double x, double epochSecond, String label, double labelX, double labelWidth) {

    public boolean labelled() {
        return !label.isEmpty();
    }
}
