package org.nienbieu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Precision;

class TimelineModelTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void windowQueryFindsExactlyTheEventsABruteForceFilterFinds(long seed) {
        TimelineModel model = TimelineModel.of(SyntheticEvents.generate(3000, seed, 40));
        SplittableRandom random = new SplittableRandom(seed);
        for (int q = 0; q < 300; q++) {
            long from = LocalDate.of(2014, 6, 1).toEpochDay() + random.nextInt(13 * 365);
            long to = from + (long) Math.pow(10, random.nextDouble() * 3.6);
            int[] found = model.intersecting(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to));
            int[] expected = IntStream.range(0, model.size())
                    .filter(i -> model.startDay(i) <= to && model.endDay(i) >= from)
                    .toArray();
            assertThat(found).as("window %s..%s", LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to))
                    .containsExactly(expected);
        }
    }

    @Test
    void longEventsThatStartedBeforeTheWindowAreFound() {
        TimelineModel model = TimelineModel.of(List.of(
                Events.span("decade", "2010-01-01", "2019-12-31", Precision.DAYS, EventType.AGREEMENT),
                Events.span("year", "2019-01-01", "2019-12-31", Precision.YEAR, EventType.SANCTION),
                Events.day("before", "2019-06-14"),
                Events.day("inside", "2019-06-15"),
                Events.day("after", "2019-06-16")));

        int[] found = model.intersecting(LocalDate.parse("2019-06-15"), LocalDate.parse("2019-06-15"));

        assertThat(IntStream.of(found).mapToObj(i -> model.event(i).id()))
                .containsExactly("decade", "year", "inside");
        assertThat(model.maxSpanDays()).isEqualTo(3652);
    }

    @Test
    void datedEventsAreSortedByStartAndUndatedOnesKeptAside() {
        TimelineModel model = TimelineModel.of(List.of(
                Events.day("b", "2025-03-02"), Events.undated("u"), Events.day("a", "2025-03-01")));

        assertThat(model.events()).extracting(Event::id).containsExactly("a", "b");
        assertThat(model.undated()).extracting(Event::id).containsExactly("u");
        assertThat(model.firstDay()).contains(LocalDate.parse("2025-03-01"));
        assertThat(model.lastDay()).contains(LocalDate.parse("2025-03-02"));
    }

    @Test
    void actorsAreRankedByHowManyDatedEventsTheyAreIn() {
        var date = org.nienbieu.model.DateSpan.day(LocalDate.parse("2025-01-01"));
        TimelineModel model = TimelineModel.of(List.of(
                Events.event("1", EventType.CALL, EventStatus.OCCURRED, date, "Putin", "Trump"),
                Events.event("2", EventType.CALL, EventStatus.OCCURRED, date, "Trump", "Trump"),
                Events.event("3", EventType.MEETING, EventStatus.OCCURRED, date, "Lavrov", "Trump"),
                Events.event("4", EventType.MEETING, EventStatus.OCCURRED, date, "Lavrov")));

        assertThat(model.actorRanking()).extracting(TimelineModel.RankedActor::name, TimelineModel.RankedActor::events)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Trump", 3),
                        org.assertj.core.groups.Tuple.tuple("Lavrov", 2),
                        org.assertj.core.groups.Tuple.tuple("Putin", 1));
    }

    @Test
    void anEmptyModelFindsNothing() {
        TimelineModel model = TimelineModel.of(List.of(Events.undated("u")));

        assertThat(model.intersecting(LocalDate.parse("2020-01-01"), LocalDate.parse("2030-01-01"))).isEmpty();
        assertThat(model.firstDay()).isEmpty();
    }
}
