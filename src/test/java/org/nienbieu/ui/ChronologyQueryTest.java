package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;

class ChronologyQueryTest {

    private final Chronology seeds = Seeds.chronology();
    private final ChronologyQuery query = new ChronologyQuery(seeds.events(), seeds.quotes());

    private List<Event> events(QueryResult r) {
        return r.eventIds().stream().map(id -> seeds.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow()).toList();
    }

    @Test
    void emptyCriteriaMatchEveryEventInDateOrder() {
        QueryResult r = query.run(QueryCriteria.ALL);
        assertThat(r.eventIds()).hasSize(seeds.events().size());
        List<Event> dated = events(r).stream().filter(e -> e.date().isDated()).toList();
        assertThat(dated).isSortedAccordingTo((a, b) -> a.date().start().compareTo(b.date().start()));
    }

    @Test
    void wordsMatchWithoutDiacriticsOrCase() {
        QueryResult folded = query.run(QueryCriteria.text("hoa binh 28 diem"));
        QueryResult exact = query.run(QueryCriteria.text("Hòa Bình 28 điểm"));
        assertThat(folded.eventIds()).isNotEmpty().isEqualTo(exact.eventIds());
        assertThat(events(folded)).anyMatch(e -> e.label().contains("kế hoạch hòa bình 28 điểm"));
    }

    @Test
    void everyWordMustOccur() {
        assertThat(query.run(QueryCriteria.text("Putin Budapest")).eventIds()).hasSizeLessThan(
                query.run(QueryCriteria.text("Putin")).eventIds().size());
        assertThat(query.run(QueryCriteria.text("Putin zzzunknown")).eventIds()).isEmpty();
    }

    @Test
    void typeNamesInEitherLanguageFindEveryEventOfThatType() {
        List<String> calls = seeds.events().stream().filter(e -> e.type() == EventType.CALL).map(Event::id).toList();
        assertThat(calls).isNotEmpty();
        assertThat(query.run(QueryCriteria.text("điện đàm")).eventIds()).containsAll(calls);
        assertThat(query.run(QueryCriteria.text("call")).eventIds()).containsAll(calls);
    }

    @Test
    void typeFacetCountsIgnoreTheTypeFilterItself() {
        QueryResult all = query.run(QueryCriteria.ALL);
        QueryResult calls = query.run(new QueryCriteria("", Set.of(EventType.CALL), Set.of(), Set.of(),
                Optional.empty(), Optional.empty()));
        assertThat(calls.eventIds()).hasSize(all.typeCount(EventType.CALL));
        assertThat(calls.typeCounts()).isEqualTo(all.typeCounts());
        assertThat(calls.statusCount(EventStatus.OCCURRED)).isLessThanOrEqualTo(all.statusCount(EventStatus.OCCURRED));
    }

    @Test
    void actorFilterKeepsTheActorsEvents() {
        QueryResult.ActorCount top = query.run(QueryCriteria.ALL).actorCounts().get(0);
        QueryResult r = query.run(new QueryCriteria("", Set.of(), Set.of(), Set.of(top.entityId()),
                Optional.empty(), Optional.empty()));
        assertThat(r.eventIds()).hasSize(top.count());
        assertThat(events(r)).allMatch(e -> e.actors().stream().anyMatch(a -> a.entityId().equals(top.entityId())));
    }

    @Test
    void dateRangeKeepsOverlappingEventsAndDropsUndated() {
        LocalDate from = LocalDate.of(2025, 11, 1);
        LocalDate to = LocalDate.of(2025, 11, 30);
        QueryResult r = query.run(new QueryCriteria("", Set.of(), Set.of(), Set.of(), Optional.of(from), Optional.of(to)));
        assertThat(events(r)).isNotEmpty().allMatch(e -> e.date().isDated()
                && !e.date().end().isBefore(from) && !e.date().start().isAfter(to));
    }
}
