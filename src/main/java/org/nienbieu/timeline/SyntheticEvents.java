package org.nienbieu.timeline;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Precision;

/**
 * Reproducible made-up events for benchmarks and tests, built directly as model records: starts
 * spread over 2015–2026, every type, mostly exact days with a realistic share of multi-day,
 * week, month, part-of-month, quarter, season and year dates and 1% undated, mostly occurred with
 * planned, cancelled, postponed and rejected ones, and one to three of a few hundred actors whose
 * popularity falls off like a news corpus (a few leaders in most events).
 */
final class SyntheticEvents {

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private SyntheticEvents() {
    }

    static List<Event> generate(int count, long seed, int actorCount) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Actor> actors = new ArrayList<>(actorCount);
        for (int a = 0; a < actorCount; a++) {
            actors.add(new Actor("person:actor-" + a, "Actor " + a, Optional.empty()));
        }
        int days = (int) (TO.toEpochDay() - FROM.toEpochDay() + 1);
        EventType[] types = EventType.values();
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = FROM.plusDays(random.nextInt(days));
            DateSpan date = date(random, day);
            EventType type = types[random.nextInt(types.length)];
            EventStatus status = status(random.nextInt(100));
            int n = 1 + random.nextInt(3);
            List<Actor> who = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                // Squaring a uniform number skews towards the first actors.
                double u = random.nextDouble();
                who.add(actors.get((int) (u * u * u * actorCount)));
            }
            String label = type.label() + " " + who.get(0).name() + (n > 1 ? " – " + who.get(1).name() : "");
            events.add(new Event(String.format("ev-%06d", i), type, status, date, who, List.of(), label, List.of()));
        }
        return events;
    }

    private static EventStatus status(int p) {
        if (p < 75) {
            return EventStatus.OCCURRED;
        }
        if (p < 87) {
            return EventStatus.PLANNED;
        }
        if (p < 92) {
            return EventStatus.CANCELLED;
        }
        return p < 97 ? EventStatus.POSTPONED : EventStatus.REJECTED;
    }

    private static DateSpan date(SplittableRandom random, LocalDate day) {
        int p = random.nextInt(100);
        if (p < 70) {
            return DateSpan.day(day);
        }
        if (p < 80) {
            return DateSpan.days(day, day.plusDays(1 + random.nextInt(4)));
        }
        if (p < 83) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            return DateSpan.of(monday, monday.plusDays(6), Precision.WEEK);
        }
        if (p < 90) {
            return DateSpan.of(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()), Precision.MONTH);
        }
        if (p < 93) {
            int part = Math.min(2, (day.getDayOfMonth() - 1) / 10);
            LocalDate first = day.withDayOfMonth(1 + part * 10);
            LocalDate last = part == 2 ? day.with(TemporalAdjusters.lastDayOfMonth()) : first.plusDays(9);
            return DateSpan.of(first, last, Precision.PART_OF_MONTH);
        }
        if (p < 95) {
            LocalDate first = day.withMonth(1 + (day.getMonthValue() - 1) / 3 * 3).withDayOfMonth(1);
            return DateSpan.of(first, first.plusMonths(3).minusDays(1), Precision.QUARTER);
        }
        if (p < 96) {
            LocalDate first = day.withDayOfMonth(1);
            return DateSpan.of(first, first.plusMonths(3).minusDays(1), Precision.SEASON);
        }
        if (p < 99) {
            return DateSpan.of(day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()), Precision.YEAR);
        }
        return DateSpan.undated();
    }
}
