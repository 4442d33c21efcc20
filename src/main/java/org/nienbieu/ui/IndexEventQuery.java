package org.nienbieu.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nienbieu.index.FacetCount;
import org.nienbieu.index.Schema;
import org.nienbieu.index.SearchHit;
import org.nienbieu.index.SearchRequest;
import org.nienbieu.index.SearchResult;
import org.nienbieu.index.SearchService;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search box over the corpus's Lucene index, with the index's query syntax (words,
 * {@code "phrases"}, {@code -exclusions}, {@code actor:}, {@code type:}, {@code status:}, folded so
 * {@code dam phan} finds {@code đàm phán}). Until a {@link SearchService} is attached (the ingest is
 * still running) and whenever it fails, the in-memory {@link ChronologyQuery} answers.
 *
 * <p>How criteria map onto the service: words and dates go to the request (kind EVENT). Nothing
 * typed goes to memory, since the index adds nothing to browsing and returns at most
 * {@value SearchRequest#MAX_LIMIT} hits where memory returns every event. Without a type, status
 * or actor filter, ids are the hits and facet counts are the service's (exact over every match).
 * With filters, the hits of the words and dates are filtered in memory and the facets counted over
 * them the way {@link ChronologyQuery} does (each filter's counts with the other filters kept,
 * which one service request cannot give); if the words match more than the service returns, the
 * request is narrowed by the one type and the one actor the service takes, and the remaining
 * filters still apply in memory. Ids come back in the chronology's date order; ids the chronology
 * does not know (an index another process is rewriting) are left out. Thread-safe.
 */
public final class IndexEventQuery implements EventQuery {

    private static final Logger LOG = LoggerFactory.getLogger(IndexEventQuery.class);
    private static final int LIMIT = SearchRequest.MAX_LIMIT;

    private final ChronologyQuery memory;
    private final Map<String, Event> byId = new HashMap<>();
    private final Map<String, Integer> rank = new HashMap<>();
    private final Map<String, String> actorIdByName = new HashMap<>();
    private final Map<String, String> actorNameById = new HashMap<>();
    private volatile SearchService service;

    public IndexEventQuery(ChronologyQuery memory) {
        this.memory = memory;
        List<Event> events = memory.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            byId.putIfAbsent(e.id(), e);
            rank.putIfAbsent(e.id(), i);
            for (Actor a : e.actors()) {
                actorIdByName.putIfAbsent(a.name(), a.entityId());
                actorNameById.putIfAbsent(a.entityId(), a.name());
            }
        }
    }

    /** Searches {@code s} from now on (null: memory again). The caller keeps owning and closes it. */
    public void attach(SearchService s) {
        service = s;
    }

    /** True once a service is attached. */
    public boolean indexed() {
        return service != null;
    }

    @Override
    public QueryResult run(QueryCriteria c) {
        SearchService s = service;
        if (s == null || c.text().isBlank()) {
            return memory.run(c);
        }
        try {
            return search(s, c);
        } catch (IOException | RuntimeException e) {
            // A closed service (another corpus opened meanwhile) or a broken index: memory still answers.
            LOG.warn("index search for '{}' failed, searching in memory: {}", c.text(), e.toString());
            return memory.run(c);
        }
    }

    private QueryResult search(SearchService s, QueryCriteria c) throws IOException {
        SearchRequest base = SearchRequest.of(c.text()).withKind(Schema.Kind.EVENT).withLimit(LIMIT);
        if (c.from().isPresent()) {
            base = base.withFrom(c.from().get());
        }
        if (c.to().isPresent()) {
            base = base.withTo(c.to().get());
        }
        boolean filtered = !c.types().isEmpty() || !c.statuses().isEmpty() || !c.actorIds().isEmpty();
        if (!filtered) {
            SearchResult r = s.search(base.withFacets(SearchRequest.Facets.COUNT));
            return new QueryResult(inDateOrder(events(r)), typeCounts(r.facets().get("type")),
                    statusCounts(r.facets().get("status")), actorCounts(r.facets().get("actor")));
        }
        SearchResult wide = s.search(base);
        List<Event> matched = events(wide);
        QueryCriteria filtersOnly = new QueryCriteria("", c.types(), c.statuses(), c.actorIds(),
                Optional.empty(), Optional.empty());
        QueryResult counted = new ChronologyQuery(matched, List.of()).run(filtersOnly);
        List<String> ids = counted.eventIds();
        SearchRequest narrowed = narrowed(base, c);
        if (wide.total() > wide.hits().size() && narrowed != base) {
            ids = s.search(narrowed).hits().stream().map(h -> byId.get(eventId(h)))
                    .filter(e -> e != null && passes(e, c)).map(Event::id).toList();
        }
        return new QueryResult(inDateOrder(ids), counted.typeCounts(), counted.statusCounts(), counted.actorCounts());
    }

    /** The request with the one type and the one actor the service can filter on, if only one of each is chosen. */
    private SearchRequest narrowed(SearchRequest base, QueryCriteria c) {
        SearchRequest r = base;
        if (c.types().size() == 1) {
            r = r.withType(c.types().iterator().next().label());
        }
        if (c.actorIds().size() == 1) {
            String name = actorNameById.get(c.actorIds().iterator().next());
            if (name != null) {
                r = r.withActor(name);
            }
        }
        return r;
    }

    private static boolean passes(Event e, QueryCriteria c) {
        return (c.types().isEmpty() || c.types().contains(e.type()))
                && (c.statuses().isEmpty() || c.statuses().contains(e.status()))
                && (c.actorIds().isEmpty() || e.actors().stream().anyMatch(a -> c.actorIds().contains(a.entityId())));
    }

    private List<Event> events(SearchResult r) {
        List<Event> out = new ArrayList<>(r.hits().size());
        for (SearchHit h : r.hits()) {
            Event e = byId.get(eventId(h));
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** An event hit's id is {@code e:<event id>}. */
    private static String eventId(SearchHit h) {
        return h.id().startsWith("e:") ? h.id().substring(2) : h.id();
    }

    private List<String> inDateOrder(List<?> eventsOrIds) {
        Set<String> seen = new java.util.HashSet<>();
        List<String> ids = new ArrayList<>(eventsOrIds.size());
        for (Object o : eventsOrIds) {
            String id = o instanceof Event e ? e.id() : (String) o;
            if (rank.containsKey(id) && seen.add(id)) {
                ids.add(id);
            }
        }
        ids.sort(Comparator.comparingInt(rank::get));
        return ids;
    }

    private static Map<EventType, Integer> typeCounts(List<FacetCount> counts) {
        Map<EventType, Integer> out = new EnumMap<>(EventType.class);
        for (FacetCount f : counts == null ? List.<FacetCount>of() : counts) {
            try {
                out.merge(EventType.fromLabel(f.value()), (int) f.count(), Integer::sum);
            } catch (IllegalArgumentException e) {
                LOG.debug("unknown event type in the index: {}", f.value());
            }
        }
        return out;
    }

    private static Map<EventStatus, Integer> statusCounts(List<FacetCount> counts) {
        Map<EventStatus, Integer> out = new EnumMap<>(EventStatus.class);
        for (FacetCount f : counts == null ? List.<FacetCount>of() : counts) {
            try {
                out.merge(EventStatus.fromLabel(f.value()), (int) f.count(), Integer::sum);
            } catch (IllegalArgumentException e) {
                LOG.debug("unknown event status in the index: {}", f.value());
            }
        }
        return out;
    }

    /** The index counts actors by canonical name; the window filters by entity id. */
    private List<QueryResult.ActorCount> actorCounts(List<FacetCount> counts) {
        Map<String, QueryResult.ActorCount> out = new LinkedHashMap<>();
        for (FacetCount f : counts == null ? List.<FacetCount>of() : counts) {
            String id = actorIdByName.get(f.value());
            if (id != null) {
                out.putIfAbsent(id, new QueryResult.ActorCount(id, f.value(), (int) f.count()));
            }
        }
        List<QueryResult.ActorCount> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingInt(QueryResult.ActorCount::count).reversed()
                .thenComparing(QueryResult.ActorCount::name));
        return list;
    }
}
