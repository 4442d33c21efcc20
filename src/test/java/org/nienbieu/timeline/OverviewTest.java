package org.nienbieu.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OverviewTest {

    private final TimelineModel model = TimelineModel.of(SyntheticEvents.generate(5000, 2, 20));

    @Test
    void theHistogramCountsEveryDatedEventOnceAcrossTheWholeRange() {
        Viewport v = Viewport.ofDays(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"), 1000, 500);

        Overview overview = Overview.of(model, v, 400);

        assertThat(overview.columns()).isEqualTo(400);
        assertThat(Arrays.stream(overview.counts()).sum()).isEqualTo(model.size());
        assertThat(overview.maxCount()).isEqualTo(Arrays.stream(overview.counts()).max().orElseThrow());
    }

    @Test
    void theVisibleWindowIsMarkedWhereItsTimesFallOnTheBand() {
        Viewport v = Viewport.ofDays(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"), 1000, 500);

        Overview overview = Overview.of(model, v, 400);

        assertThat(overview.time(overview.windowX0())).isCloseTo(v.start(), within(1.0));
        assertThat(overview.time(overview.windowX1())).isCloseTo(v.end(), within(1.0));
        assertThat(overview.windowX1() - overview.windowX0()).isBetween(25.0, 45.0);
    }

    @Test
    void aWindowBeyondTheDataIsClampedToTheBand() {
        Viewport v = Viewport.ofDays(LocalDate.parse("2100-01-01"), LocalDate.parse("2100-12-31"), 1000, 500);

        Overview overview = Overview.of(model, v, 300);

        assertThat(overview.windowX0()).isEqualTo(300);
        assertThat(overview.windowX1()).isEqualTo(300);
    }
}
