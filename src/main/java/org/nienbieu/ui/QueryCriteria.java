package org.nienbieu.ui;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;

/**
 * One search: the words typed and the filters set beside them. An empty set means "any"; dates
 * keep the events whose span overlaps {@code from..to} (an undated event passes only when no date
 * is set, since it cannot be placed inside a range).
 */
public record QueryCriteria(String text, Set<EventType> types, Set<EventStatus> statuses, Set<String> actorIds,
                            Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final QueryCriteria ALL = new QueryCriteria("", Set.of(), Set.of(), Set.of(),
            Optional.empty(), Optional.empty());

    public QueryCriteria {
        Objects.requireNonNull(text, "text");
        types = Set.copyOf(types);
        statuses = Set.copyOf(statuses);
        actorIds = Set.copyOf(actorIds);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static QueryCriteria text(String text) {
        return new QueryCriteria(text, Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty());
    }

    /** True when nothing narrows the events. */
    public boolean isAll() {
        return text.isBlank() && types.isEmpty() && statuses.isEmpty() && actorIds.isEmpty()
                && from.isEmpty() && to.isEmpty();
    }
}
