package org.nienbieu.extract.event;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Non-negative ints under long keys, any number per key: the merger's candidate indexes, which at
 * 100k articles hold millions of (key, event) pairs. A {@code HashMap<Long, ...>} spent about 60
 * bytes on each (a boxed key, a node, a table slot) and kept the JVM collecting garbage for much of
 * an ingest; here a pair is a long and an int in two arrays, open-addressed (linear probing, at
 * most two thirds full), some 18 to 36 bytes.
 *
 * <p>Keys must be well mixed already (the merger's are multiplied by an odd constant): the slot is
 * taken from the key's high bits as they are. Not thread-safe.
 */
final class LongIntMultimap {

    private static final int EMPTY = -1;
    private static final int MIN_BITS = 4;

    private long[] keys;
    private int[] values;
    private int bits;
    private int size;

    LongIntMultimap() {
        allocate(MIN_BITS);
    }

    /** How many pairs it holds, repeated ones included. */
    int size() {
        return size;
    }

    /** Adds {@code value} under {@code key}; a pair already held is held twice. */
    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values must not be negative, got " + value);
        }
        if (3 * (size + 1) > 2 * values.length) {
            grow();
        }
        insert(key, value);
        size++;
    }

    /** Gives every value held under {@code key} to {@code sink}, in no particular order. */
    void forEach(long key, IntConsumer sink) {
        int mask = values.length - 1;
        for (int slot = slot(key); values[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                sink.accept(values[slot]);
            }
        }
    }

    private int slot(long key) {
        return (int) (key >>> (64 - bits));
    }

    private void insert(long key, int value) {
        int mask = values.length - 1;
        int slot = slot(key);
        while (values[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(bits + 1);
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != EMPTY) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void allocate(int newBits) {
        if (newBits > 30) {
            throw new IllegalStateException("more than 2^29 pairs");
        }
        bits = newBits;
        keys = new long[1 << newBits];
        values = new int[1 << newBits];
        Arrays.fill(values, EMPTY);
    }
}
