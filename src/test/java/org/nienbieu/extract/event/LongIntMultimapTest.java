package org.nienbieu.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMultimapTest {

    private static List<Integer> valuesOf(LongIntMultimap map, long key) {
        List<Integer> out = new ArrayList<>();
        map.forEach(key, out::add);
        out.sort(null);
        return out;
    }

    @Test
    void holdsSeveralValuesUnderOneKeyAndRepeatsWhatIsPutTwice() {
        LongIntMultimap map = new LongIntMultimap();
        map.put(42L, 7);
        map.put(42L, 3);
        map.put(42L, 7);
        map.put(-5L, 0);
        assertEquals(List.of(3, 7, 7), valuesOf(map, 42L));
        assertEquals(List.of(0), valuesOf(map, -5L));
        assertEquals(List.of(), valuesOf(map, 43L));
        assertEquals(4, map.size());
    }

    @Test
    void agreesWithAHashMapOfListsThroughManyResizes() {
        // Keys mixed as the merger mixes them, from a small range so that many repeat; and a few
        // unmixed keys that all land in one slot, the worst case for probing.
        Random random = new Random(11);
        LongIntMultimap map = new LongIntMultimap();
        Map<Long, List<Integer>> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long key = i % 50 == 0 ? i % 7 : random.nextInt(60_000) * 0x9E3779B97F4A7C15L;
            int value = random.nextInt(1_000_000);
            map.put(key, value);
            expected.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        assertEquals(200_000, map.size());
        for (Map.Entry<Long, List<Integer>> e : expected.entrySet()) {
            List<Integer> want = new ArrayList<>(e.getValue());
            want.sort(null);
            assertEquals(want, valuesOf(map, e.getKey()), "key " + e.getKey());
        }
        for (int i = 0; i < 1000; i++) {
            long absent = (60_000L + i) * 0x9E3779B97F4A7C15L;
            assertTrue(valuesOf(map, absent).isEmpty());
        }
    }

    @Test
    void refusesNegativeValuesWhichWouldReadAsEmptySlots() {
        LongIntMultimap map = new LongIntMultimap();
        assertThrows(IllegalArgumentException.class, () -> map.put(1L, -1));
    }
}
