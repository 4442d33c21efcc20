package org.nienbieu.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;

class DateRulesTest {

    private static final LocalDate WED = LocalDate.of(2025, 11, 26); // a Wednesday

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void weeksRunMondayToSunday() {
        assertThat(DateRules.week(WED, 0)).isEqualTo(DateSpan.of(d(2025, 11, 24), d(2025, 11, 30), Precision.WEEK));
        assertThat(DateRules.week(WED, -1)).isEqualTo(DateSpan.of(d(2025, 11, 17), d(2025, 11, 23), Precision.WEEK));
        assertThat(DateRules.week(WED, 1)).isEqualTo(DateSpan.of(d(2025, 12, 1), d(2025, 12, 7), Precision.WEEK));
        LocalDate sunday = d(2025, 11, 30);
        assertThat(DateRules.week(sunday, 0).start()).isEqualTo(d(2025, 11, 24));
    }

    @Test
    void weekendIsSaturdayAndSunday() {
        assertThat(DateRules.weekend(WED, 0)).isEqualTo(DateSpan.days(d(2025, 11, 29), d(2025, 11, 30)));
        assertThat(DateRules.weekend(WED, -1)).isEqualTo(DateSpan.days(d(2025, 11, 22), d(2025, 11, 23)));
    }

    @Test
    void bareWeekdayGoesForwardInTheFutureAndBackOtherwise() {
        assertThat(DateRules.bareWeekday(WED, DayOfWeek.FRIDAY, true)).isEqualTo(d(2025, 11, 28));
        assertThat(DateRules.bareWeekday(WED, DayOfWeek.FRIDAY, false)).isEqualTo(d(2025, 11, 21));
        assertThat(DateRules.bareWeekday(WED, DayOfWeek.MONDAY, false)).isEqualTo(d(2025, 11, 24));
        assertThat(DateRules.bareWeekday(WED, DayOfWeek.WEDNESDAY, true)).isEqualTo(d(2025, 12, 3));
        assertThat(DateRules.bareWeekday(WED, DayOfWeek.WEDNESDAY, false)).isEqualTo(d(2025, 11, 19));
    }

    @Test
    void weekdayOfANamedWeek() {
        assertThat(DateRules.weekdayOfWeek(WED, DayOfWeek.MONDAY, 1)).isEqualTo(d(2025, 12, 1)); // thứ Hai tuần tới
        assertThat(DateRules.weekdayOfWeek(WED, DayOfWeek.FRIDAY, -1)).isEqualTo(d(2025, 11, 21)); // thứ Sáu tuần trước
        assertThat(DateRules.weekdayOfWeek(WED, DayOfWeek.SUNDAY, 0)).isEqualTo(d(2025, 11, 30));
        assertThat(DateRules.weekdayName(DayOfWeek.THURSDAY)).isEqualTo("thứ Năm");
        assertThat(DateRules.weekdayName(DayOfWeek.SUNDAY)).isEqualTo("Chủ nhật");
    }

    @Test
    void dayMonthTakesTheNearestYearInTheSentencesDirection() {
        assertThat(DateRules.dayMonth(WED, 17, 10, false)).isEqualTo(d(2025, 10, 17));
        assertThat(DateRules.dayMonth(WED, 26, 11, false)).isEqualTo(WED); // on or before
        assertThat(DateRules.dayMonth(WED, 2, 12, false)).isEqualTo(d(2024, 12, 2));
        assertThat(DateRules.dayMonth(WED, 2, 12, true)).isEqualTo(d(2025, 12, 2));
        assertThat(DateRules.dayMonth(WED, 26, 11, true)).isEqualTo(d(2026, 11, 26)); // strictly after
        assertThat(DateRules.dayMonth(d(2026, 1, 5), 28, 12, false)).isEqualTo(d(2025, 12, 28));
        assertThat(DateRules.dayMonth(d(2025, 12, 30), 3, 1, true)).isEqualTo(d(2026, 1, 3));
        assertThat(DateRules.dayMonth(WED, 29, 2, false)).isEqualTo(d(2024, 2, 29));
    }

    @Test
    void partsOfMonthAreOneToTenElevenToTwentyAndTheRest() {
        YearMonth feb = YearMonth.of(2024, 2);
        assertThat(DateRules.partOfMonth(feb, DateRules.Part.EARLY))
                .isEqualTo(DateSpan.of(d(2024, 2, 1), d(2024, 2, 10), Precision.PART_OF_MONTH));
        assertThat(DateRules.partOfMonth(feb, DateRules.Part.MIDDLE))
                .isEqualTo(DateSpan.of(d(2024, 2, 11), d(2024, 2, 20), Precision.PART_OF_MONTH));
        assertThat(DateRules.partOfMonth(feb, DateRules.Part.LATE))
                .isEqualTo(DateSpan.of(d(2024, 2, 21), d(2024, 2, 29), Precision.PART_OF_MONTH));
        assertThat(DateRules.partOfMonth(YearMonth.of(2025, 7), DateRules.Part.LATE).end()).isEqualTo(d(2025, 7, 31));
    }

    @Test
    void monthsAndQuartersWithoutAYear() {
        assertThat(DateRules.monthNear(WED, 7, false)).isEqualTo(YearMonth.of(2025, 7));
        assertThat(DateRules.monthNear(WED, 12, false)).isEqualTo(YearMonth.of(2024, 12));
        assertThat(DateRules.monthNear(WED, 1, true)).isEqualTo(YearMonth.of(2026, 1));
        assertThat(DateRules.quarterNear(WED, 3, false)).isEqualTo(DateRules.quarter(2025, 3));
        assertThat(DateRules.quarterNear(d(2025, 2, 1), 3, false)).isEqualTo(DateRules.quarter(2024, 3));
        assertThat(DateRules.quarterNear(d(2025, 2, 1), 3, true)).isEqualTo(DateRules.quarter(2025, 3));
        assertThat(DateRules.quarter(2025, 3))
                .isEqualTo(DateSpan.of(d(2025, 7, 1), d(2025, 9, 30), Precision.QUARTER));
        assertThat(DateRules.roman(3)).isEqualTo("III");
    }

    @Test
    void seasonsAreMeteorological() {
        assertThat(DateRules.season(2025, DateRules.Season.SUMMER))
                .isEqualTo(DateSpan.of(d(2025, 6, 1), d(2025, 8, 31), Precision.SEASON));
        assertThat(DateRules.season(2025, DateRules.Season.SPRING).start()).isEqualTo(d(2025, 3, 1));
        assertThat(DateRules.season(2025, DateRules.Season.AUTUMN).end()).isEqualTo(d(2025, 11, 30));
        assertThat(DateRules.season(2023, DateRules.Season.WINTER))
                .isEqualTo(DateSpan.of(d(2023, 12, 1), d(2024, 2, 29), Precision.SEASON));
    }
}
