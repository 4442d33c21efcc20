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
    void findsEveryValueOfItsKeyThroughManyResizesAndAlmostNothingElse() {
        // Packed keys like the merger's (type, day, key number), from a small range so that many
        // repeat, and a few tiny keys: the table mixes them itself.
        Random random = new Random(11);
        LongIntMultimap map = new LongIntMultimap();
        Map<Long, List<Integer>> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long key = i % 50 == 0 ? i % 7 : ((long) random.nextInt(8) << 56) | ((long) random.nextInt(400) << 32)
                    | random.nextInt(150);
            int value = random.nextInt(1_000_000);
            map.put(key, value);
            expected.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        assertEquals(200_000, map.size());
        int extra = 0;
        for (Map.Entry<Long, List<Integer>> e : expected.entrySet()) {
            List<Integer> want = new ArrayList<>(e.getValue());
            want.sort(null);
            List<Integer> got = valuesOf(map, e.getKey());
            assertTrue(got.containsAll(want), "key " + e.getKey());
            extra += got.size() - want.size();
        }
        // Another key's value comes back only when 32 bits of two mixed keys agree: with about
        // 60,000 keys, hardly ever.
        assertTrue(extra <= 10, extra + " values of other keys");
        int strays = 0;
        for (long absent = 1L << 60; absent < (1L << 60) + 1000; absent++) {
            strays += valuesOf(map, absent).size();
        }
        assertEquals(0, strays);
    }

    @Test
    void refusesValuesItCannotTellFromAnEmptySlot() {
        LongIntMultimap map = new LongIntMultimap();
        assertThrows(IllegalArgumentException.class, () -> map.put(1L, -1));
        assertThrows(IllegalArgumentException.class, () -> map.put(1L, Integer.MAX_VALUE));
        map.put(1L, 0);
        map.put(1L, Integer.MAX_VALUE - 1);
        assertEquals(List.of(0, Integer.MAX_VALUE - 1), valuesOf(map, 1L));
    }
}
