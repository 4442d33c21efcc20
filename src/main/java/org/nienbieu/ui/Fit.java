package org.nienbieu.ui;

import java.time.LocalDate;
import org.nienbieu.timeline.Viewport;

/**
 * The view that shows a range of days comfortably: a little room on the left, more on the right
 * where the last events' labels are written (a share of the span and at least 300 pixels), and never less than ten days, so that a single event
 * is not blown up to hours. Shared by the view model's buttons and the control's F key.
 */
final class Fit {

    static final double LEFT_MARGIN = 0.05;
    static final double RIGHT_MARGIN = 0.12;
    static final double MIN_DAYS = 10;
    static final double LABEL_ROOM = 300;

    private Fit() {
    }

    static Viewport days(Viewport current, LocalDate first, LocalDate last) {
        double from = first.toEpochDay() * Viewport.DAY;
        double to = (last.toEpochDay() + 1) * Viewport.DAY;
        double span = to - from;
        if (span < MIN_DAYS * Viewport.DAY) {
            double grow = (MIN_DAYS * Viewport.DAY - span) / 2;
            from -= grow;
            to += grow;
            span = to - from;
        }
        // Room on the right for the last label: a share of the span, and at least LABEL_ROOM pixels.
        double labelShare = Math.min(LABEL_ROOM, current.width() * 0.35) / current.width();
        double duration = Math.max(span * (1 + LEFT_MARGIN + RIGHT_MARGIN), span * (1 + LEFT_MARGIN) / (1 - labelShare));
        double start = from - span * LEFT_MARGIN;
        return Viewport.clamped(start, start + duration, current.width(), current.height());
    }
}
