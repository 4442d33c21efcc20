package org.nienbieu.extract.time;

import java.util.Set;
import org.nienbieu.extract.time.Mention.DayMonth;
import org.nienbieu.extract.time.NumericDate.Parsed;
import org.nienbieu.extract.time.PhraseTable.Hit;
import org.nienbieu.extract.time.TimeVocabulary.Shift;

/**
 * Numeric dates: a number token ({@code 17/10}, {@code 24-26/10}, {@code 29/3/2022}), a date in
 * words ({@code 15 tháng 5 năm 2025}), a bare day after {@code ngày}/{@code hôm}, with the year and
 * direction that may follow; and whether a bare {@code d/m} is a date at all.
 */
final class DateRule {

    /** Words before a bare {@code d/m} that make it a date; they are not part of the expression. */
    static final Set<String> DATE_PREPOSITIONS = Tokens.wordSet(
            "từ", "đến", "tới", "vào", "trước", "sau", "hồi", "hết", "lúc", "trong", "tận", "qua");

    private final Tokens tk;
    private final TimeVocabulary v;
    private final MonthNames months;

    DateRule(Tokens tk, TimeVocabulary v, MonthNames months) {
        this.tk = tk;
        this.v = v;
        this.months = months;
    }

    /**
     * A date at {@code j}: a number token ({@code 17/10}, {@code 24-26/10}, {@code 29/3/2022}),
     * {@code 15 tháng 5 năm 2025}, or with a {@code ngày}/{@code hôm} prefix a bare day
     * ({@code ngày 15}); then a year ({@code năm ngoái}) and a direction ({@code tới},
     * {@code vừa qua}). {@code strong}: a prefix or a preposition already says it is a date.
     */
    Match dateCore(int j, boolean strong, Prefix.Kind kind, Tense forced) {
        Parsed p = tk.num(j);
        if (p == null) {
            return null;
        }
        int[] parts = p.n();
        return switch (p.shape()) {
            case DAY_MONTH -> strong || acceptBare(j, p)
                    ? suffixes(j + 1, new DayMonth(parts[0], parts[1], null, null, forced)) : null;
            case DAY_MONTH_YEAR -> new Match(j + 1, new DayMonth(parts[0], parts[1], parts[2], null, forced));
            case DAY_DAY_MONTH -> {
                DayMonth end = new DayMonth(parts[1], parts[2], parts.length > 3 ? parts[3] : null, null, forced);
                Match withSuffix = suffixes(j + 1, end);
                yield new Match(withSuffix.end(), new Mention.DayRange(parts[0], null, null, (DayMonth) withSuffix.mention()));
            }
            case DAY_MONTH_DAY_MONTH -> {
                DayMonth end = new DayMonth(parts[2], parts[3], parts.length > 4 ? parts[4] : null, null, forced);
                Match withSuffix = suffixes(j + 1, end);
                yield new Match(withSuffix.end(), new Mention.DayRange(parts[0], parts[1], null, (DayMonth) withSuffix.mention()));
            }
            case NUMBER -> dayNumber(j, parts[0], strong, kind, forced);
            default -> null;
        };
    }

    private Match dayNumber(int j, int day, boolean strong, Prefix.Kind kind, Tense forced) {
        if (day < 1 || day > 31) {
            return null;
        }
        if (tk.word(j + 1, "tháng")) {
            int[] month = months.monthNumber(j + 2);
            if (month != null && NumericDate.validDayMonth(day, month[1])) {
                Integer year = month[2] > 0 ? month[2] : null;
                DayMonth dm = new DayMonth(day, month[1], year, null, forced);
                boolean digits = tk.get(j + 2).isNum() || tk.capitalized(j + 2);
                if (!strong && !digits && year == null) {
                    return null;
                }
                return year != null ? new Match(month[0], dm) : suffixes(month[0], dm);
            }
            Hit<Shift> shift = v.shifts.longest(tk, j + 2);
            if ((kind == Prefix.Kind.NGAY || kind == Prefix.Kind.HOM) && shift != null && !shift.value().fromAnchor()
                    && !TimeVocabulary.YEAR_ONLY_SHIFTS.contains(tk.get(j + 2).lower())) {
                return new Match(shift.end(), new Mention.DayOfMonth(day, shift.value().amount(), forced));
            }
            return null;
        }
        if (kind != Prefix.Kind.NGAY && kind != Prefix.Kind.HOM && !tk.word(j - 1, "ngày") && !tk.word(j - 1, "hôm")) {
            return null;
        }
        if (tk.word(j - 2, "mỗi") || tk.word(j - 2, "hằng") || tk.word(j - 2, "hàng")) {
            return null;
        }
        if (tk.comingTới(j + 1)) {
            return new Match(j + 2, new Mention.DayOfMonth(day, null, Tense.FORWARD));
        }
        int vuaQua = tk.phrase(j + 1, "vừa", "qua");
        if (vuaQua > 0) {
            return new Match(vuaQua, new Mention.DayOfMonth(day, null, Tense.BACKWARD));
        }
        if (j + 1 >= tk.size() || tk.punct(j + 1, ',') || tk.punct(j + 1, '.') || tk.punct(j + 1, ';') || tk.punct(j + 1, ')')
                || tk.capitalized(j + 1)) {
            return new Match(j + 1, new Mention.DayOfMonth(day, null, forced));
        }
        return null;
    }

    /**
     * A bare {@code d/m}, with no {@code ngày} before it, is a date only with context or an
     * unambiguous shape.
     */
    private boolean acceptBare(int j, Parsed p) {
        int day = p.n()[0];
        int month = p.n()[1];
        if (tk.punct(j - 1, '(')) {
            return true;
        }
        if (tk.lastEnd() >= 0 && j == tk.lastEnd() + 1
                && (tk.punct(tk.lastEnd(), ',') || tk.word(tk.lastEnd(), "và") || tk.word(tk.lastEnd(), "hoặc") || tk.word(tk.lastEnd(), "đến"))) {
            return true; // a list or range after a date: "ngày 2/12 và 5/12"
        }
        if (tk.wordIn(j - 1, DATE_PREPOSITIONS)) {
            boolean fractionLike = !p.hyphen() && day < month;
            return !(fractionLike && !tk.followsFreely(j + 1));
        }
        if (p.hyphen()) {
            return false; // "3-1", "2-0": scores
        }
        if (day == 24 && month == 7 && !p.zeroPadded() && !(j == 0 && tk.punct(j + 1, ','))) {
            return false; // "trực 24/7", "đường dây nóng hoạt động 24/7": round the clock, unless a prefix says date
        }
        return (day >= 13 || p.zeroPadded()) && tk.followsFreely(j + 1);
    }

    /**
     * A year and a direction after a day and month: {@code năm 2025}, {@code năm ngoái}, {@code tới},
     * {@code vừa qua}.
     */
    private Match suffixes(int k, DayMonth dm) {
        if (!dm.hasYear() && tk.word(k, "năm")) {
            int y = tk.fourDigitYear(k + 1);
            if (y > 0) {
                return new Match(k + 2, new DayMonth(dm.day(), dm.month(), y, null, dm.forced()));
            }
            Hit<Shift> s = v.shifts.longest(tk, k + 1);
            if (s != null && !s.value().fromAnchor()) {
                return new Match(s.end(), new DayMonth(dm.day(), dm.month(), null, s.value().amount(), dm.forced()));
            }
        }
        if (!dm.hasYear()) {
            int sắpTới = tk.phrase(k, "sắp", "tới");
            if (sắpTới > 0) {
                return new Match(sắpTới, dm.withForced(Tense.FORWARD));
            }
            if (tk.comingTới(k)) {
                return new Match(k + 1, dm.withForced(Tense.FORWARD));
            }
            int vuaQua = tk.phrase(k, "vừa", "qua");
            if (vuaQua > 0) {
                return new Match(vuaQua, dm.withForced(Tense.BACKWARD));
            }
        }
        return new Match(k, dm);
    }

}
