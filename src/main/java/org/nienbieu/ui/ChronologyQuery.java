package org.nienbieu.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Quote;

/**
 * The search box over a chronology held in memory: every word typed must occur, folded (no case,
 * no diacritics), in the event's label, actors and roles, places, type and status names (vi and
 * en), quotes or source sentences. Filters on type, status, actor and dates; facet counts per
 * filter with the other filters applied. Linear in the events, which is instant for the tens of
 * thousands a desktop corpus gives; the index branch's Lucene service can replace it behind
 * {@link EventQuery}. Immutable and thread-safe.
 */
public final class ChronologyQuery implements EventQuery {

    private static final UiText VI = UiText.of(UiText.VIETNAMESE);
    private static final UiText EN = UiText.of(java.util.Locale.ENGLISH);

    private final List<Event> events;
    private final String[] haystack;

    public ChronologyQuery(List<Event> events, List<Quote> quotes) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Event e) -> e.date().isDated() ? e.date().start() : LocalDate.MAX)
                .thenComparing(Event::id));
        this.events = List.copyOf(sorted);
        Map<String, StringBuilder> quoted = new HashMap<>();
        for (Quote q : quotes) {
            q.eventId().ifPresent(id -> quoted.computeIfAbsent(id, k -> new StringBuilder()).append(' ').append(q.text()));
        }
        haystack = new String[this.events.size()];
        for (int i = 0; i < haystack.length; i++) {
            Event e = this.events.get(i);
            StringBuilder sb = new StringBuilder(e.label());
            for (Actor a : e.actors()) {
                sb.append(' ').append(a.name());
                a.role().ifPresent(r -> sb.append(' ').append(r));
            }
            e.places().forEach(p -> sb.append(' ').append(p));
            sb.append(' ').append(VI.type(e.type())).append(' ').append(EN.type(e.type()))
                    .append(' ').append(VI.status(e.status())).append(' ').append(EN.status(e.status()));
            for (Mention m : e.mentions()) {
                sb.append(' ').append(m.text());
            }
            StringBuilder q = quoted.get(e.id());
            if (q != null) {
                sb.append(q);
            }
            haystack[i] = ' ' + Folding.fold(sb.toString()) + ' ';
        }
    }

    /** All events in date order (undated last). */
    public List<Event> events() {
        return events;
    }

    @Override
    public QueryResult run(QueryCriteria c) {
        String[] words = Folding.words(c.text());
        List<String> ids = new ArrayList<>();
        Map<EventType, Integer> types = new EnumMap<>(EventType.class);
        Map<EventStatus, Integer> statuses = new EnumMap<>(EventStatus.class);
        Map<String, int[]> actors = new LinkedHashMap<>();
        Map<String, String> actorNames = new HashMap<>();
        for (int i = 0; i < haystack.length; i++) {
            Event e = events.get(i);
            if (!matchesWords(i, words) || !inDates(e, c)) {
                continue;
            }
            boolean type = c.types().isEmpty() || c.types().contains(e.type());
            boolean status = c.statuses().isEmpty() || c.statuses().contains(e.status());
            boolean actor = c.actorIds().isEmpty() || e.actors().stream().anyMatch(a -> c.actorIds().contains(a.entityId()));
            if (status && actor) {
                types.merge(e.type(), 1, Integer::sum);
            }
            if (type && actor) {
                statuses.merge(e.status(), 1, Integer::sum);
            }
            if (type && status) {
                e.actors().stream().map(Actor::entityId).distinct().forEach(id -> actors.computeIfAbsent(id, k -> new int[1])[0]++);
                e.actors().forEach(a -> actorNames.putIfAbsent(a.entityId(), a.name()));
            }
            if (type && status && actor) {
                ids.add(e.id());
            }
        }
        List<QueryResult.ActorCount> actorCounts = new ArrayList<>();
        actors.forEach((id, n) -> actorCounts.add(new QueryResult.ActorCount(id, actorNames.get(id), n[0])));
        actorCounts.sort(Comparator.comparingInt(QueryResult.ActorCount::count).reversed()
                .thenComparing(QueryResult.ActorCount::name));
        return new QueryResult(ids, types, statuses, actorCounts);
    }

    private boolean matchesWords(int i, String[] words) {
        for (String w : words) {
            if (!haystack[i].contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inDates(Event e, QueryCriteria c) {
        if (c.from().isEmpty() && c.to().isEmpty()) {
            return true;
        }
        if (!e.date().isDated()) {
            return false;
        }
        return c.from().map(f -> !e.date().end().isBefore(f)).orElse(true)
                && c.to().map(t -> !e.date().start().isAfter(t)).orElse(true);
    }
}
