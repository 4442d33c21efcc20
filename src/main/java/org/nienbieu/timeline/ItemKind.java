package org.nienbieu.timeline;

/**
 * How one event is drawn: a {@link #DOT} when its days are narrower than a bar at this zoom, a
 * {@link #BAR} when they are wide enough to show their extent, a {@link #FUZZY_SPAN} (drawn faded)
 * whatever its width when the date is only known to the week, month, part of month, quarter,
 * season or year.
 */
public enum ItemKind {
    DOT,
    BAR,
    FUZZY_SPAN
}
