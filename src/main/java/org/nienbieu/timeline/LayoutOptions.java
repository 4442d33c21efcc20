package org.nienbieu.timeline;

/**
 * The tunable sizes of a timeline frame, in pixels: row height (items and labels share a row),
 * gaps, the width of a dot, how wide an event must be to be a bar, the cluster cell (items whose
 * starts fall in one cell and cannot all be stacked merge into a cluster), the axis band at the
 * top, the minimum label spacing of the axis, and how many actors get their own lane.
 */
public record LayoutOptions(double rowHeight, double itemHeight, double lanePadding, double itemGap,
                            double dotWidth, double minBarWidth, double clusterPx, double clusterMinWidth,
                            double labelGap, double labelPadding, double axisHeight, double minAxisLabelPx,
                            int topActors) {

    public LayoutOptions {
        if (rowHeight <= 0 || itemHeight <= 0 || itemHeight > rowHeight) {
            throw new IllegalArgumentException("need 0 < itemHeight <= rowHeight, got " + itemHeight + ", " + rowHeight);
        }
        if (clusterPx <= 0 || dotWidth <= 0 || topActors < 1) {
            throw new IllegalArgumentException("clusterPx, dotWidth and topActors must be positive");
        }
    }

    /** Sizes for a desktop window with a 12-13 px font. */
    public static LayoutOptions defaults() {
        return new LayoutOptions(18, 14, 4, 1, 6, 6, 8, 16, 4, 3, 40, 40, 8);
    }

    /** A copy with another number of actor lanes. */
    public LayoutOptions withTopActors(int n) {
        return new LayoutOptions(rowHeight, itemHeight, lanePadding, itemGap, dotWidth, minBarWidth, clusterPx,
                clusterMinWidth, labelGap, labelPadding, axisHeight, minAxisLabelPx, n);
    }
}
