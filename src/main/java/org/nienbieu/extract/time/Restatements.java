package org.nienbieu.extract.time;

import org.nienbieu.extract.time.Mention.DayMonth;
import org.nienbieu.extract.time.PhraseTable.Hit;

/**
 * What joins an expression from brackets after it: a restating date ({@code thứ Sáu (ngày 17/10)}).
 * A time-zone note ({@code sáng 3/12 (giờ địa phương)}) says which clock, not which day: it stays
 * outside.
 */
final class Restatements {

    private final Tokens tk;
    private final TimeVocabulary v;
    private final DateRule dates;

    Restatements(Tokens tk, TimeVocabulary v, DateRule dates) {
        this.tk = tk;
        this.v = v;
        this.dates = dates;
    }


    /**
     * {@code X (ngày 17/10)}: a parenthesised date restating a weekday, a deictic or a relative
     * expression joins it and wins; a weekday in brackets after a date ({@code 17/10 (thứ Sáu)})
     * joins it too, so that a disagreement can be reported.
     */
    Match restated(Match m) {
        int end = m.end();
        if (!tk.punct(end, '(')) {
            return m;
        }
        int k = end + 1;
        if (tk.word(k, "tức")) {
            k = tk.word(k + 1, "là") ? k + 2 : k + 1;
        }
        boolean isDate = m.mention() instanceof DayMonth || m.mention() instanceof Mention.DayRange
                || m.mention() instanceof Mention.Restated;
        if (!isDate) {
            Prefix pre = Prefix.read(tk, v, k);
            Match date = dates.dateCore(pre.end(), true, Prefix.Kind.NONE, null);
            if (date != null && (date.mention() instanceof DayMonth || date.mention() instanceof Mention.DayRange)
                    && tk.punct(date.end(), ')')) {
                return new Match(date.end() + 1, new Mention.Restated(m.mention(), date.mention()));
            }
            return m;
        }
        Hit<Integer> w = v.weekdays.longest(tk, k);
        if (m.mention() instanceof DayMonth dm && w != null && tk.punct(w.end(), ')')) {
            return new Match(w.end() + 1, new Mention.Restated(new Mention.Weekday(w.value(), null, null, null, null), dm));
        }
        return m;
    }


}
