package org.nienbieu.timeline;

import java.util.List;
import java.util.Optional;

/**
 * Everything one timeline frame draws, in the frame's pixels: the axis, the lanes, the items and
 * clusters in their rows, the labels that fit, how many dated events intersect the view and how
 * many undated ones exist (never drawn, listed apart). {@link #hit} answers what is under the
 * pointer from the same boxes, so what is drawn is what is clicked.
 */
public record Frame(Viewport viewport, Axis axis, List<Lane> lanes, List<Item> items, List<Cluster> clusters,
                    List<Label> labels, int visibleEvents, int undatedEvents) {

    /**
     * The item or cluster drawn at {@code (x, y)}; a point on a label counts as its item. Linear in
     * the marks drawn, which is a few thousand at most.
     */
    public Optional<Mark> hit(double x, double y) {
        for (Cluster c : clusters) {
            if (c.contains(x, y)) {
                return Optional.of(c);
            }
        }
        for (Item i : items) {
            if (i.contains(x, y)) {
                return Optional.of(i);
            }
        }
        for (Label l : labels) {
            if (x >= l.x() && x < l.x1() && y >= l.y() && y < l.y() + l.height()) {
                return Optional.of(items.get(l.item()));
            }
        }
        return Optional.empty();
    }

    /** The lane drawn at height {@code y}, if any. */
    public Optional<Lane> laneAt(double y) {
        for (Lane lane : lanes) {
            if (y >= lane.y() && y < lane.y() + lane.height()) {
                return Optional.of(lane);
            }
        }
        return Optional.empty();
    }
}
