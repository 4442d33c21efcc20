package org.nienbieu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineBenchmarkTest {

    @Test
    void aSmallRunReportsTheLayoutPercentilesOverAtLeastTwoThousandFrames() {
        Map<String, Object> figures = TimelineBenchmark.run(2000, 1);

        assertThat(figures).containsKeys("timeline_layout_p50_ms", "timeline_layout_p99_ms",
                "timeline_layout_by_type_p99_ms", "timeline_layout_by_actor_p99_ms", "timeline_overview_p99_ms");
        assertThat((Integer) figures.get("timeline_frames")).isGreaterThanOrEqualTo(2000);
        assertThat((Double) figures.get("timeline_layout_p99_ms"))
                .isGreaterThanOrEqualTo((Double) figures.get("timeline_layout_p50_ms"));
    }

    @Test
    void theScriptZoomsFromTheWholeRangeDownToHoursAndPans() {
        TimelineModel model = TimelineModel.of(SyntheticEvents.generate(1000, 1, 20));
        var script = TimelineBenchmark.script(model, 1);

        double longest = script.stream().mapToDouble(Viewport::duration).max().orElseThrow();
        double shortest = script.stream().mapToDouble(Viewport::duration).min().orElseThrow();
        assertThat(longest).isGreaterThan(10 * 365 * Viewport.DAY);
        assertThat(shortest).isLessThanOrEqualTo(2 * Viewport.HOUR);
        assertThat(script.size() * LaneMode.values().length).isGreaterThanOrEqualTo(2000);
    }
}
