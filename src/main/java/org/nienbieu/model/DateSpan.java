package org.nienbieu.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a time expression or an event covers, first and last inclusive, and how precisely
 * they are known. An {@link Precision#UNDATED} span has no days at all.
 */
public record DateSpan(LocalDate start, LocalDate end, Precision precision) {

    private static final DateSpan UNDATED = new DateSpan(null, null, Precision.UNDATED);

    public DateSpan {
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.UNDATED) {
            if (start != null || end != null) {
                throw new IllegalArgumentException("an undated span has no days, got " + start + ".." + end);
            }
        } else {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
            }
        }
    }

    public static DateSpan day(LocalDate day) {
        return new DateSpan(day, day, Precision.DAY);
    }

    public static DateSpan days(LocalDate first, LocalDate last) {
        return first.equals(last) ? day(first) : new DateSpan(first, last, Precision.DAYS);
    }

    public static DateSpan of(LocalDate first, LocalDate last, Precision precision) {
        return new DateSpan(first, last, precision);
    }

    public static DateSpan undated() {
        return UNDATED;
    }

    public boolean isDated() {
        return precision != Precision.UNDATED;
    }

    public Optional<LocalDate> first() {
        return Optional.ofNullable(start);
    }

    public Optional<LocalDate> last() {
        return Optional.ofNullable(end);
    }

    /** Number of days covered, 0 when undated. */
    public long lengthInDays() {
        return isDated() ? end.toEpochDay() - start.toEpochDay() + 1 : 0;
    }

    /** True when both spans are dated and share at least one day. */
    public boolean overlaps(DateSpan other) {
        return isDated() && other.isDated() && !end.isBefore(other.start) && !other.end.isBefore(start);
    }

    /** True when every day of {@code other} lies within this span. */
    public boolean contains(DateSpan other) {
        return isDated() && other.isDated() && !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    @Override
    public String toString() {
        return isDated() ? start + ".." + end + " (" + precision.label() + ")" : "undated";
    }
}
