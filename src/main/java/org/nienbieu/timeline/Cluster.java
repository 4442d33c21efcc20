package org.nienbieu.timeline;

import java.time.LocalDate;

/**
 * Events of one lane too dense to draw one by one at this zoom, merged into a box with a count
 * badge; {@code first}/{@code last} are the first start and last end among them, so the UI expands
 * it by fitting the viewport to {@code first..last}.
 */
public record Cluster(int lane, int row, double x0, double x1, double y, double height, int count,
                      LocalDate first, LocalDate last) implements Mark {
}
