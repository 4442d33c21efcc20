package org.nienbieu.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Event;

/**
 * The events a timeline shows, prepared once for fast per-frame queries: dated events sorted by
 * start (then end, then id) with their first and last epoch days in parallel arrays, and the same
 * events split into span classes (one day, a week, a month, a quarter, a year, five years, longer)
 * each sorted by start and knowing its longest span. A window query binary-searches every class
 * from {@code first - maxSpan + 1} to {@code last}, so an event that started long before the
 * window but still covers it is found without scanning everything before it. Undated events are
 * kept aside for the UI's separate list; actors are ranked by how many dated events they are in,
 * for the by-actor lanes. Immutable and safe to share between threads.
 */
public final class TimelineModel {

    private static final int[] CLASS_LIMITS = {1, 7, 31, 92, 366, 1830, Integer.MAX_VALUE};
    private static final Comparator<Event> BY_START = (a, b) -> {
        int c = Long.compare(a.date().start().toEpochDay(), b.date().start().toEpochDay());
        if (c == 0) {
            c = Long.compare(a.date().end().toEpochDay(), b.date().end().toEpochDay());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    private final List<Event> events;
    private final List<Event> undated;
    private final int[] startDay;
    private final int[] endDay;
    private final int[][] classStart;
    private final int[][] classEnd;
    private final int[][] classRank;
    private final int[] classMaxSpan;
    private final int maxEndDay;
    private final List<RankedActor> actorRanking;
    private final int[] actorOffset;
    private final int[] actorRank;
    private final int[] typeOrdinal;
    private final int[] statusOrdinal;
    private final int[] precisionOrdinal;

    /** An actor and the number of dated events it takes part in; its index is its rank. */
    public record RankedActor(String entityId, String name, int events) {
    }

    private TimelineModel(List<Event> all) {
        List<Event> dated = new ArrayList<>(all.size());
        List<Event> undatedEvents = new ArrayList<>();
        for (Event e : all) {
            (e.date().isDated() ? dated : undatedEvents).add(e);
        }
        dated.sort(BY_START);
        this.events = List.copyOf(dated);
        this.undated = List.copyOf(undatedEvents);
        int n = events.size();
        startDay = new int[n];
        endDay = new int[n];
        typeOrdinal = new int[n];
        statusOrdinal = new int[n];
        precisionOrdinal = new int[n];
        int maxEnd = Integer.MIN_VALUE;
        int[] classCount = new int[CLASS_LIMITS.length];
        int[] classOf = new int[n];
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            startDay[i] = Math.toIntExact(e.date().start().toEpochDay());
            endDay[i] = Math.toIntExact(e.date().end().toEpochDay());
            typeOrdinal[i] = e.type().ordinal();
            statusOrdinal[i] = e.status().ordinal();
            precisionOrdinal[i] = e.date().precision().ordinal();
            maxEnd = Math.max(maxEnd, endDay[i]);
            int span = endDay[i] - startDay[i] + 1;
            int c = 0;
            while (span > CLASS_LIMITS[c]) {
                c++;
            }
            classOf[i] = c;
            classCount[c]++;
        }
        maxEndDay = maxEnd;
        classStart = new int[CLASS_LIMITS.length][];
        classEnd = new int[CLASS_LIMITS.length][];
        classRank = new int[CLASS_LIMITS.length][];
        classMaxSpan = new int[CLASS_LIMITS.length];
        for (int c = 0; c < CLASS_LIMITS.length; c++) {
            classStart[c] = new int[classCount[c]];
            classEnd[c] = new int[classCount[c]];
            classRank[c] = new int[classCount[c]];
        }
        int[] fill = new int[CLASS_LIMITS.length];
        for (int i = 0; i < n; i++) {
            int c = classOf[i];
            int j = fill[c]++;
            classStart[c][j] = startDay[i];
            classEnd[c][j] = endDay[i];
            classRank[c][j] = i;
            classMaxSpan[c] = Math.max(classMaxSpan[c], endDay[i] - startDay[i] + 1);
        }
        // Actors ranked by dated events, ties by name then id, so lanes are stable.
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        List<List<String>> actorIds = new ArrayList<>(n);
        for (Event e : events) {
            actorIds.add(distinctActorIds(e));
        }
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            for (String id : actorIds.get(i)) {
                counts.computeIfAbsent(id, k -> new int[1])[0]++;
            }
            for (Actor a : e.actors()) {
                names.putIfAbsent(a.entityId(), a.name());
            }
        }
        List<RankedActor> ranking = new ArrayList<>(counts.size());
        counts.forEach((id, c) -> ranking.add(new RankedActor(id, names.get(id), c[0])));
        ranking.sort(Comparator.comparingInt(RankedActor::events).reversed()
                .thenComparing(RankedActor::name).thenComparing(RankedActor::entityId));
        actorRanking = List.copyOf(ranking);
        Map<String, Integer> rankOf = new HashMap<>();
        for (int r = 0; r < ranking.size(); r++) {
            rankOf.put(ranking.get(r).entityId(), r);
        }
        actorOffset = new int[n + 1];
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += actorIds.get(i).size();
        }
        actorRank = new int[total];
        int k = 0;
        for (int i = 0; i < n; i++) {
            actorOffset[i] = k;
            int[] ranks = actorIds.get(i).stream().mapToInt(rankOf::get).sorted().toArray();
            System.arraycopy(ranks, 0, actorRank, k, ranks.length);
            k += ranks.length;
        }
        actorOffset[n] = k;
    }

    private static List<String> distinctActorIds(Event e) {
        return e.actors().stream().map(Actor::entityId).distinct().toList();
    }

    /** Prepares {@code events} (any order, dated or not) for the timeline. */
    public static TimelineModel of(List<Event> events) {
        return new TimelineModel(events);
    }

    /** Dated events, sorted by start; an index into this list is what items carry. */
    public List<Event> events() {
        return events;
    }

    /** Number of dated events. */
    public int size() {
        return events.size();
    }

    /** Events with no date, which no frame draws; the UI lists them apart. */
    public List<Event> undated() {
        return undated;
    }

    public Event event(int index) {
        return events.get(index);
    }

    /** First epoch day of the event at {@code index}. */
    public int startDay(int index) {
        return startDay[index];
    }

    /** Last epoch day (inclusive) of the event at {@code index}. */
    public int endDay(int index) {
        return endDay[index];
    }

    int typeOrdinal(int index) {
        return typeOrdinal[index];
    }

    int statusOrdinal(int index) {
        return statusOrdinal[index];
    }

    int precisionOrdinal(int index) {
        return precisionOrdinal[index];
    }

    /** First day of the earliest event, empty when nothing is dated. */
    public java.util.Optional<LocalDate> firstDay() {
        return events.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.ofEpochDay(startDay[0]));
    }

    /** Last day of the latest-ending event, empty when nothing is dated. */
    public java.util.Optional<LocalDate> lastDay() {
        return events.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.ofEpochDay(maxEndDay));
    }

    /** The longest span, in days, of any dated event. */
    public int maxSpanDays() {
        int max = 0;
        for (int s : classMaxSpan) {
            max = Math.max(max, s);
        }
        return max;
    }

    /** Actors by number of dated events, most first. */
    public List<RankedActor> actorRanking() {
        return actorRanking;
    }

    int actorFrom(int index) {
        return actorOffset[index];
    }

    int actorTo(int index) {
        return actorOffset[index + 1];
    }

    int actorRankAt(int k) {
        return actorRank[k];
    }

    /** Indices (in start order) of the events sharing at least one day with {@code first..last}. */
    public int[] intersecting(LocalDate first, LocalDate last) {
        Query q = new Query();
        int count = collect(Math.toIntExact(first.toEpochDay()), Math.toIntExact(last.toEpochDay()), q);
        int[] result = Arrays.copyOf(q.out, count + q.to - q.from);
        for (int i = q.from; i < q.to; i++) {
            result[count++] = i;
        }
        return result;
    }

    /**
     * Finds the events intersecting the epoch days {@code first..last}: those starting inside the
     * window are the contiguous index range {@code [q.from, q.to)}; those starting before it but
     * still covering {@code first} (found per span class, within its longest span) are written
     * ascending to {@code q.out}, and their count returned. All of the latter come before
     * {@code q.from}, so the two together are in start order.
     */
    int collect(int first, int last, Query q) {
        int n = events.size();
        q.from = 0;
        q.to = 0;
        if (n == 0 || last < first) {
            return 0;
        }
        q.from = lowerBound(startDay, first);
        q.to = Math.max(q.from, upperBound(startDay, last));
        int count = 0;
        for (int c = 0; c < classStart.length; c++) {
            int[] starts = classStart[c];
            if (starts.length == 0) {
                continue;
            }
            long from = (long) first - classMaxSpan[c] + 1;
            int lo = lowerBound(starts, from < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) from);
            int hi = lowerBound(starts, first);
            int[] ends = classEnd[c];
            int[] ranks = classRank[c];
            for (int j = lo; j < hi; j++) {
                if (ends[j] >= first) {
                    if (count == q.out.length) {
                        q.out = Arrays.copyOf(q.out, Math.max(16, count * 2));
                    }
                    q.out[count++] = ranks[j];
                }
            }
        }
        Arrays.sort(q.out, 0, count);
        return count;
    }

    /** First index whose start is at or after {@code day}. */
    int firstStartingAtOrAfter(int day) {
        return lowerBound(startDay, day);
    }

    static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int upperBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Reusable scratch for {@link #collect}: the events that started earlier, and the range that starts inside. */
    static final class Query {
        int[] out = new int[64];
        int from;
        int to;
    }
}
