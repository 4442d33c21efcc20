package org.nienbieu.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;

/**
 * Which events to keep: those overlapping a date range, of given types and statuses. An undated
 * event passes only when no date bound is set, since it cannot be placed inside one.
 */
public record EventFilter(Optional<LocalDate> from, Optional<LocalDate> to, List<EventType> types,
                          List<EventStatus> statuses) implements Predicate<Event> {

    public static final EventFilter ALL = new EventFilter(Optional.empty(), Optional.empty(), List.of(), List.of());

    public EventFilter {
        types = List.copyOf(types);
        statuses = List.copyOf(statuses);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the range ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
    }

    @Override
    public boolean test(Event e) {
        if (!types.isEmpty() && !types.contains(e.type())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(e.status())) {
            return false;
        }
        if (from.isEmpty() && to.isEmpty()) {
            return true;
        }
        if (!e.date().isDated()) {
            return false;
        }
        return from.map(f -> !e.date().end().isBefore(f)).orElse(true)
                && to.map(t -> !e.date().start().isAfter(t)).orElse(true);
    }

    public List<Event> apply(List<Event> events) {
        return events.stream().filter(this).toList();
    }
}
