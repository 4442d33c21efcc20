package org.nienbieu.timeline;

/**
 * Something drawn in a lane's row that the pointer can hit: an {@link Item} (one event) or a
 * {@link Cluster} (several merged). Coordinates are the frame's pixels.
 */
public sealed interface Mark permits Item, Cluster {

    int lane();

    int row();

    double x0();

    double x1();

    double y();

    double height();

    /** True when {@code (x, y)} falls within this mark's box. */
    default boolean contains(double x, double y) {
        return x >= x0() && x < x1() && y >= y() && y < y() + height();
    }
}
