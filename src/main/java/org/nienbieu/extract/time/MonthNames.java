package org.nienbieu.extract.time;

import java.util.Set;
import org.nienbieu.extract.time.NumericDate.Parsed;
import org.nienbieu.extract.time.NumericDate.Shape;
import org.nienbieu.extract.time.PhraseTable.Hit;

/**
 * Month numbers after {@code tháng}: digits, {@code 3/2022}, number words, Roman numerals, Giêng and
 * Chạp.
 */
final class MonthNames {

    /** Words of a rate, after which a number word is no month: "mỗi tháng hai lần". */
    private static final Set<String> RATE_WORDS = Tokens.wordSet("mỗi", "hàng", "hằng");

    private final Tokens tk;
    private final TimeVocabulary v;

    MonthNames(Tokens tk, TimeVocabulary v) {
        this.tk = tk;
        this.v = v;
    }

    /**
     * A month number at {@code k}: {end, month, year or 0}; digits, {@code 3/2022}, words, Roman
     * numerals.
     */
    int[] monthNumber(int k) {
        Parsed p = tk.num(k);
        if (p != null) {
            if (p.shape() == Shape.NUMBER && p.n()[0] >= 1 && p.n()[0] <= 12) {
                return new int[] {k + 1, p.n()[0], 0};
            }
            if (p.shape() == Shape.MONTH_YEAR && p.n()[1] >= 1000 && p.n()[1] <= 2200) {
                return new int[] {k + 1, p.n()[0], p.n()[1]};
            }
            return null;
        }
        Hit<Integer> w = v.months.longest(tk, k);
        if (w == null) {
            return null;
        }
        String first = tk.get(k).lower();
        boolean roman = first.chars().allMatch(c -> c == 'i' || c == 'v' || c == 'x');
        if (roman && !tk.get(k).capitalized()) {
            return null;
        }
        if (!tk.get(k).capitalized()) {
            // "mỗi tháng hai lần", "một tháng ba lần": a rate, not a month name
            if (tk.word(w.end(), "lần") || tk.wordIn(k - 2, RATE_WORDS) || k >= 2 && tk.get(k - 2).isNum()
                    || k >= 2 && v.numbers.longest(tk, k - 2) != null && v.numbers.longest(tk, k - 2).end() == k - 1) {
                return null;
            }
        }
        return new int[] {w.end(), w.value(), 0};
    }

}
