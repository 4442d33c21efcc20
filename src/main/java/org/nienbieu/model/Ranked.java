package org.nienbieu.model;

import java.util.Objects;

/**
 * An event or quote with its rank in the chronology: a key whose order ({@link String#compareTo})
 * is the chronology's order, and which adding or changing other articles leaves as it is, so that
 * an index can keep what did not change instead of rewriting every event.
 */
public record Ranked<T>(String rank, T item) {

    public Ranked {
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(item, "item");
    }
}
