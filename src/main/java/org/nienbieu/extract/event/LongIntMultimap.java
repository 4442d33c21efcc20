package org.nienbieu.extract.event;

import java.util.function.IntConsumer;

/**
 * Non-negative ints under long keys, any number per key, where a lookup may also give a value of
 * another key now and then: the merger's candidate indexes, which at 100k articles hold millions of
 * (key, event) pairs and whose every candidate the merger checks again anyway. A
 * {@code HashMap<Long, ...>} spent about 60 bytes on each pair (a boxed key, a node, a table slot)
 * and kept the JVM collecting garbage for much of an ingest. Here a pair is one {@code long}: the
 * high 32 bits of the mixed key beside the value, in one open-addressed array (linear probing, at
 * most two thirds full): 12 to 24 bytes a pair, and one cache line per lookup.
 *
 * <p>A lookup also gives the values of keys whose mixed high 32 bits are the same: with {@code n}
 * keys held, {@code n / 2^32} of them on average (one lookup in about 400 at ten million). Not
 * thread-safe.
 */
final class LongIntMultimap {

    private static final int MIN_BITS = 4;
    private static final int MAX_BITS = 30;
    private static final long HIGH = 0xffffffff00000000L;

    /** High half: the mixed key's high bits; low half: value + 1, so that 0 is an empty slot. */
    private long[] slots = new long[1 << MIN_BITS];
    private int bits = MIN_BITS;
    private int size;

    /** How many pairs it holds, repeated ones included. */
    int size() {
        return size;
    }

    /** Adds {@code value} under {@code key}; a pair already held is held twice. */
    void put(long key, int value) {
        if (value < 0 || value == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("values must be in [0, 2^31 - 1), got " + value);
        }
        if (3L * (size + 1) > 2L * slots.length) {
            grow();
        }
        insert((mix(key) & HIGH) | (value + 1L));
        size++;
    }

    /** Gives every value held under {@code key} to {@code sink} (and, rarely, another key's). */
    void forEach(long key, IntConsumer sink) {
        long check = mix(key) & HIGH;
        int mask = slots.length - 1;
        for (int slot = home(check); slots[slot] != 0; slot = (slot + 1) & mask) {
            long pair = slots[slot];
            if ((pair & HIGH) == check) {
                sink.accept((int) pair - 1);
            }
        }
    }

    /** The slot a pair's probing starts from: its high bits, which it keeps, so a resize can re-home it. */
    private int home(long pair) {
        return (int) (pair >>> (64 - bits));
    }

    /** MurmurHash3's finaliser: the merger's keys are packed fields, far from uniform. */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private void insert(long pair) {
        int mask = slots.length - 1;
        int slot = home(pair);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = pair;
    }

    private void grow() {
        if (bits == MAX_BITS) {
            throw new IllegalStateException("more than 2^" + (MAX_BITS - 1) + " pairs");
        }
        long[] old = slots;
        slots = new long[old.length << 1];
        bits++;
        for (long pair : old) {
            if (pair != 0) {
                insert(pair);
            }
        }
    }
}
