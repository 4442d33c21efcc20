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
 * cuộc trao đổi}, the date is the confirmation's; a performative {@code tuyên bố trục xuất} or a
 * statement's own {@code công bố} is no such barrier); a fronted time clause ({@code Hai ngày sau
 * (ngày 16/10), cuộc điện đàm ...}, {@code Nhân dịp ..., chiều 25/9, Tổng Bí thư, ... đã có cuộc
 * gặp}) dates the first event of the clauses after it; a candidate still undated takes the nearest
 * time expression of its sentence that no reporting verb separates from it, since a text dates an
 * event through its own sentence. It also reads the relative lead of an expression ({@code Hai ngày
 * sau}) so that the event before can be dated, resolves {@code một tuần trước đó} against the
 * previous date when the resolver left it, and gives a called-off or rejected event the date
 * scheduled after its trigger ({@code hủy chuyến thăm dự kiến từ 9/3 đến 11/3}).
 */
final class DateAttacher {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4),
            Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8),
            Map.entry("chín", 9), Map.entry("mười", 10), Map.entry("vài", -1));

    /** Words of a fronted time clause that are not part of the expression itself. */
    private static final java.util.Set<String> FRONT_FILLERS = java.util.Set.of("vào", "hôm", "ngày", "từ", "đến",
            "cũng", "trong", "hồi", "ngay", "chính");

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
        for (Candidate c : candidates) {
            if (!c.date.isDated() && !c.referenceOnly && !c.demonstrative) { // a reference is dated by what it refers to
                SentenceView.Time t = nearestInSentence(v, c);
                if (t != null) {
                    c.date = t.expression().date();
                    c.dateBorrowed = true;
                }
            }
        }
    }

    /**
     * "hủy chuyến thăm Valdoria dự kiến từ 9/3 đến 11/3": a call-off keeps the date it was scheduled
     * for; and a plan does not take a past date borrowed from another part of its sentence ("trong
     * cuộc gọi ngày 6-8, ông Trump bày tỏ ý định sớm gặp ông Putin").
     */
    void preferScheduled(SentenceView v, List<Candidate> candidates, java.time.LocalDate published) {
        for (Candidate c : candidates) {
            if (c.dateBorrowed && c.status == org.nienbieu.model.EventStatus.PLANNED && c.statusExplicit
                    && c.date.isDated() && c.date.end().isBefore(published)) {
                c.date = DateSpan.undated();
            }
            if (!c.statusExplicit || c.status == null || c.status == org.nienbieu.model.EventStatus.OCCURRED
                    || c.status == org.nienbieu.model.EventStatus.PLANNED) {
                continue;
            }
            for (SentenceView.Time t : v.times) {
                if (t.from() >= c.to() && t.expression().date().isDated() && !candidateBetween(candidates, c, t)) {
                    c.date = t.expression().date();
                    break;
                }
            }
        }
    }

    private static boolean candidateBetween(List<Candidate> candidates, Candidate c, SentenceView.Time t) {
        for (Candidate o : candidates) {
            if (o != c && o.from() >= c.to() && o.from() < t.from()) {
                return true;
            }
        }
        return false;
    }

    /** The dated expression of the sentence nearest to the candidate with no reporting verb between. */
    private static SentenceView.Time nearestInSentence(SentenceView v, Candidate c) {
        SentenceView.Time best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean statement = c.triggerType == TriggerType.STATEMENT;
        // "tối qua tuyên bố Israel và Hamas đã đạt thỏa thuận": an announced new fact takes the day it was
        // announced; a noun told as known ("xác nhận cuộc trao đổi") or hearsay ("cho biết") does not
        boolean announced = !c.definite;
        for (SentenceView.Time t : v.times) {
            if (!t.expression().date().isDated() || v.quoted.get(t.from()) && !v.quoted.get(c.from())
                    || backgroundBetween(v, Math.min(c.to(), t.to()), Math.max(c.from(), t.from()))) {
                continue;
            }
            int d = c.distance(t.from(), t.to());
            int from = Math.min(c.to(), t.to());
            int to = Math.max(c.from(), t.from());
            if (d < bestDistance && (statement || !reportingBetween(v, from, to)
                    || announced && !hearsayBetween(v, from, to))) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    private static Candidate nearestInClause(SentenceView v, List<Candidate> inClause, SentenceView.Time t) {
        return Candidate.nearest(inClause, t.from(), t.to(), c -> !backgroundBetween(v, Math.min(c.to(), t.to()),
                Math.max(c.from(), t.from())) && (c.triggerType == TriggerType.STATEMENT
                || !reportingBetween(v, Math.min(c.to(), t.to()), Math.max(c.from(), t.from()))));
    }

    /**
     * "chuyến thăm đầu tiên kể từ khi hai nước thiết lập quan hệ ngoại giao năm 1994": a date behind
     * "kể từ khi" dates the landmark, not the event before it.
     */
    private static boolean backgroundBetween(SentenceView v, int from, int to) {
        for (int w = from; w < to && w < from + 64; w++) {
            if (EventExtractor.backgroundOpener(v, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reportingBetween(SentenceView v, int from, int to) {
        for (int w = from; w < to && w < from + 64; w++) {
            if (v.cueAt(w, Lexicon.Cue.REPORTING) && !v.insideTrigger(w) && !performative(v, w)) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb between that is not an announcement ("tuyên bố", "công bố"). */
    private static boolean hearsayBetween(SentenceView v, int from, int to) {
        for (int w = from; w < to && w < from + 64; w++) {
            if (v.cueAt(w, Lexicon.Cue.REPORTING) && !v.insideTrigger(w) && !v.cueAt(w, Lexicon.Cue.STATEMENT_VERB)) {
                return true;
            }
        }
        return false;
    }

    /** "tuyên bố trục xuất", "công bố thuế đối ứng": announcing an act is doing it, unlike "xác nhận cuộc gặp". */
    private static boolean performative(SentenceView v, int w) {
        for (int k = w + 1; k < Math.min(v.words.size(), w + 4); k++) {
            if (v.insideTrigger(k)) {
                return !v.cueAt(k, Lexicon.Cue.CLASSIFIER) && !v.cueEndsAt(k - 1, Lexicon.Cue.CLASSIFIER);
            }
            String word = v.words.get(k);
            if (!"sẽ".equals(word) && !"đã".equals(word) && !v.cueEndsAt(k, Lexicon.Cue.REPORTING)
                    && !v.cueEndsAt(k, Lexicon.Cue.INDEFINITE)) {
                return false;
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
        for (int next = clause + 1; next < v.clauseCount; next++) {
            List<Candidate> inNext = byClause.get(next);
            if (!inNext.isEmpty()) {
                Candidate first = inNext.get(0);
                return reportingBetween(v, v.clauseStart(clause + 1), first.from()) ? null : first;
            }
            for (SentenceView.Time other : v.times) {
                if (v.clause[other.from()] == next) {
                    return null; // the next date opens its own part of the sentence
                }
            }
        }
        return null;
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
