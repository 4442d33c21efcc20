package org.nienbieu.extract.event;

import java.time.LocalDate;
import java.util.List;
import org.nienbieu.model.EventStatus;

/**
 * Decides an event's status from the words of its clause: a cancellation, postponement or
 * rejection word anywhere in the clause wins ({@code đã bị hoãn}, {@code bị ông Trump hủy bỏ});
 * otherwise a plan word before the trigger or just after it ({@code sẽ gặp}, {@code cuộc gặp dự
 * kiến}, {@code đã được lên kế hoạch}) makes it planned; otherwise an event dated after the
 * publication is planned and anything else occurred. With several events in a clause, a status
 * word belongs to the nearest trigger.
 */
final class StatusDetector {

    private static final int PLAN_WORDS_AFTER = 5;

    void detect(SentenceView v, List<Candidate> candidates, LocalDate published) {
        for (Candidate c : candidates) {
            int from = v.clauseStart(c.clause);
            int to = v.clauseEnd(c.clause);
            EventStatus terminal = null;
            boolean planned = false;
            for (int w = from; w < to; w++) {
                if (v.insideTrigger(w) && !v.cueAt(w, Lexicon.Cue.CANCELLED)) {
                    continue;
                }
                EventStatus s = null;
                if (v.cueAt(w, Lexicon.Cue.CANCELLED)) {
                    s = EventStatus.CANCELLED;
                } else if (v.cueAt(w, Lexicon.Cue.POSTPONED)) {
                    s = EventStatus.POSTPONED;
                } else if (v.cueAt(w, Lexicon.Cue.REJECTED)) {
                    s = EventStatus.REJECTED;
                }
                if (s != null && nearest(candidates, c, w)) {
                    terminal = s;
                }
                if (v.cueAt(w, Lexicon.Cue.PLANNED) && (w < c.from() || w < c.to() + PLAN_WORDS_AFTER)
                        && nearest(candidates, c, w)) {
                    planned = true;
                }
            }
            if (terminal != null) {
                c.status = terminal;
                c.statusExplicit = true;
            } else if (planned) {
                c.status = EventStatus.PLANNED;
                c.statusExplicit = true;
            } else if (c.date.isDated() && c.date.start().isAfter(published)) {
                c.status = EventStatus.PLANNED;
            } else {
                c.status = EventStatus.OCCURRED;
            }
        }
    }

    private static boolean nearest(List<Candidate> all, Candidate c, int word) {
        int mine = c.distance(word, word + 1);
        for (Candidate o : all) {
            if (o != c && o.clause == c.clause && o.distance(word, word + 1) < mine) {
                return false;
            }
        }
        return true;
    }
}
