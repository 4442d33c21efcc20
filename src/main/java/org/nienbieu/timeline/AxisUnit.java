package org.nienbieu.timeline;

/** The calendar unit an axis counts in at the current zoom, from coarsest to finest. */
public enum AxisUnit {
    YEAR,
    MONTH,
    WEEK,
    DAY,
    HOUR
}
