package org.nienbieu.timeline;

import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Precision;

/**
 * One event drawn in a row of a lane: its index in {@link TimelineModel#events()} and id, its box
 * (x clamped to just outside the frame for events longer than the view), how to draw it, and what
 * the UI styles it by: the status (planned hollow, cancelled struck through, postponed dashed), the
 * type, and the precision behind {@link #fuzzy()}.
 */
public record Item(int eventIndex, String eventId, int lane, int row, double x0, double x1, double y,
                   double height, ItemKind kind, EventStatus status, EventType type, Precision precision)
        implements Mark {

    /** True when the date is imprecise and the UI should draw it faded. */
    public boolean fuzzy() {
        return kind == ItemKind.FUZZY_SPAN;
    }
}
