package org.nienbieu.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewportTest {

    private static final Viewport YEAR_2025 =
            Viewport.ofDays(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), 1000, 600);

    @ParameterizedTest(name = "zoom ×{0} at x={1}")
    @CsvSource({
        "2, 0", "2, 500", "2, 1000", "10, 123.5", "0.5, 800", "1.1, 37", "1000, 250", "0.01, 999"
    })
    void zoomKeepsTheTimeUnderTheAnchorFixed(double factor, double anchorX) {
        Viewport zoomed = YEAR_2025.zoom(factor, anchorX);

        assertThat(zoomed.time(anchorX)).isCloseTo(YEAR_2025.time(anchorX), within(1e-3));
        assertThat(zoomed.duration()).isCloseTo(YEAR_2025.duration() / factor, within(1e-3));
    }

    @Test
    void zoomStopsAtOneHourAndTwoHundredYears() {
        Viewport in = YEAR_2025;
        Viewport out = YEAR_2025;
        for (int i = 0; i < 100; i++) {
            in = in.zoom(2, 300);
            out = out.zoom(0.5, 300);
        }

        assertThat(in.duration()).isEqualTo(Viewport.MIN_DURATION);
        assertThat(out.duration()).isCloseTo(Viewport.MAX_DURATION, within(1.0));
        assertThat(out.start()).isGreaterThanOrEqualTo(Viewport.MIN_TIME);
        assertThat(out.end()).isLessThanOrEqualTo(Viewport.MAX_TIME);
    }

    @Test
    void zoomingInKeepsTheAnchorEvenAtTheOneHourLimit() {
        Viewport v = YEAR_2025;
        double anchor = v.time(640);
        for (int i = 0; i < 60; i++) {
            v = v.zoom(1.5, 640);
        }
        assertThat(v.time(640)).isCloseTo(anchor, within(1e-3));
    }

    @ParameterizedTest(name = "pan {0} px")
    @CsvSource({"100", "-250", "0", "1000"})
    void panMovesTheContentWithThePointer(double dx) {
        Viewport panned = YEAR_2025.pan(dx);

        assertThat(panned.duration()).isCloseTo(YEAR_2025.duration(), within(1e-6));
        double t = YEAR_2025.time(200);
        assertThat(panned.x(t)).isCloseTo(200 + dx, within(1e-6));
    }

    @Test
    void fitShowsTheWholeRangeWithAMargin() {
        Viewport fitted = YEAR_2025.fit(LocalDate.parse("2025-10-13"), LocalDate.parse("2025-10-19"));

        assertThat(fitted.x(Events.day(LocalDate.parse("2025-10-13")))).isBetween(0.0, 50.0);
        assertThat(fitted.x(Events.day(LocalDate.parse("2025-10-20")))).isBetween(950.0, 1000.0);
        assertThat(fitted.width()).isEqualTo(1000);
    }

    @Test
    void fittingLessThanAnHourShowsAnHourAroundIt() {
        double noon = Events.day(LocalDate.parse("2025-10-13")) + 12 * Viewport.HOUR;
        Viewport fitted = YEAR_2025.fit(noon, noon + 60, 0);

        assertThat(fitted.duration()).isEqualTo(Viewport.HOUR);
        assertThat((fitted.start() + fitted.end()) / 2).isCloseTo(noon + 30, within(1e-6));
    }

    @Test
    void xAndTimeAreInverse() {
        assertThat(YEAR_2025.time(YEAR_2025.x(1.76e9))).isCloseTo(1.76e9, within(1e-3));
        assertThat(YEAR_2025.x(YEAR_2025.start())).isZero();
        assertThat(YEAR_2025.x(YEAR_2025.end())).isCloseTo(1000, within(1e-9));
    }
}
