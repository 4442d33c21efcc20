package org.nienbieu.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;

/**
 * Calendar arithmetic of the conventions: Monday-Sunday weeks, parts of months, years and weeks,
 * meteorological seasons, and the choice of a missing year from the tense of the clause.
 */
final class CalendarMath {

    /** A forward clause takes the next occurrence unless it is further than this from the DCT. */
    static final int FORWARD_REACH_DAYS = 300;
    /** A backward clause takes the last occurrence unless it is further than this from the DCT. */
    static final int BACKWARD_REACH_DAYS = 300;

    private CalendarMath() {
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static DateSpan week(LocalDate anyDay) {
        LocalDate monday = monday(anyDay);
        return DateSpan.of(monday, monday.plusDays(6), Precision.WEEK);
    }

    static DateSpan weekPart(LocalDate anyDay, Part part) {
        LocalDate monday = monday(anyDay);
        return switch (part) {
            case EARLY, FIRST_HALF -> DateSpan.days(monday, monday.plusDays(1));
            case MID -> DateSpan.days(monday.plusDays(2), monday.plusDays(3));
            case LATE, SECOND_HALF -> DateSpan.days(monday.plusDays(5), monday.plusDays(6));
        };
    }

    static DateSpan month(YearMonth month) {
        return DateSpan.of(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
    }

    static DateSpan monthPart(YearMonth month, Part part) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return switch (part) {
            case EARLY -> DateSpan.of(first, month.atDay(10), Precision.PART_OF_MONTH);
            case MID -> DateSpan.of(month.atDay(11), month.atDay(20), Precision.PART_OF_MONTH);
            case LATE -> DateSpan.of(month.atDay(21), last, Precision.PART_OF_MONTH);
            case FIRST_HALF -> DateSpan.of(first, month.atDay(15), Precision.PART_OF_MONTH);
            case SECOND_HALF -> DateSpan.of(month.atDay(16), last, Precision.PART_OF_MONTH);
        };
    }

    static DateSpan year(int year) {
        return DateSpan.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
    }

    /** Early and late year are quarter-sized (Jan-Mar, Oct-Dec); mid-year and halves are six months. */
    static DateSpan yearPart(int year, Part part) {
        return switch (part) {
            case EARLY -> DateSpan.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31), Precision.QUARTER);
            case LATE -> DateSpan.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 12, 31), Precision.QUARTER);
            case MID -> DateSpan.of(LocalDate.of(year, 4, 1), LocalDate.of(year, 9, 30), Precision.YEAR);
            case FIRST_HALF -> DateSpan.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), Precision.YEAR);
            case SECOND_HALF -> DateSpan.of(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
        };
    }

    static DateSpan quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return DateSpan.of(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.QUARTER);
    }

    /** Meteorological seasons; winter {@code year} runs from December of that year to February. */
    static DateSpan season(int year, int firstMonth) {
        YearMonth first = YearMonth.of(year, firstMonth);
        return DateSpan.of(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.SEASON);
    }

    /**
     * Picks among candidate placements of an expression with no year (or no month) the one the
     * clause means: a forward clause the next one on or after the DCT, a backward clause the last
     * one on or before it, within reach, otherwise - and in a clause without tense - the nearest
     * (the past on a tie). {@code strict} (the expression itself says {@code tới} or
     * {@code vừa qua}, {@code hôm}) ignores the reach.
     */
    static DateSpan choose(LocalDate dct, Tense tense, boolean strict, List<DateSpan> candidates) {
        DateSpan past = null;
        DateSpan future = null;
        DateSpan nearest = null;
        for (DateSpan c : candidates) {
            if (c == null) {
                continue;
            }
            if (!c.start().isAfter(dct) && (past == null || c.start().isAfter(past.start()))) {
                past = c;
            }
            if (!c.end().isBefore(dct) && (future == null || c.start().isBefore(future.start()))) {
                future = c;
            }
            if (nearest == null || distance(c, dct) < distance(nearest, dct)) {
                nearest = c;
            }
        }
        if (tense == Tense.FORWARD && future != null
                && (strict || distance(future, dct) <= FORWARD_REACH_DAYS)) {
            return future;
        }
        if (tense == Tense.BACKWARD && past != null
                && (strict || distance(past, dct) <= BACKWARD_REACH_DAYS)) {
            return past;
        }
        return nearest;
    }

    static long distance(DateSpan span, LocalDate day) {
        if (day.isBefore(span.start())) {
            return ChronoUnit.DAYS.between(day, span.start());
        }
        if (day.isAfter(span.end())) {
            return ChronoUnit.DAYS.between(span.end(), day);
        }
        return 0;
    }
}
