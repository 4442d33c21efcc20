package org.nienbieu.extract.time;

import org.nienbieu.extract.time.NumericDate.Parsed;
import org.nienbieu.extract.time.NumericDate.Shape;
import org.nienbieu.extract.time.PhraseTable.Hit;

/**
 * A date with its prefix ({@code chiều 2/12}, {@code hôm 25/11}), and days named from the DCT or the
 * last date ({@code hôm qua}, {@code cùng ngày}).
 */
final class DayRule {

    private final Tokens tk;
    private final TimeVocabulary v;
    private final DateRule dates;

    DayRule(Tokens tk, TimeVocabulary v, DateRule dates) {
        this.tk = tk;
        this.v = v;
        this.dates = dates;
    }

    /**
     * {@code [time of day | ngày | hôm] date} and deictic days ({@code hôm qua}, {@code sáng nay},
     * {@code cùng ngày}).
     */
    Match day(int i) {
        Prefix pre = Prefix.read(tk, v, i);
        Tense forced = pre.kind() == Prefix.Kind.HOM || tk.word(i - 1, "hồi") ? Tense.BACKWARD : null;
        Match best = null;
        if (pre.kind() != Prefix.Kind.NONE) {
            best = dates.dateCore(pre.end(), true, pre.kind(), forced);
        } else {
            best = dates.dateCore(i, false, Prefix.Kind.NONE, forced);
            if (best != null && best.mention() instanceof Mention.DayOfMonth) {
                best = null;
            }
        }
        Hit<Integer> deictic = pre.kind() == Prefix.Kind.TIME_OF_DAY
                ? v.deicticAfterTimeOfDay.longest(tk, pre.timeOfDayEnd()) : v.deicticDays.longest(tk, i);
        if (deictic != null && (best == null || deictic.end() > best.end())) {
            Mention m = new Mention.Deictic(deictic.value());
            int end = deictic.end();
            Parsed p = tk.num(end);
            if (p != null && (p.shape() == Shape.DAY_MONTH || p.shape() == Shape.DAY_MONTH_YEAR)) {
                Match date = dates.dateCore(end, true, Prefix.Kind.NONE, null);
                if (date != null) {
                    return new Match(date.end(), new Mention.Restated(m, date.mention())); // "hôm nay 1/12"
                }
            }
            best = new Match(end, m);
        }
        Hit<Integer> anchored = v.anchorDays.longest(tk, pre.kind() == Prefix.Kind.TIME_OF_DAY ? pre.timeOfDayEnd() : i);
        if (anchored != null && (best == null || anchored.end() > best.end())) {
            best = new Match(anchored.end(), new Mention.AnchorDay(anchored.value()));
        }
        return best;
    }

}
