package org.nienbieu.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;

/**
 * Gives each event candidate the time expression that belongs to it: the nearest one in the same
 * clause, unless a reporting verb stands between them (in {@code Hôm 25/11, Nhà Trắng xác nhận
 * cuộc trao đổi}, the date is the confirmation's); a fronted time clause ({@code Hai ngày sau
 * (ngày 16/10), cuộc điện đàm ...}) dates the first event of the next clause. It also reads the
 * relative lead of an expression ({@code Hai ngày sau}) so that the event before can be dated,
 * and resolves {@code một tuần trước đó} against the previous date when the resolver left it.
 */
final class DateAttacher {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4),
            Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8),
            Map.entry("chín", 9), Map.entry("mười", 10), Map.entry("vài", -1));

    /** Words of a fronted time clause that are not part of the expression itself. */
    private static final java.util.Set<String> FRONT_FILLERS = java.util.Set.of("vào", "hôm", "ngày", "từ", "đến");

    void attach(SentenceView v, List<Candidate> candidates, TimeExpressionAnchor anchor) {
        List<List<Candidate>> byClause = Candidate.byClause(v, candidates);
        for (SentenceView.Time t : v.times) {
            if (!t.expression().date().isDated()) {
                continue;
            }
            Candidate target = nearestInClause(v, byClause.get(v.clause[t.from()]), t);
            if (target == null) {
                target = frontedTarget(v, byClause, t);
            }
            if (target != null && !target.date.isDated()) {
                target.date = t.expression().date();
                target.daysAfterPrevious = relativeLead(v, t);
            }
        }
        // "một tuần trước đó": resolved here when the resolver left it
        for (Candidate c : candidates) {
            if (c.date.isDated()) {
                continue;
            }
            DateSpan relative = relativeToPrevious(v, c, anchor);
            if (relative != null) {
                c.date = relative;
            }
        }
    }

    private static Candidate nearestInClause(SentenceView v, List<Candidate> inClause, SentenceView.Time t) {
        return Candidate.nearest(inClause, t.from(), t.to(),
                c -> !reportingBetween(v, Math.min(c.to(), t.to()), Math.max(c.from(), t.from())));
    }

    private static boolean reportingBetween(SentenceView v, int from, int to) {
        for (int w = from; w < to && w < from + 64; w++) {
            if (v.cueAt(w, Lexicon.Cue.REPORTING) && !v.insideTrigger(w)) {
                return true;
            }
        }
        return false;
    }

    private static Candidate frontedTarget(SentenceView v, List<List<Candidate>> byClause, SentenceView.Time t) {
        int clause = v.clause[t.from()];
        int from = v.clauseStart(clause);
        int to = v.clauseEnd(clause);
        if (to - from > t.to() - t.from() + 4) {
            return null;
        }
        for (int w = from; w < to; w++) {
            boolean inTime = w >= t.from() && w < t.to();
            if (!inTime && !FRONT_FILLERS.contains(v.words.get(w))) {
                return null;
            }
        }
        if (clause + 1 >= v.clauseCount) {
            return null;
        }
        List<Candidate> next = byClause.get(clause + 1);
        Candidate first = next.isEmpty() ? null : next.get(0);
        if (first == null || reportingBetween(v, v.clauseStart(clause + 1), first.from())) {
            return null;
        }
        return first;
    }

    /** "Hai ngày sau (ngày 16/10)" → 2: the event before happened two days earlier. */
    private static int relativeLead(SentenceView v, SentenceView.Time t) {
        if (t.to() - t.from() < 3) {
            return 0;
        }
        Integer n = number(v.words.get(t.from()));
        String unit = v.words.get(t.from() + 1);
        String dir = v.words.get(t.from() + 2);
        if (n == null || n < 0 || !"sau".equals(dir)) {
            return 0;
        }
        return switch (unit) {
            case "ngày" -> n;
            case "tuần" -> 7 * n;
            default -> 0;
        };
    }

    private static DateSpan relativeToPrevious(SentenceView v, Candidate c, TimeExpressionAnchor anchor) {
        int from = v.clauseStart(c.clause);
        int to = v.clauseEnd(c.clause);
        for (int w = Math.max(from, c.from() - 12); w + 3 < to && w < c.to() + 12; w++) {
            Integer n = number(v.words.get(w));
            String unit = v.words.get(w + 1);
            String dir = v.words.get(w + 2);
            if (n == null || n < 0 || !"đó".equals(v.words.get(w + 3))
                    || !("trước".equals(dir) || "sau".equals(dir))) {
                continue;
            }
            LocalDate base = anchor.lastDayBefore(v.article.analysis().sourceOffset(v.bounds.get(w)[0]));
            if (base == null) {
                return null;
            }
            int sign = "trước".equals(dir) ? -1 : 1;
            if ("ngày".equals(unit)) {
                return DateSpan.day(base.plusDays((long) sign * n));
            }
            if ("tuần".equals(unit)) {
                LocalDate d = base.plusWeeks((long) sign * n);
                LocalDate monday = d.with(DayOfWeek.MONDAY);
                return DateSpan.of(monday, monday.plusDays(6), Precision.WEEK);
            }
        }
        return null;
    }

    static Integer number(String word) {
        if (PhraseTrie.isNumber(word)) {
            return Integer.parseInt(word);
        }
        return NUMBERS.get(word);
    }
}
