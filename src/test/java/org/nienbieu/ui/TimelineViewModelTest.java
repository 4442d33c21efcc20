package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.model.Event;
import org.nienbieu.timeline.Viewport;

class TimelineViewModelTest {

    private final Chronology seeds = Seeds.chronology();

    private TimelineViewModel loaded() {
        TimelineViewModel vm = new TimelineViewModel();
        vm.resize(1000, 500);
        vm.setEvents(seeds.events());
        return vm;
    }

    @Test
    void fitAllShowsEveryEventWithRoomOnBothSides() {
        TimelineViewModel vm = loaded();
        vm.fitAll();
        Viewport v = vm.viewport();
        double first = vm.model().firstDay().orElseThrow().toEpochDay() * Viewport.DAY;
        double last = (vm.model().lastDay().orElseThrow().toEpochDay() + 1) * Viewport.DAY;
        assertThat(v.x(first)).isGreaterThan(10);
        // Room for the last label on the right.
        assertThat(v.width() - v.x(last)).isGreaterThanOrEqualTo(Fit.LABEL_ROOM - 1);
        assertThat(v.width()).isEqualTo(1000);
    }

    @Test
    void zoomStepsAroundTheCentre() {
        TimelineViewModel vm = loaded();
        vm.fitAll();
        Viewport before = vm.viewport();
        double centre = before.time(before.width() / 2);
        vm.zoomIn();
        assertThat(vm.viewport().duration()).isCloseTo(before.duration() / TimelineViewModel.ZOOM_STEP, org.assertj.core.data.Offset.offset(1.0));
        assertThat(vm.viewport().time(vm.viewport().width() / 2)).isCloseTo(centre, org.assertj.core.data.Offset.offset(1.0));
        vm.zoomOut();
        assertThat(vm.viewport().duration()).isCloseTo(before.duration(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void showOnlyNarrowsTheModelAndFitsWhenNothingIsLeftInView() {
        TimelineViewModel vm = loaded();
        vm.viewportProperty().set(Viewport.ofDays(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1), 1000, 500));
        Event one = seeds.events().stream().filter(e -> e.date().isDated()).findFirst().orElseThrow();
        vm.showOnly(List.of(one.id()));
        assertThat(vm.model().size()).isEqualTo(1);
        assertThat(vm.viewport().start()).isLessThan(one.date().start().toEpochDay() * Viewport.DAY);
        assertThat(vm.viewport().end()).isGreaterThan(one.date().end().toEpochDay() * Viewport.DAY);
    }

    @Test
    void fitSelectionShowsAtLeastTenDaysAroundTheEvent() {
        TimelineViewModel vm = loaded();
        Event one = seeds.events().stream().filter(e -> e.date().lengthInDays() == 1).findFirst().orElseThrow();
        vm.selectedIdProperty().set(one.id());
        vm.fitSelection();
        assertThat(vm.viewport().duration()).isGreaterThanOrEqualTo(Fit.MIN_DAYS * Viewport.DAY);
        assertThat(vm.viewport().duration()).isLessThan(60 * Viewport.DAY);
    }
}
