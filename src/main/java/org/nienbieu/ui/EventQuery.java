package org.nienbieu.ui;

/**
 * What the search box asks of a search service: the ids of the events matching some criteria,
 * in date order, and facet counts for the filters. The window depends on this small interface
 * only, so the in-memory {@link ChronologyQuery} and a Lucene-backed service are interchangeable.
 * Implementations are called on a background thread and must be safe to call from any thread.
 */
@FunctionalInterface
public interface EventQuery {

    QueryResult run(QueryCriteria criteria);
}
