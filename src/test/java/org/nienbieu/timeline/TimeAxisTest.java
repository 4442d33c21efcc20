package org.nienbieu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeAxisTest {

    private static final LabelMeasurer SEVEN_PX = LabelMeasurer.fixed(7);

    private static Viewport view(String first, double days) {
        double start = Events.day(LocalDate.parse(first));
        return new Viewport(start, start + days * Viewport.DAY, 1600, 900);
    }

    @ParameterizedTest(name = "{0} days on 1600 px → {1}")
    @CsvSource({
        "73000, YEAR", "4000, YEAR", "365, MONTH", "60, WEEK", "10, DAY", "1, HOUR", "0.1, HOUR"
    })
    void theUnitGetsFinerAsTheViewZoomsIn(double days, AxisUnit unit) {
        Axis axis = new TimeAxis(Locale.ENGLISH, 40, 3).ticks(view("1990-01-01", days), SEVEN_PX);

        assertThat(axis.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}: {1} days from {2} → {3} / {4}")
    @CsvSource(delimiter = '|', value = {
        "vi | 365 | 2025-01-01 | Th1           | 2025",
        "en | 365 | 2025-01-01 | Jan           | 2025",
        "vi | 60  | 2025-10-13 | 13/10         | tháng 10/2025",
        "en | 60  | 2025-10-13 | 13 Oct        | Oct 2025",
        "vi | 10  | 2025-10-13 | T2 13/10      | tháng 10/2025",
        "en | 10  | 2025-10-13 | Mon 13 Oct    | Oct 2025",
        "vi | 1   | 2025-10-13 | 00:00         | T2 13/10/2025",
        "en | 1   | 2025-10-13 | 00:00         | Mon 13 Oct 2025",
        "vi | 4000| 2015-01-01 | 2015          | thập niên 2010",
        "en | 4000| 2015-01-01 | 2015          | 2010s",
    })
    void labelsAreInTheLocalesWords(String language, double days, String first, String minor, String major) {
        Axis axis = new TimeAxis(Locale.forLanguageTag(language), 40, 3).ticks(view(first, days), SEVEN_PX);

        assertThat(axis.minor().get(0).label()).isEqualTo(minor);
        assertThat(axis.major().stream().filter(AxisTick::labelled).findFirst().orElseThrow().label())
                .isEqualTo(major);
    }

    @Test
    void theMajorLabelOfThePeriodTheViewStartsInIsPinnedAtTheLeftEdge() {
        Axis axis = new TimeAxis(Locale.forLanguageTag("vi"), 40, 3).ticks(view("2025-10-20", 10), SEVEN_PX);

        AxisTick pinned = axis.major().get(0);
        assertThat(pinned.x()).isNegative();
        assertThat(pinned.labelX()).isEqualTo(3);
        assertThat(pinned.label()).isEqualTo("tháng 10/2025");
    }

    @Test
    void labelsOfARowNeverOverlapAndKeepTheMinimumSpacing() {
        SplittableRandom random = new SplittableRandom(7);
        TimeAxis vi = new TimeAxis(Locale.forLanguageTag("vi"), 40, 3);
        TimeAxis en = new TimeAxis(Locale.ENGLISH, 40, 3);
        for (int i = 0; i < 2000; i++) {
            double days = Math.pow(10, -1.3 + random.nextDouble() * 6);
            double start = Events.day(LocalDate.of(1900, 1, 1)) + random.nextDouble() * 150 * 365 * Viewport.DAY;
            double width = 200 + random.nextInt(2000);
            Viewport v = Viewport.clamped(start, start + days * Viewport.DAY, width, 500);
            LabelMeasurer measurer = LabelMeasurer.fixed(5 + random.nextInt(5));
            for (Axis axis : List.of(vi.ticks(v, measurer), en.ticks(v, measurer))) {
                assertNoOverlap(axis.minor(), v);
                assertNoOverlap(axis.major(), v);
                assertThat(axis.minor()).hasSizeLessThanOrEqualTo((int) (width / 40) + 2);
            }
        }
    }

    private static void assertNoOverlap(List<AxisTick> ticks, Viewport v) {
        double end = Double.NEGATIVE_INFINITY;
        double previousX = Double.NEGATIVE_INFINITY;
        for (AxisTick t : ticks) {
            assertThat(t.x()).as("ticks in order in %s", v).isGreaterThan(previousX);
            previousX = t.x();
            if (t.labelled()) {
                assertThat(t.labelX()).as("label %s in %s", t.label(), v).isGreaterThanOrEqualTo(end);
                end = t.labelX() + t.labelWidth();
            }
        }
    }
}
