package org.nienbieu.ui;

import java.util.List;
import java.util.Map;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;

/**
 * The answer to a {@link QueryCriteria}: matching event ids in date order and, per filter, how
 * many events each value would give with the other filters kept (so a user sees what a click on
 * "Calls" would leave before clicking). Actor facets are most frequent first.
 */
public record QueryResult(List<String> eventIds, Map<EventType, Integer> typeCounts,
                          Map<EventStatus, Integer> statusCounts, List<ActorCount> actorCounts) {

    /** An actor with its id, its name and the number of matching events it takes part in. */
    public record ActorCount(String entityId, String name, int count) {
    }

    public static final QueryResult EMPTY = new QueryResult(List.of(), Map.of(), Map.of(), List.of());

    public QueryResult {
        eventIds = List.copyOf(eventIds);
        typeCounts = Map.copyOf(typeCounts);
        statusCounts = Map.copyOf(statusCounts);
        actorCounts = List.copyOf(actorCounts);
    }

    public int typeCount(EventType type) {
        return typeCounts.getOrDefault(type, 0);
    }

    public int statusCount(EventStatus status) {
        return statusCounts.getOrDefault(status, 0);
    }
}
