package org.nienbieu.extract.time;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The words the vocabulary tables' phrases start with, each with one bit per table: a sentence
 * looks each of its tokens up once, and a table then knows without a lookup of its own that no
 * phrase of it starts at most tokens. Filled while the vocabulary is built, read-only after.
 */
final class FirstWords {

    private final Map<String, Integer> masks = new HashMap<>();
    private int tables;

    /** Records a table's first words; returns the table's bit. */
    int register(Collection<String> words) {
        if (tables == Integer.SIZE - 1) {
            throw new IllegalStateException("at most " + (Integer.SIZE - 1) + " tables share first-word masks");
        }
        int bit = 1 << tables++;
        for (String w : words) {
            masks.merge(w, bit, (a, b) -> a | b);
        }
        return bit;
    }

    /** The bits of the tables having a phrase that starts with {@code word}. */
    int mask(String word) {
        Integer m = masks.get(word);
        return m == null ? 0 : m;
    }
}
