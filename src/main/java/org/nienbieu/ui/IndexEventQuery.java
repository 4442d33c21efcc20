package org.nienbieu.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nienbieu.index.Schema;
import org.nienbieu.index.SearchRequest;
import org.nienbieu.index.SearchService;
import org.nienbieu.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search box over the corpus's Lucene index, with the index's query syntax (words,
 * {@code "phrases"}, {@code -exclusions}, {@code actor:}, {@code type:}, {@code status:}, folded so
 * {@code dam phan} finds {@code đàm phán}). Until a {@link SearchService} is attached (the ingest is
 * still running) and whenever it fails, the in-memory {@link ChronologyQuery} answers.
 *
 * <p>How criteria map onto the service: words and dates go to the request (kind EVENT), which
 * returns the ids of every matching event, not only the best ranked. Nothing typed goes to memory,
 * since the index adds nothing to browsing. Type, status and actor filters and their facet counts
 * are then applied in memory over exactly the matching events, the way {@link ChronologyQuery}
 * does (each filter's counts with the other filters kept). Ids come back in the chronology's date
 * order; ids the chronology does not know (an index another process is rewriting) are left out.
 * Thread-safe.
 */
public final class IndexEventQuery implements EventQuery {

    private static final Logger LOG = LoggerFactory.getLogger(IndexEventQuery.class);

    private final ChronologyQuery memory;
    private final Map<String, Event> byId = new HashMap<>();
    private final Map<String, Integer> rank = new HashMap<>();
    private volatile SearchService service;

    public IndexEventQuery(ChronologyQuery memory) {
        this.memory = memory;
        List<Event> events = memory.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            byId.putIfAbsent(e.id(), e);
            rank.putIfAbsent(e.id(), i);
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
        SearchRequest request = SearchRequest.of(c.text()).withKind(Schema.Kind.EVENT);
        if (c.from().isPresent()) {
            request = request.withFrom(c.from().get());
        }
        if (c.to().isPresent()) {
            request = request.withTo(c.to().get());
        }
        // Every match, not the best thousand: the timeline shows all of them. Type, status and actor
        // filters and their facet counts are then the in-memory query's, over exactly these events.
        List<Event> matched = new ArrayList<>();
        for (String id : s.matchingIds(request)) {
            Event e = byId.get(id.startsWith("e:") ? id.substring(2) : id);
            if (e != null) {
                matched.add(e);
            }
        }
        QueryCriteria filtersOnly = new QueryCriteria("", c.types(), c.statuses(), c.actorIds(),
                Optional.empty(), Optional.empty());
        QueryResult counted = new ChronologyQuery(matched, List.of()).run(filtersOnly);
        return new QueryResult(inDateOrder(counted.eventIds()), counted.typeCounts(), counted.statusCounts(),
                counted.actorCounts());
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
}
