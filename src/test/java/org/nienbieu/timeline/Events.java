package org.nienbieu.timeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Precision;

/** Small builders of model events for the timeline tests. */
final class Events {

    private Events() {
    }

    static Event day(String id, String date) {
        return span(id, date, date, Precision.DAY, EventType.MEETING);
    }

    static Event span(String id, String first, String last, Precision precision, EventType type) {
        return event(id, type, EventStatus.OCCURRED, DateSpan.of(LocalDate.parse(first), LocalDate.parse(last), precision));
    }

    static Event event(String id, EventType type, EventStatus status, DateSpan date, String... actors) {
        List<Actor> who = Arrays.stream(actors).map(a -> new Actor("person:" + a, a, Optional.empty())).toList();
        return new Event(id, type, status, date, who, List.of(), "Sự kiện " + id, List.of());
    }

    static Event undated(String id) {
        return event(id, EventType.STATEMENT, EventStatus.OCCURRED, DateSpan.undated());
    }

    static double day(LocalDate d) {
        return d.toEpochDay() * Viewport.DAY;
    }
}
