package org.nienbieu.extract.time;

import org.nienbieu.extract.time.Mention.Unit;
import org.nienbieu.extract.time.PhraseTable.Hit;
import org.nienbieu.extract.time.TimeVocabulary.Shift;

/**
 * Counted distances and windows: {@code hai ngày sau}, {@code cách đây 3 năm}, {@code 5 năm qua},
 * {@code 10 tháng đầu năm}.
 */
final class RelativeRule {

    private final Tokens tk;
    private final TimeVocabulary v;
    private final MonthNames months;
    private final Counts counts;

    RelativeRule(Tokens tk, TimeVocabulary v, MonthNames months, Counts counts) {
        this.tk = tk;
        this.v = v;
        this.months = months;
        this.counts = counts;
    }

    /**
     * Counted distances: {@code hai ngày sau}, {@code một tuần trước đó}, {@code sau đó một
     * tuần}, {@code cách đây 3 năm}, {@code 2 tuần nữa}, windows {@code 3 ngày tới},
     * {@code 5 năm qua}, and the vague {@code vài ngày tới} (undated).
     */
    Match relative(int i) {
        int lead = tk.phrase(i, "cách", "đây");
        int afterThen = tk.phrase(i, "sau", "đó");
        int beforeThen = tk.phrase(i, "trước", "đó");
        int start = lead > 0 ? lead : afterThen > 0 ? afterThen : beforeThen > 0 ? beforeThen : i;
        int[] count = counts.count(start);
        if (count == null) {
            return null;
        }
        int[] unit = counts.unit(count[0]);
        if (unit == null) {
            return null;
        }
        boolean vague = count[1] < 0;
        Unit u = Unit.values()[unit[1]];
        if (start != i) {
            if (vague) {
                return new Match(unit[0], new Mention.Undated());
            }
            int amount = afterThen > 0 ? count[1] : -count[1];
            return new Match(unit[0], new Mention.Shifted(u, amount, lead < 0));
        }
        int k = unit[0];
        if (!vague && (u == Unit.MONTH || u == Unit.DAY) && (tk.word(k, "đầu") || tk.word(k, "cuối"))
                && tk.word(k + 1, u == Unit.MONTH ? "năm" : "tháng")) {
            return leadingPart(k, u, count[1], tk.word(k, "đầu")); // "10 tháng đầu năm", "5 ngày cuối tháng"
        }
        if (vague && tk.word(k, "và")) {
            int[] second = counts.unit(k + 1); // "những ngày và tuần tới"
            if (second != null) {
                k = second[0];
            }
        }
        int end;
        Mention m;
        if ((end = tk.phrase(k, "sau", "đó")) > 0) {
            m = new Mention.Shifted(u, count[1], true);
        } else if ((end = tk.phrase(k, "trước", "đó")) > 0) {
            m = new Mention.Shifted(u, -count[1], true);
        } else if (tk.word(k, "sau") && tk.adverbial(k + 1)) {
            end = k + 1;
            m = new Mention.Shifted(u, count[1], true);
        } else if (tk.word(k, "trước") && tk.adverbial(k + 1)) {
            end = k + 1;
            m = new Mention.Shifted(u, -count[1], true);
        } else if ((tk.word(k, "sau") || tk.word(k, "trước")) && EventPhrases.anaphor(tk, k + 1)) {
            end = k + 1; // "Ba ngày trước cuộc gặp, ...": the span leaves the event out
            m = new Mention.FromEvent(u, tk.word(k, "sau") ? count[1] : -count[1]);
        } else if (tk.word(k, "nữa")) {
            end = k + 1;
            m = new Mention.Shifted(u, count[1], false);
        } else if ((end = tk.phrase(k, "sắp", "tới")) > 0 || (end = tk.phrase(k, "tiếp", "theo")) > 0
                || (end = tk.phrase(k, "tới", "đây")) > 0 || tk.comingTới(k) && (end = k + 1) > 0) {
            m = new Mention.Window(u, count[1], true);
        } else if ((end = tk.phrase(k, "vừa", "qua")) > 0 || (end = tk.phrase(k, "gần", "đây")) > 0
                || (end = tk.phrase(k, "gần", "nhất")) > 0 || (end = tk.phrase(k, "trở", "lại", "đây")) > 0
                || tk.word(k, "qua") && (end = k + 1) > 0) {
            m = new Mention.Window(u, count[1], false);
        } else {
            return null;
        }
        return new Match(end, vague ? new Mention.Undated() : m);
    }

    /** {@code 10 tháng đầu năm nay}, {@code 5 ngày cuối tháng 3}: the first or last N units of a period. */
    private Match leadingPart(int k, Unit u, int count, boolean first) {
        int p = k + 2;
        if (u == Unit.MONTH) {
            int y = tk.fourDigitYear(p);
            Hit<Shift> s = v.shifts.longest(tk, p);
            if (y > 0) {
                return new Match(p + 1, new Mention.PartOfPeriod(u, count, first, y, null, null));
            }
            if (s != null && !s.value().fromAnchor()) {
                return new Match(s.end(), new Mention.PartOfPeriod(u, count, first, null, s.value().amount(), null));
            }
            return new Match(p, new Mention.PartOfPeriod(u, count, first, null, 0, null));
        }
        int[] month = months.monthNumber(p);
        if (month != null) {
            Integer y = month[2] > 0 ? month[2] : null;
            return new Match(month[0], new Mention.PartOfPeriod(u, count, first, y, null, month[1]));
        }
        Hit<Shift> s = v.shifts.longest(tk, p);
        if (s != null && !s.value().fromAnchor() && !TimeVocabulary.YEAR_ONLY_SHIFTS.contains(tk.get(p).lower())) {
            return new Match(s.end(), new Mention.PartOfPeriod(u, count, first, null, s.value().amount(), null));
        }
        return new Match(p, new Mention.PartOfPeriod(u, count, first, null, 0, null));
    }

}
