package org.nienbieu.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;

/**
 * The calendar conventions the generated answers follow, as small pure functions of the
 * publication date (DCT): weeks run Monday to Sunday, a weekend is Saturday and Sunday, the early,
 * middle and late parts of a month are days 1–10, 11–20 and 21–end, seasons are meteorological
 * (spring March–May … winter December to February of the next year), and a date given without a
 * year takes the year that puts it nearest the DCT in the sentence's direction.
 */
final class DateRules {

    /** The part of a month named by đầu / giữa / cuối. */
    enum Part {
        EARLY("đầu", 1, 10), MIDDLE("giữa", 11, 20), LATE("cuối", 21, 31);

        final String word;
        final int firstDay;
        final int lastDay;

        Part(String word, int firstDay, int lastDay) {
            this.word = word;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }
    }

    /** A meteorological season, named as in "mùa hè". */
    enum Season {
        SPRING("xuân", 3), SUMMER("hè", 6), AUTUMN("thu", 9), WINTER("đông", 12);

        final String word;
        final int firstMonth;

        Season(String word, int firstMonth) {
            this.word = word;
            this.firstMonth = firstMonth;
        }
    }

    private static final String[] WEEKDAYS = {
        "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private DateRules() {
    }

    static String weekdayName(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    static String roman(int quarter) {
        return ROMAN[quarter - 1];
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday–Sunday week {@code offset} weeks from the DCT's week (−1 tuần trước, 0 tuần này, 1 tuần tới). */
    static DateSpan week(LocalDate dct, int offset) {
        LocalDate monday = mondayOf(dct).plusWeeks(offset);
        return DateSpan.of(monday, monday.plusDays(6), Precision.WEEK);
    }

    /** Saturday and Sunday of the week {@code offset} weeks from the DCT's week (cuối tuần này/trước/tới). */
    static DateSpan weekend(LocalDate dct, int offset) {
        LocalDate saturday = mondayOf(dct).plusWeeks(offset).plusDays(5);
        return DateSpan.days(saturday, saturday.plusDays(1));
    }

    /** The given weekday of the week {@code offset} weeks from the DCT's week ("thứ Hai tuần tới"). */
    static LocalDate weekdayOfWeek(LocalDate dct, DayOfWeek day, int offset) {
        return mondayOf(dct).plusWeeks(offset).plusDays(day.getValue() - 1L);
    }

    /** A bare weekday: the next one strictly after the DCT in a future sentence, else the last one strictly before. */
    static LocalDate bareWeekday(LocalDate dct, DayOfWeek day, boolean future) {
        return dct.with(future ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day));
    }

    /**
     * A day and month without a year: in a future sentence the first such date strictly after the
     * DCT, otherwise the last one on or before it (29/2 skips to a leap year).
     */
    static LocalDate dayMonth(LocalDate dct, int day, int month, boolean future) {
        for (int i = 0; i <= 8; i++) {
            int year = future ? dct.getYear() + i : dct.getYear() - i;
            if (day <= YearMonth.of(year, month).lengthOfMonth()) {
                LocalDate date = LocalDate.of(year, month, day);
                if (future ? date.isAfter(dct) : !date.isAfter(dct)) {
                    return date;
                }
            }
        }
        throw new IllegalArgumentException("no date " + day + "/" + month + " near " + dct);
    }

    /** A month without a year: the first month strictly after the DCT's in a future sentence, else the last one up to it. */
    static YearMonth monthNear(LocalDate dct, int month, boolean future) {
        YearMonth current = YearMonth.from(dct);
        YearMonth candidate = YearMonth.of(dct.getYear(), month);
        if (future) {
            return candidate.isAfter(current) ? candidate : candidate.plusYears(1);
        }
        return candidate.isAfter(current) ? candidate.minusYears(1) : candidate;
    }

    static DateSpan month(YearMonth month) {
        return DateSpan.of(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
    }

    static DateSpan partOfMonth(YearMonth month, Part part) {
        LocalDate last = part == Part.LATE ? month.atEndOfMonth() : month.atDay(part.lastDay);
        return DateSpan.of(month.atDay(part.firstDay), last, Precision.PART_OF_MONTH);
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    static DateSpan quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
        return DateSpan.of(first, first.plusMonths(3).minusDays(1), Precision.QUARTER);
    }

    /** A quarter without a year: the first one strictly after the DCT's in a future sentence, else the last one up to it. */
    static DateSpan quarterNear(LocalDate dct, int quarter, boolean future) {
        int current = quarterOf(dct);
        int year = dct.getYear();
        if (future) {
            return quarter(quarter > current ? year : year + 1, quarter);
        }
        return quarter(quarter <= current ? year : year - 1, quarter);
    }

    /** The season of {@code year}; winter runs from December of that year to February of the next. */
    static DateSpan season(int year, Season season) {
        LocalDate first = LocalDate.of(year, season.firstMonth, 1);
        return DateSpan.of(first, first.plusMonths(3).minusDays(1), Precision.SEASON);
    }

    static DateSpan year(int year) {
        return DateSpan.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
    }
}
