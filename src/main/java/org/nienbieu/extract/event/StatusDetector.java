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
 * word belongs to the nearest trigger; a call-off that is only the predicate of its clause
 * ({@code Cuộc gặp ..., dự kiến diễn ra ngày 12/3, đã bị hoãn}) belongs to the subject, the first
 * event of the sentence.
 */
final class StatusDetector {

    private static final int PLAN_WORDS_AFTER = 5;

    void detect(SentenceView v, List<Candidate> candidates, LocalDate published) {
        List<List<Candidate>> byClause = Candidate.byClause(v, candidates);
        java.util.Map<Candidate, EventStatus> terminal = new java.util.IdentityHashMap<>();
        java.util.Set<Candidate> planned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int w = 0; w < v.words.size(); w++) {
            EventStatus s = null;
            if (v.cueAt(w, Lexicon.Cue.CANCELLED)) {
                s = EventStatus.CANCELLED;
            } else if (v.cueAt(w, Lexicon.Cue.POSTPONED)) {
                s = EventStatus.POSTPONED;
            } else if (v.cueAt(w, Lexicon.Cue.REJECTED)) {
                s = EventStatus.REJECTED;
            }
            boolean plan = v.cueAt(w, Lexicon.Cue.PLANNED) && !v.insideTrigger(w);
            if (s == null && !plan) {
                continue;
            }
            Candidate c = Candidate.nearest(byClause.get(v.clause[w]), w, w + 1, x -> true);
            if (c == null && s != null && predicateOnly(v, w) && !candidates.isEmpty() && candidates.get(0).from() < w) {
                c = candidates.get(0);
            }
            if (c == null) {
                continue;
            }
            if (s != null) {
                terminal.put(c, s);
            }
            if (plan && w < c.to() + PLAN_WORDS_AFTER) {
                planned.add(c);
            }
        }
        for (Candidate c : candidates) {
            if (terminal.containsKey(c)) {
                c.status = terminal.get(c);
                c.statusExplicit = true;
            } else if (planned.contains(c)) {
                c.status = EventStatus.PLANNED;
                c.statusExplicit = true;
            } else if (c.date.isDated() && c.date.start().isAfter(published)) {
                c.status = EventStatus.PLANNED;
            } else {
                c.status = EventStatus.OCCURRED;
            }
        }
    }

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("đã", "bị", "cũng", "đều", "vừa", "được");

    /** The status word opens its clause but for auxiliaries: the clause is a predicate without a subject. */
    private static boolean predicateOnly(SentenceView v, int w) {
        int passive = -1;
        for (int k = v.clauseStart(v.clause[w]); k < w; k++) {
            String word = v.words.get(k);
            if (AUXILIARIES.contains(word)) {
                if ("được".equals(word) || "bị".equals(word)) {
                    passive = k;
                }
                continue;
            }
            // "đã được hai bên thống nhất hoãn lại": a passive with its agent and the agent's decision
            if (passive < 0 || k - passive > PASSIVE_AGENT_WORDS || v.insideTrigger(k)) {
                return false;
            }
        }
        return true;
    }

    /** How many words an agent (and its verb of decision) may take between "được"/"bị" and the status word. */
    private static final int PASSIVE_AGENT_WORDS = 5;
}
