package org.nienbieu.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: how many documents matched ({@code totalExact} false when
 * counting stopped at a threshold and {@code total} is a lower bound), the best hits, and facet
 * counts by dimension ({@code type}, {@code status}, {@code actor}, {@code month}) when asked for.
 */
public record SearchResult(long total, boolean totalExact, List<SearchHit> hits,
                           Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
