package org.nienbieu.extract.time;

import java.util.Set;
import org.nienbieu.extract.time.Mention.Unit;
import org.nienbieu.extract.time.NumericDate.Parsed;
import org.nienbieu.extract.time.NumericDate.Shape;
import org.nienbieu.extract.time.PhraseTable.Hit;
import org.nienbieu.extract.time.TimeVocabulary.Shift;

/**
 * Weeks, months, quarters and years, with a part or a shift: {@code tuần tới}, {@code đầu tháng này},
 * {@code quý III}, {@code cuối năm 2024}.
 */
final class PeriodRule {

    /**
     * Words before {@code 2021-2025} that make it a span of years: giai đoạn, nhiệm kỳ, khóa, niên
     * khóa, từ, trong.
     */
    private static final Set<String> YEAR_SPAN_NOUNS = Tokens.wordSet("đoạn", "kỳ", "khóa", "từ", "trong", "niên");

    /** Words of a rate, after which {@code quý} is no named quarter: "mỗi quý một lần". */
    private static final Set<String> RATE_WORDS = Tokens.wordSet("mỗi", "hàng", "hằng", "từng");

    private final Tokens tk;
    private final TimeVocabulary v;
    private final MonthNames months;
    private final Counts counts;

    PeriodRule(Tokens tk, TimeVocabulary v, MonthNames months, Counts counts) {
        this.tk = tk;
        this.v = v;
        this.months = months;
        this.counts = counts;
    }


    /**
     * Periods, optionally with a part: {@code tuần tới}, {@code đầu tháng này}, {@code quý III},
     * {@code cuối năm 2024}.
     */
    Match period(int i) {
        boolean same = tk.word(i, "cùng");
        Hit<Part> part = same ? null : v.parts.longest(tk, i);
        int j = same ? i + 1 : part == null ? i : part.end();
        Part p = part == null ? null : part.value();
        if (same) {
            int[] u = counts.unit(j);
            if (u == null || u[1] == Unit.DAY.ordinal()) {
                return null;
            }
            Unit unit = Unit.values()[u[1]];
            return new Match(u[0], unit == Unit.WEEK ? new Mention.Week(0, true)
                    : unit == Unit.MONTH ? new Mention.MonthRef(null, null, null, 0, true, null, null)
                    : new Mention.YearRef(null, 0, true, null));
        }
        if (tk.word(j, "tuần")) {
            return week(j, p);
        }
        if (tk.word(j, "tháng")) {
            return month(i, j, p);
        }
        if (tk.word(j, "quý") && p == null) {
            return quarter(j);
        }
        if (tk.word(j, "năm")) {
            return year(j, p);
        }
        if (p == null && tk.word(i, "sang") && tk.word(i + 1, "năm") && tk.fourDigitYear(i + 2) < 0 && tk.followsFreely(i + 2)) {
            return new Match(i + 2, new Mention.YearRef(null, 1, false, null)); // "sang năm": next year
        }
        if (p != null) {
            int y = tk.fourDigitYear(j);
            if (y > 0) {
                return new Match(j + 1, new Mention.YearRef(y, null, false, p)); // "đầu 2025"
            }
            return null;
        }
        Parsed years = tk.num(i);
        if (years != null && years.shape() == Shape.YEAR_YEAR && years.n()[0] >= 1000
                && tk.wordIn(i - 1, YEAR_SPAN_NOUNS)) {
            return new Match(i + 1, new Mention.YearRange(years.n()[0], years.n()[1])); // "giai đoạn 2021-2025"
        }
        int last = tk.lastEnd();
        boolean yearList = last >= 1 && i == last + 1 && tk.fourDigitYear(last - 1) > 0
                && (tk.word(last, "và") || tk.word(last, "hoặc") || tk.punct(last, ','));
        if ((yearList || tk.wordIn(i - 1, DateRule.DATE_PREPOSITIONS)) && tk.followsFreely(i + 1)) {
            // "hồi 2019", "đến 2030"; "các năm 2006 và 2017": a year listed after a year
            int y = tk.fourDigitYear(i);
            if (y >= 1900 && y <= 2100) {
                return new Match(i + 1, new Mention.YearRef(y, null, false, null));
            }
        }
        return null;
    }

    private Match week(int j, Part p) {
        int k = tk.word(j + 1, "lễ") ? j + 2 : j + 1;
        Hit<Shift> s = v.shifts.longest(tk, k);
        if (s != null && !TimeVocabulary.YEAR_ONLY_SHIFTS.contains(tk.get(k).lower()) && (!tk.word(k, "sau") || tk.periodAdverbial(k + 1))
                && (!tk.word(k, "trước") || tk.periodAdverbial(k + 1))) {
            Shift shift = s.value();
            return new Match(s.end(), p == null ? new Mention.Week(shift.amount(), shift.fromAnchor())
                    : new Mention.WeekPart(p, shift.amount(), shift.fromAnchor()));
        }
        int past = tk.word(k, "qua") ? k + 1 : tk.phrase(k, "vừa", "qua");
        if (past > 0) {
            return new Match(past, p == null ? new Mention.Window(Unit.WEEK, 1, false) : new Mention.WeekPart(p, -1, false));
        }
        if (p != null && tk.followsFreely(k)) {
            return new Match(k, new Mention.WeekPart(p, null, false));
        }
        return null;
    }



    private Match month(int i, int j, Part p) {
        int k = j + 1;
        Tense forced = tk.word(i - 1, "hồi") ? Tense.BACKWARD : null;
        int[] number = months.monthNumber(k);
        if (number != null) {
            int e = number[0];
            Integer year = number[2] > 0 ? number[2] : null;
            Integer yearShift = null;
            boolean fromAnchor = false;
            if (year == null && (tk.punct(e, '/') || tk.dash(e)) && tk.fourDigitYear(e + 1) > 0) {
                year = tk.fourDigitYear(e + 1); // "tháng 3 / 2022", "tháng III-2025"
                e += 2;
            } else if (year == null && tk.word(e, "năm")) {
                int y = tk.fourDigitYear(e + 1);
                Hit<Shift> s = v.shifts.longest(tk, e + 1);
                if (y > 0) {
                    year = y;
                    e += 2;
                } else if (s != null) {
                    yearShift = s.value().amount();
                    fromAnchor = s.value().fromAnchor();
                    e = s.end();
                } else if (tk.word(e + 1, "qua") || tk.phrase(e + 1, "vừa", "qua") > 0) {
                    yearShift = -1;
                    e = tk.word(e + 1, "qua") ? e + 2 : e + 3;
                }
            }
            if (year == null && yearShift == null) {
                if (tk.comingTới(e) || tk.phrase(e, "sắp", "tới") > 0) {
                    forced = Tense.FORWARD;
                    e = tk.word(e, "tới") ? e + 1 : e + 2;
                } else if (tk.phrase(e, "vừa", "qua") > 0) {
                    forced = Tense.BACKWARD;
                    e += 2;
                } else if (tk.word(e, "này")) {
                    yearShift = 0;
                    e++;
                }
            }
            return new Match(e, new Mention.MonthRef(number[1], year, yearShift, null, fromAnchor, p, forced));
        }
        Hit<Shift> s = v.shifts.longest(tk, k);
        if (s != null && !TimeVocabulary.YEAR_ONLY_SHIFTS.contains(tk.get(k).lower()) && (!tk.word(k, "sau") || tk.periodAdverbial(k + 1))
                && (!tk.word(k, "trước") || tk.periodAdverbial(k + 1))) {
            return new Match(s.end(), new Mention.MonthRef(null, null, null, s.value().amount(),
                    s.value().fromAnchor(), p, null));
        }
        int past = tk.word(k, "qua") ? k + 1 : tk.phrase(k, "vừa", "qua");
        if (past > 0) {
            return new Match(past, p == null ? new Mention.Window(Unit.MONTH, 1, false)
                    : new Mention.MonthRef(null, null, null, -1, false, p, null));
        }
        if (p != null && tk.followsFreely(k)) {
            return new Match(k, new Mention.MonthRef(null, null, null, null, false, p, forced));
        }
        return null;
    }

    private Match quarter(int j) {
        int k = j + 1;
        Parsed p = tk.num(k);
        int q;
        int e;
        Integer year = null;
        Integer yearShift = null;
        if (p != null && p.shape() == Shape.MONTH_YEAR && p.n()[0] <= 4) {
            q = p.n()[0];
            year = p.n()[1];
            e = k + 1;
        } else {
            Hit<Integer> h = v.quarters.longest(tk, k);
            if (h == null) {
                Hit<Shift> s = v.shifts.longest(tk, k);
                if (s != null && !s.value().fromAnchor() && !TimeVocabulary.YEAR_ONLY_SHIFTS.contains(tk.get(k).lower())) {
                    return new Match(s.end(), new Mention.QuarterRef(null, null, null, s.value().amount()));
                }
                return null;
            }
            q = h.value();
            e = h.end();
            if (!(tk.capitalized(k) && isRoman(tk.get(k).lower())) && (tk.word(e, "lần") || tk.wordIn(j - 1, RATE_WORDS))) {
                return null; // "mỗi quý một lần", "họp hằng quý hai lần": a rate, not a quarter
            }
            if ((tk.punct(e, '/') || tk.dash(e)) && e + 1 < tk.size() && tk.get(e + 1).isNum() && tk.get(e + 1).lower().length() == 4) {
                year = Integer.parseInt(tk.get(e + 1).lower()); // "quý I/2025", "quý III-2025"
                e += 2;
            } else if (tk.word(e, "năm")) {
                int y = tk.fourDigitYear(e + 1);
                Hit<Shift> s = v.shifts.longest(tk, e + 1);
                if (y > 0) {
                    year = y;
                    e += 2;
                } else if (s != null && !s.value().fromAnchor()) {
                    yearShift = s.value().amount();
                    e = s.end();
                }
            } else if (tk.word(e, "này")) {
                yearShift = 0;
                e++;
            }
        }
        return new Match(e, new Mention.QuarterRef(q, year, yearShift, null));
    }

    private Match year(int j, Part p) {
        int k = j + 1;
        Parsed range = tk.num(k);
        if (range != null && range.shape() == Shape.YEAR_YEAR) {
            return new Match(k + 1, new Mention.YearRange(range.n()[0], range.n()[1]));
        }
        int y = tk.fourDigitYear(k);
        if (y > 0) {
            int y2 = tk.dash(k + 1) ? tk.fourDigitYear(k + 2) : -1;
            if (y2 > y) {
                return new Match(k + 3, new Mention.YearRange(y, y2));
            }
            return new Match(k + 1, new Mention.YearRef(y, null, false, p));
        }
        Hit<Shift> s = v.shifts.longest(tk, k);
        if (s != null && (!tk.word(k, "sau") || tk.periodAdverbial(k + 1)) && (!tk.word(k, "trước") || tk.periodAdverbial(k + 1))) {
            return new Match(s.end(), new Mention.YearRef(null, s.value().amount(), s.value().fromAnchor(), p));
        }
        int past = tk.word(k, "qua") ? k + 1 : tk.phrase(k, "vừa", "qua");
        if (past > 0) {
            return new Match(past, p == null ? new Mention.Window(Unit.YEAR, 1, false)
                    : new Mention.YearRef(null, -1, false, p));
        }
        if (p != null && tk.followsFreely(k) && !(j > 0 && tk.capitalized(j) && tk.capitalized(k))) {
            return new Match(k, new Mention.YearRef(null, null, false, p)); // not "mở đầu Năm APEC", a name
        }
        return null;
    }

    private static boolean isRoman(String w) {
        return w.chars().allMatch(c -> c == 'i' || c == 'v' || c == 'x');
    }
}
