package org.nienbieu.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;

/**
 * What one clause of one sentence says about one event: its trigger phrases, how the trigger noun
 * is determined (a follow-up reference, an indefinite or a generic plural), and the status, date,
 * actors, places and distinctive object found around it. Mutable while a sentence is read.
 */
final class Candidate {

    final SentenceView view;
    final int clause;
    final List<SentenceView.Trig> triggers = new ArrayList<>();
    TriggerType triggerType;
    EventType type;
    boolean referenceOnly;
    boolean demonstrative;
    boolean definite;
    boolean indefinite;
    boolean generic;
    boolean bothSides;
    boolean visit;
    boolean peace;
    EventStatus status = EventStatus.OCCURRED;
    boolean statusExplicit;
    DateSpan date = DateSpan.undated();
    /** The date was borrowed from elsewhere in the sentence, not from the candidate's own clause. */
    boolean dateBorrowed;
    /** Days before this candidate's date that the previous undated event happened ("Hai ngày sau"). */
    int daysAfterPrevious;
    final Map<String, EntitySpan> actors = new LinkedHashMap<>();
    final Set<String> places = new LinkedHashSet<>();
    /** Countries the places lie in ({@code Tokyo} → {@code Nhật Bản}), to match a city with its country. */
    final Set<String> placeCountries = new LinkedHashSet<>();
    String objectKey;

    Candidate(SentenceView view, int clause, SentenceView.Trig first) {
        this.view = view;
        this.clause = clause;
        add(first);
    }

    void add(SentenceView.Trig t) {
        triggers.add(t);
        TriggerType tt = t.trigger().type();
        if (triggerType == null || triggerType == TriggerType.EITHER
                || triggerType == TriggerType.ADOPT && tt.adoptable()) {
            triggerType = tt;
        }
        referenceOnly = triggers.stream().allMatch(x -> x.trigger().referenceOnly());
        visit |= t.trigger().visit();
    }

    int from() {
        return triggers.get(0).from();
    }

    int to() {
        return triggers.get(triggers.size() - 1).to();
    }

    /** Word distance from a span to this candidate's triggers, 0 when they overlap. */
    int distance(int from, int to) {
        int best = Integer.MAX_VALUE;
        for (SentenceView.Trig t : triggers) {
            int d = to <= t.from() ? t.from() - to + 1 : from >= t.to() ? from - t.to() + 1 : 0;
            best = Math.min(best, d);
        }
        return best;
    }

    Lexicon.Trigger bestTrigger() {
        Lexicon.Trigger best = triggers.get(0).trigger();
        for (SentenceView.Trig t : triggers) {
            if (t.trigger().labelPriority() > best.labelPriority()) {
                best = t.trigger();
            }
        }
        return best;
    }

    /** Candidates per clause, each list in text order. */
    static List<List<Candidate>> byClause(SentenceView v, List<Candidate> candidates) {
        List<List<Candidate>> out = new ArrayList<>();
        for (int c = 0; c < v.clauseCount; c++) {
            out.add(new ArrayList<>());
        }
        for (Candidate c : candidates) {
            out.get(c.clause).add(c);
        }
        return out;
    }

    /** The candidate of a clause nearest to words {@code [from, to)}: binary search, then neighbours. */
    static Candidate nearest(List<Candidate> inClause, int from, int to, java.util.function.Predicate<Candidate> ok) {
        if (inClause.isEmpty()) {
            return null;
        }
        int lo = 0;
        int hi = inClause.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inClause.get(mid).from() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = Math.max(0, lo - 2); i < Math.min(inClause.size(), lo + 2); i++) {
            Candidate c = inClause.get(i);
            int d = c.distance(from, to);
            if (ok.test(c) && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    boolean hasPerson() {
        return actors.values().stream().anyMatch(EntitySpan::isPerson);
    }
}
