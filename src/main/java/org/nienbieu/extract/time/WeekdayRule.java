package org.nienbieu.extract.time;

import java.util.Set;
import org.nienbieu.extract.time.Mention.DayMonth;
import org.nienbieu.extract.time.NumericDate.Shape;
import org.nienbieu.extract.time.PhraseTable.Hit;
import org.nienbieu.extract.time.TimeVocabulary.Shift;

/**
 * Weekdays: {@code thứ Sáu}, {@code hôm Chủ nhật (23/11)}, {@code thứ Hai tuần tới}, {@code thứ 6
 * tới}; not ordinals ({@code lần thứ hai}).
 */
final class WeekdayRule {

    /** Nouns before {@code thứ hai}, {@code thứ 2} that make it an ordinal ("lần thứ hai"). */
    private static final Set<String> ORDINAL_NOUNS = Tokens.wordSet(
            "lần", "vòng", "phiên", "kỳ", "lượt", "hạng", "người", "nước", "đợt", "năm", "khóa", "nhiệm",
            "tuần", "tháng", "quý", "trận", "bước", "giai", "thế", "điều", "mục", "chương", "cuộc", "đời",
            "vị", "con", "cháu", "gia", "phần", "thứ", "lớp", "tầng", "số", "đoạn", "khoản", "hàng", "chiếc");

    private final Tokens tk;
    private final TimeVocabulary v;
    private final DateRule dates;

    WeekdayRule(Tokens tk, TimeVocabulary v, DateRule dates) {
        this.tk = tk;
        this.v = v;
        this.dates = dates;
    }


    /** {@code thứ Sáu}, {@code hôm Chủ nhật (23/11)}, {@code thứ Hai tuần tới}, {@code thứ 6 tới}. */
    Match weekday(int i) {
        Prefix pre = Prefix.read(tk, v, i);
        int j = pre.end();
        Hit<Integer> w = v.weekdays.longest(tk, j);
        if (w == null) {
            return null;
        }
        int dow = w.value();
        int end = w.end();
        if (dow != 7) {
            boolean named = tk.capitalized(j + 1);
            boolean context = pre.kind() == Prefix.Kind.TIME_OF_DAY || pre.kind() == Prefix.Kind.HOM
                    || tk.word(i - 1, "vào") || tk.word(end, "tuần") || tk.punct(end, '(') || tk.comingTới(end)
                    || tk.word(end, "này") || tk.phrase(end, "vừa", "qua") > 0
                    || tk.punct(end, ',') && tk.word(end + 1, "ngày") || tk.num(end) != null && tk.num(end).shape() != Shape.NUMBER;
            if (!named && (!context || pre.kind() == Prefix.Kind.NGAY)) {
                return null; // "ngày thứ hai", "lần thứ 2": ordinals
            }
            if (ordinalNoun(j - 1)) {
                return null;
            }
        }
        Integer weekShift = null;
        Tense forced = null;
        if (tk.word(end, "tuần")) {
            Hit<Shift> s = v.shifts.longest(tk, end + 1);
            if (s != null && !s.value().fromAnchor() && !TimeVocabulary.YEAR_ONLY_SHIFTS.contains(tk.get(end + 1).lower())) {
                weekShift = s.value().amount();
                end = s.end();
            } else if (tk.word(end + 1, "qua") || tk.phrase(end + 1, "vừa", "qua") > 0) {
                weekShift = -1;
                end = tk.word(end + 1, "qua") ? end + 2 : end + 3;
            }
        } else if (tk.comingTới(end) || tk.phrase(end, "sắp", "tới") > 0) {
            forced = Tense.FORWARD;
            end = tk.word(end, "tới") ? end + 1 : end + 2;
        } else if (tk.word(end, "này")) {
            weekShift = 0;
            end++;
        } else if (tk.phrase(end, "vừa", "qua") > 0) {
            forced = Tense.BACKWARD;
            end += 2;
        } else if (tk.word(end, "trước") && tk.adverbial(end + 1)) {
            forced = Tense.BACKWARD;
            end++;
        }
        Tense lean = tk.word(i - 1, "đến") || tk.word(i - 1, "tới") ? Tense.FORWARD : null;
        Tense own = pre.kind() == Prefix.Kind.HOM ? Tense.BACKWARD : null; // "hôm" is a day gone by
        Mention m = new Mention.Weekday(dow, weekShift, forced, own, lean);
        int k = tk.punct(end, ',') && tk.word(end + 1, "ngày") ? end + 1 : end;
        Prefix datePre = Prefix.read(tk, v, k);
        if (datePre.kind() == Prefix.Kind.NGAY || datePre.kind() == Prefix.Kind.NONE) {
            Match date = dates.dateCore(datePre.end(), true, Prefix.Kind.NONE, null);
            if (date != null && (date.mention() instanceof DayMonth)) {
                return new Match(date.end(), new Mention.Restated(m, date.mention()));
            }
        }
        return new Match(end, m);
    }

    /**
     * A noun at {@code i} that makes the next {@code thứ hai} an ordinal ("lần thứ hai"); capitalised
     * inside a sentence it ends a name ("Thổ Nhĩ Kỳ thứ Năm tuần trước") and is no such noun.
     */
    private boolean ordinalNoun(int i) {
        return tk.wordIn(i, ORDINAL_NOUNS) && (!tk.capitalized(i) || i == 0 || !tk.get(i - 1).isWord());
    }

}
