package org.nienbieu.extract.time;

import org.nienbieu.extract.time.Mention.DayMonth;
import org.nienbieu.extract.time.Mention.Unit;
import org.nienbieu.extract.time.NumericDate.Parsed;
import org.nienbieu.extract.time.NumericDate.Shape;

/**
 * Ranges of days ({@code từ ngày 24 đến 26/10}, {@code từ 24/10 đến nay}) and lengths from a day
 * ({@code ba ngày, kể từ ngày 24/10}).
 */
final class RangeRule {

    private final Tokens tk;
    private final TimeVocabulary v;
    private final DateRule dates;
    private final MonthNames months;
    private final Counts counts;

    RangeRule(Tokens tk, TimeVocabulary v, DateRule dates, MonthNames months, Counts counts) {
        this.tk = tk;
        this.v = v;
        this.dates = dates;
        this.months = months;
        this.counts = counts;
    }

    /**
     * {@code từ ngày 24 đến 26/10}, {@code từ 24/10 đến 2/11}, {@code ngày 24 - 26/10}, {@code từ ngày
     * 1/12 đến nay}.
     */
    Match range(int i) {
        boolean from = tk.word(i, "từ");
        Prefix pre = Prefix.read(tk, v, from ? i + 1 : i);
        if (!from && pre.kind() == Prefix.Kind.NONE && !tk.wordIn(i - 1, DateRule.DATE_PREPOSITIONS)) {
            return null;
        }
        int k = pre.end();
        Parsed p = tk.num(k);
        if (p == null) {
            return null;
        }
        int startDay;
        Integer startMonth = null;
        Integer startYear = null;
        int e;
        if (p.shape() == Shape.NUMBER && p.n()[0] >= 1 && p.n()[0] <= 31) {
            startDay = p.n()[0];
            e = k + 1;
            if (tk.word(e, "tháng")) {
                int[] month = months.monthNumber(e + 1);
                if (month == null) {
                    return null;
                }
                startMonth = month[1];
                e = month[0];
            }
        } else if (p.shape() == Shape.DAY_MONTH || p.shape() == Shape.DAY_MONTH_YEAR) {
            startDay = p.n()[0];
            startMonth = p.n()[1];
            startYear = p.shape() == Shape.DAY_MONTH_YEAR ? p.n()[2] : null;
            e = k + 1;
        } else if (from && (p.shape() == Shape.DAY_DAY_MONTH || p.shape() == Shape.DAY_MONTH_DAY_MONTH)) {
            Match whole = dates.dateCore(k, true, Prefix.Kind.NONE, null); // "từ 2-3/11": the range with its "từ"
            return whole;
        } else {
            return null;
        }
        int c;
        if (tk.word(e, "đến") || tk.word(e, "tới")) {
            c = tk.word(e + 1, "hết") ? e + 2 : e + 1;
        } else if (tk.phrase(e, "cho", "đến") > 0) {
            c = e + 2;
        } else if (tk.dash(e) || (tk.word(e, "và") && pre.kind() == Prefix.Kind.NGAY)) {
            c = e + 1;
        } else {
            return null;
        }
        if (from && startMonth != null && (tk.word(c, "nay") || tk.phrase(c, "hiện", "nay") > 0)) {
            DayMonth start = new DayMonth(startDay, startMonth, startYear, null, null);
            return new Match(tk.word(c, "nay") ? c + 1 : c + 2, new Mention.UntilNow(start));
        }
        Prefix endPre = Prefix.read(tk, v, c);
        Match end = dates.dateCore(endPre.end(), true, Prefix.Kind.NONE, null);
        if (end == null || !(end.mention() instanceof DayMonth dm)) {
            return null;
        }
        if (startMonth == null && !NumericDate.validDayMonth(startDay, dm.month())) {
            return null;
        }
        return new Match(end.end(), new Mention.DayRange(startDay, startMonth, startYear, dm));
    }

    /** {@code ba ngày, kể từ ngày 24/10}, {@code 3 ngày từ 24/10}: N days from a first day. */
    Match countFrom(int i) {
        int[] count = counts.count(i);
        int[] unit = count == null ? null : counts.unit(count[0]);
        if (count == null || count[1] <= 0 || unit == null) {
            return null;
        }
        int k = unit[0];
        if (tk.punct(k, ',')) {
            k++;
        }
        if (tk.phrase(k, "kể", "từ") > 0 || tk.phrase(k, "tính", "từ") > 0) {
            k += 2;
        } else if (tk.word(k, "từ")) {
            k++;
        } else {
            return null;
        }
        Prefix pre = Prefix.read(tk, v, k);
        Match date = dates.dateCore(pre.end(), true, Prefix.Kind.NONE, null);
        if (date == null || !(date.mention() instanceof DayMonth dm)) {
            return null;
        }
        return new Match(date.end(), new Mention.CountFrom(Unit.values()[unit[1]], count[1], dm));
    }

}
