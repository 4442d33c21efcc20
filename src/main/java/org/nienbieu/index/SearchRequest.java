package org.nienbieu.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One search: the text typed (see {@link UserQuery} for its syntax) and the filters the UI and the
 * command line set apart from it: kind of document, dates (a document is kept when its date span
 * overlaps {@code [from, to]}), event type, actor or speaker name, how many hits, and whether to
 * count facets, and the order of the hits. Build with {@link #of(String)} and the {@code with…} methods.
 */
public record SearchRequest(String query, Optional<Schema.Kind> kind, Optional<LocalDate> from,
                            Optional<LocalDate> to, Optional<String> type, Optional<String> actor,
                            int limit, Facets facets, Order order) {

    /** Whether facet counts are wanted (they cost a pass over every matching document). */
    public enum Facets { NONE, COUNT }

    /** How hits are ranked: best match first, or by date (earliest first, undated last, then best match). */
    public enum Order { RELEVANCE, DATE }

    public static final int MAX_LIMIT = 1_000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(facets, "facets");
        Objects.requireNonNull(order, "order");
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 0.." + MAX_LIMIT + ", got " + limit);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 10, Facets.NONE, Order.RELEVANCE);
    }

    public SearchRequest withKind(Schema.Kind k) {
        return new SearchRequest(query, Optional.of(k), from, to, type, actor, limit, facets, order);
    }

    public SearchRequest withFrom(LocalDate d) {
        return new SearchRequest(query, kind, Optional.of(d), to, type, actor, limit, facets, order);
    }

    public SearchRequest withTo(LocalDate d) {
        return new SearchRequest(query, kind, from, Optional.of(d), type, actor, limit, facets, order);
    }

    public SearchRequest withType(String t) {
        return new SearchRequest(query, kind, from, to, Optional.of(t), actor, limit, facets, order);
    }

    public SearchRequest withActor(String a) {
        return new SearchRequest(query, kind, from, to, type, Optional.of(a), limit, facets, order);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, kind, from, to, type, actor, n, facets, order);
    }

    public SearchRequest withFacets(Facets f) {
        return new SearchRequest(query, kind, from, to, type, actor, limit, f, order);
    }

    public SearchRequest withOrder(Order o) {
        return new SearchRequest(query, kind, from, to, type, actor, limit, facets, o);
    }
}
