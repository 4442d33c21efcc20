package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.index.IndexStore;
import org.nienbieu.index.SearchService;
import org.nienbieu.ingest.CorpusIndexer;
import org.nienbieu.ingest.IngestListener;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;

/** The search box on the Lucene index, without a window: folded words, actor:, filters, facets, fallback, lock. */
class IndexEventQueryTest {

    @TempDir
    static Path index;
    private static SearchService service;
    private static ChronologyQuery memory;
    private static Map<String, Event> byId;

    @BeforeAll
    static void indexSeeds() throws Exception {
        new CorpusIndexer(2).ingest(Seeds.DIR, index, IngestListener.NONE);
        service = SearchService.open(index);
        memory = new ChronologyQuery(Seeds.chronology().events(), Seeds.chronology().quotes());
        byId = Seeds.chronology().events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    @AfterAll
    static void closeIndex() throws Exception {
        service.close();
    }

    private static IndexEventQuery indexed() {
        IndexEventQuery q = new IndexEventQuery(memory);
        q.attach(service);
        return q;
    }

    private static List<Event> events(QueryResult r) {
        return r.eventIds().stream().map(byId::get).toList();
    }

    private static String folded(Event e) {
        StringBuilder sb = new StringBuilder(e.label());
        e.mentions().forEach(m -> sb.append(' ').append(m.text()));
        return Folding.fold(sb.toString());
    }

    @Test
    void unaccentedWordsFindAccentedEvents() {
        QueryResult plain = indexed().run(QueryCriteria.text("dam phan"));
        assertThat(plain.eventIds()).isNotEmpty();
        assertThat(events(plain)).allMatch(e -> folded(e).contains("dam phan"), "mentions đàm phán");
        assertThat(indexed().run(QueryCriteria.text("đàm phán")).eventIds())
                .containsExactlyInAnyOrderElementsOf(plain.eventIds());
        // Ids come back in the chronology's date order, like the in-memory query's.
        List<String> order = memory.events().stream().map(Event::id).toList();
        assertThat(plain.eventIds()).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
        // Facet counts come from the service and add up to the hits.
        assertThat(plain.typeCounts().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(plain.eventIds().size());
    }

    @Test
    void actorSyntaxGoesToTheIndex() {
        QueryResult r = indexed().run(QueryCriteria.text("actor:Witkoff"));
        assertThat(r.eventIds()).isNotEmpty();
        assertThat(events(r)).allMatch(e -> e.actors().stream().anyMatch(a -> a.name().contains("Witkoff")));
        assertThat(r.actorCounts()).anyMatch(a -> a.name().contains("Witkoff") && a.count() == r.eventIds().size());
        // The in-memory query knows no syntax: the index is what answered.
        assertThat(memory.run(QueryCriteria.text("actor:Witkoff")).eventIds()).isEmpty();
    }

    @Test
    void filtersApplyInMemoryWithFacetsOfTheOtherFilters() {
        QueryResult all = indexed().run(QueryCriteria.text("dam phan"));
        EventType type = all.typeCounts().keySet().iterator().next();
        QueryCriteria c = new QueryCriteria("dam phan", Set.of(type), Set.of(), Set.of(), Optional.empty(), Optional.empty());
        QueryResult narrowed = indexed().run(c);
        assertThat(narrowed.eventIds()).hasSize(all.typeCount(type)).allMatch(id -> byId.get(id).type() == type);
        // Type counts keep every type (what a second click would add); status counts follow the type filter.
        assertThat(narrowed.typeCounts()).isEqualTo(all.typeCounts());
        assertThat(narrowed.statusCounts().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(narrowed.eventIds().size());
        QueryCriteria none = new QueryCriteria("dam phan", Set.of(), Set.of(EventStatus.values()[0]), Set.of(),
                Optional.empty(), Optional.empty());
        assertThat(indexed().run(none).eventIds()).allMatch(id -> byId.get(id).status() == EventStatus.values()[0]);
    }

    @Test
    void beforeTheIndexIsReadyMemoryAnswers() {
        IndexEventQuery q = new IndexEventQuery(memory);
        assertThat(q.indexed()).isFalse();
        assertThat(q.run(QueryCriteria.text("Budapest"))).isEqualTo(memory.run(QueryCriteria.text("Budapest")));
        // Nothing typed browses every event, in memory, even with the index there.
        assertThat(indexed().run(QueryCriteria.ALL).eventIds()).hasSize(memory.events().size());
    }

    @Test
    void aLockedIndexIsSearchedAtItsLastCommitAndTheStatusSaysSo(@TempDir Path folder) throws Exception {
        new CorpusIndexer(2).ingest(Seeds.DIR, folder, IngestListener.NONE);
        try (IndexStore otherWriter = IndexStore.openWritable(folder)) {
            for (var locale : List.of(java.util.Locale.ENGLISH, UiText.VIETNAMESE)) {
                ExplorerViewModel vm = new ExplorerViewModel(Dispatch.direct(), MemoryPreferences.settings(), c -> folder);
                vm.localeProperty().set(locale);
                vm.open(Seeds.DIR, 2);
                assertThat(vm.indexStateProperty().get()).isEqualTo(ExplorerViewModel.IndexState.LOCKED);
                assertThat(vm.statusProperty().get()).contains(UiText.of(locale).get("status.index.locked").strip());
                vm.search().textProperty().set("actor:Witkoff");
                vm.search().searchNow();
                assertThat(vm.results()).isNotEmpty()
                        .allMatch(e -> e.actors().stream().anyMatch(a -> a.name().contains("Witkoff")));
                vm.close();
            }
        }
    }

    @Test
    void theWindowSwitchesToTheIndexOnceIngested(@TempDir Path folder) {
        ExplorerViewModel vm = new ExplorerViewModel(Dispatch.direct(), MemoryPreferences.settings(), c -> folder);
        vm.open(Seeds.DIR, 2);
        assertThat(vm.indexStateProperty().get()).isEqualTo(ExplorerViewModel.IndexState.READY);
        vm.search().textProperty().set("dam phan");
        vm.search().searchNow();
        assertThat(vm.results()).isNotEmpty().allMatch(e -> folded(e).contains("dam phan"));
        vm.close();
        // Second start: incremental, the index is ready again.
        ExplorerViewModel again = new ExplorerViewModel(Dispatch.direct(), MemoryPreferences.settings(), c -> folder);
        again.open(Seeds.DIR, 2);
        assertThat(again.indexStateProperty().get()).isEqualTo(ExplorerViewModel.IndexState.READY);
        again.close();
    }
}
