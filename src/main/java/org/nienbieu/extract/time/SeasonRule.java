package org.nienbieu.extract.time;

import java.util.Set;
import org.nienbieu.extract.time.PhraseTable.Hit;
import org.nienbieu.extract.time.TimeVocabulary.Shift;

/**
 * Seasons: {@code mùa hè năm nay}, {@code mùa đông 2024}, {@code mùa thu tới}; not as modifiers
 * ({@code ngân sách mùa thu}).
 */
final class SeasonRule {

    /**
     * Words before a bare {@code mùa X} that make it a time ("vào mùa thu"), not a modifier ("ngân
     * sách mùa thu").
     */
    private static final Set<String> ADVERBIAL_OPENERS = Tokens.wordSet(
            "vào", "trong", "hồi", "từ", "đến", "suốt", "sang", "đầu", "cuối", "giữa", "mỗi");

    private final Tokens tk;
    private final TimeVocabulary v;

    SeasonRule(Tokens tk, TimeVocabulary v) {
        this.tk = tk;
        this.v = v;
    }

    /** {@code mùa hè năm nay}, {@code mùa đông 2024}, {@code mùa thu tới}, {@code hè năm ngoái}. */
    Match season(int i) {
        boolean mùa = tk.word(i, "mùa");
        int k = mùa ? i + 1 : i;
        Hit<Integer> s = v.seasons.longest(tk, k);
        if (s == null || !mùa && tk.word(k, "hạ")) {
            return null;
        }
        int first = s.value();
        int e = s.end();
        if (tk.word(e, "năm")) {
            int y = tk.fourDigitYear(e + 1);
            Hit<Shift> shift = v.shifts.longest(tk, e + 1);
            if (y > 0) {
                return new Match(e + 2, new Mention.SeasonRef(first, y, null, null));
            }
            if (shift != null && !shift.value().fromAnchor()) {
                return new Match(shift.end(), new Mention.SeasonRef(first, null, shift.value().amount(), null));
            }
        }
        int y = tk.fourDigitYear(e);
        if (y > 0) {
            return new Match(e + 1, new Mention.SeasonRef(first, y, null, null));
        }
        if (tk.comingTới(e) || tk.phrase(e, "sắp", "tới") > 0) {
            return new Match(tk.word(e, "tới") ? e + 1 : e + 2, new Mention.SeasonRef(first, null, null, Tense.FORWARD));
        }
        if (tk.phrase(e, "vừa", "qua") > 0 || tk.word(e, "qua") || tk.word(e, "trước") && tk.adverbial(e + 1)) {
            return new Match(tk.word(e, "vừa") ? e + 2 : e + 1, new Mention.SeasonRef(first, null, null, Tense.BACKWARD));
        }
        if (tk.word(e, "này")) {
            return new Match(e + 1, new Mention.SeasonRef(first, null, null, Tense.NONE));
        }
        boolean adverbial = i == 0 || !tk.get(i - 1).isWord()
                || tk.wordIn(i - 1, ADVERBIAL_OPENERS);
        if (mùa && adverbial && tk.followsFreely(e)) { // not "ngân sách mùa thu", "Thế vận hội mùa hè"
            return new Match(e, new Mention.SeasonRef(first, null, null, null));
        }
        return null;
    }

}
