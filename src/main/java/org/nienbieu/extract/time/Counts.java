package org.nienbieu.extract.time;

import java.util.Set;
import org.nienbieu.extract.time.Mention.Unit;
import org.nienbieu.extract.time.PhraseTable.Hit;

/** Counts and units of counted distances: {@code hai ngày}, {@code 3 tuần}, {@code vài năm}. */
final class Counts {

    /** Counts too vague to place: {@code vài ngày tới}, {@code những năm gần đây}. */
    static final Set<String> VAGUE_COUNTS = Tokens.wordSet("vài", "mấy", "ít", "những", "nhiều", "các", "dăm");

    private final Tokens tk;
    private final TimeVocabulary v;

    Counts(Tokens tk, TimeVocabulary v) {
        this.tk = tk;
        this.v = v;
    }

    /** A count at {@code i}: {end, value}; value -1 for a vague count ({@code vài}, {@code những}). */
    int[] count(int i) {
        int digits = tk.plainNumber(i, 1, 999);
        if (digits > 0) {
            return new int[] {i + 1, digits};
        }
        if (tk.wordIn(i, VAGUE_COUNTS)) {
            return new int[] {i + 1, -1};
        }
        Hit<Integer> words = v.numbers.longest(tk, i);
        return words == null ? null : new int[] {words.end(), words.value()};
    }

    /** A unit at {@code i}: {end, ordinal of {@link Unit}}. */
    int[] unit(int i) {
        if (tk.word(i, "ngày")) {
            return new int[] {i + 1, Unit.DAY.ordinal()};
        }
        if (tk.word(i, "tuần")) {
            return new int[] {tk.word(i + 1, "lễ") ? i + 2 : i + 1, Unit.WEEK.ordinal()};
        }
        if (tk.word(i, "tháng")) {
            return new int[] {i + 1, Unit.MONTH.ordinal()};
        }
        if (tk.word(i, "năm")) {
            return new int[] {i + 1, Unit.YEAR.ordinal()};
        }
        return null;
    }

}
