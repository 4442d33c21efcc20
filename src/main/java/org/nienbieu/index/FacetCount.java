package org.nienbieu.index;

/** How many matching documents have a value of a facet dimension ({@code type: meeting → 12}). */
public record FacetCount(String value, long count) {
}
