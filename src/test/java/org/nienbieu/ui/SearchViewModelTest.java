package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.EventType;

/** The search box's behaviour without a window: debounce, stale answers, filters. */
class SearchViewModelTest {

    /** A timer the test advances by hand: scheduled tasks wait until {@link #fire()}. */
    private static final class ManualTimer implements Dispatch.Timer {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public Runnable schedule(Runnable task, long delayMillis) {
            pending.add(task);
            return () -> pending.remove(task);
        }

        void fire() {
            List<Runnable> now = new ArrayList<>(pending);
            pending.clear();
            now.forEach(Runnable::run);
        }
    }

    private static QueryResult answer(String text) {
        return new QueryResult(List.of(text), java.util.Map.of(), java.util.Map.of(), List.of());
    }

    @Test
    void typingSearchesOnceAfterThePause() {
        ManualTimer timer = new ManualTimer();
        AtomicInteger searches = new AtomicInteger();
        SearchViewModel vm = new SearchViewModel(new Dispatch(Runnable::run, Runnable::run, timer));
        vm.queryProperty().set(c -> {
            searches.incrementAndGet();
            return answer(c.text());
        });
        int before = searches.get();
        vm.textProperty().set("P");
        vm.textProperty().set("Pu");
        vm.textProperty().set("Putin");
        assertThat(searches.get()).isEqualTo(before);
        assertThat(timer.pending).hasSize(1);
        timer.fire();
        assertThat(searches.get()).isEqualTo(before + 1);
        assertThat(vm.resultProperty().get().eventIds()).containsExactly("Putin");
    }

    @Test
    void anAnswerOvertakenByANewerSearchIsDropped() {
        Deque<Runnable> background = new ArrayDeque<>();
        SearchViewModel vm = new SearchViewModel(new Dispatch(background::add, Runnable::run, (t, d) -> {
            t.run();
            return () -> { };
        }));
        vm.queryProperty().set(c -> answer(c.text()));
        background.clear();
        vm.textProperty().set("old");
        vm.textProperty().set("new");
        // The newer search finishes first, then the older one arrives late.
        background.removeLast().run();
        background.removeLast().run();
        assertThat(vm.resultProperty().get().eventIds()).containsExactly("new");
        assertThat(vm.droppedProperty().get()).isEqualTo(1);
    }

    @Test
    void filtersSearchAtOnceAndClearEmptiesEverything() {
        SearchViewModel vm = new SearchViewModel(Dispatch.direct());
        List<QueryCriteria> seen = new ArrayList<>();
        vm.queryProperty().set(c -> {
            seen.add(c);
            return QueryResult.EMPTY;
        });
        vm.types().add(EventType.CALL);
        assertThat(seen.get(seen.size() - 1).types()).containsExactly(EventType.CALL);
        vm.textProperty().set("Putin");
        vm.clear();
        assertThat(vm.criteria().isAll()).isTrue();
        assertThat(seen.get(seen.size() - 1).isAll()).isTrue();
    }

    @Test
    void restoringASessionSearchesOnce() {
        SearchViewModel vm = new SearchViewModel(Dispatch.direct());
        AtomicInteger searches = new AtomicInteger();
        QueryCriteria saved = new QueryCriteria("Putin", java.util.Set.of(EventType.MEETING), java.util.Set.of(),
                java.util.Set.of(), java.util.Optional.empty(), java.util.Optional.empty());
        vm.restore(saved, c -> {
            searches.incrementAndGet();
            return QueryResult.EMPTY;
        });
        assertThat(searches.get()).isEqualTo(1);
        assertThat(vm.criteria()).isEqualTo(saved);
    }
}
