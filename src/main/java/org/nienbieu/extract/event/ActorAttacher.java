package org.nienbieu.extract.event;

import java.util.List;
import java.util.Set;

/**
 * Gives each event candidate its actors and places from the entity mentions of its sentence. A
 * mention after a locative ({@code tại}, {@code ở}, {@code thăm}, {@code tới}) is a place; a
 * media name or the subject of a reporting verb ({@code Ông Dmitriev cho biết}) is not an actor;
 * any other mention goes to the nearest trigger of its clause, and a name joined to the one before
 * by {@code và}, {@code với} or a dash goes with it. Two clause-crossing patterns are read: the
 * subject after a fronted {@code Trong/Tại cuộc X,} takes part in X, and a reporter whose
 * complement has no subject of its own ({@code ông Trump tuyên bố sẽ gặp}) is the actor.
 */
final class ActorAttacher {

    private static final Set<String> PLACE_FILLERS = Set.of("thủ", "đô", "thành", "phố", "bang", "tỉnh",
            "một", "cuộc", "họp", "riêng", "khu", "nghỉ", "dưỡng", "đảo", "vùng");
    private static final Set<String> JOINERS = Set.of("và", "với", "cùng", "giữa");
    private static final Set<String> EMPTY_SUBJECT = Set.of("sẽ", "đã", "đang", "vừa", "mới", "sắp", "ông", "bà",
            "họ", "cũng", "có", "từng");

    void attach(SentenceView v, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        List<List<Candidate>> byClause = Candidate.byClause(v, candidates);
        Candidate previousOwner = null;
        SentenceView.Ent previous = null;
        for (SentenceView.Ent e : v.entities) {
            EntitySpan span = e.span();
            if (span.isMedia()) {
                continue;
            }
            String place = placeOf(v, e, byClause.get(v.clause[e.from()]));
            if (place != null || span.isPlace() || describesNext(v, e)) {
                continue;
            }
            if (isReporter(v, e)) {
                previous = null;
                continue;
            }
            Candidate owner = null;
            if (previous != null && previousOwner != null && joined(v, previous, e)) {
                owner = previousOwner;
            }
            if (owner == null) {
                owner = Candidate.nearest(byClause.get(v.clause[e.from()]), e.from(), e.to(), c -> true);
            }
            if (owner != null) {
                owner.actors.putIfAbsent(span.entityId(), span);
            }
            previous = e;
            previousOwner = owner;
        }
        for (Candidate c : candidates) {
            duringSubject(v, c);
            reporterSubject(v, c);
            fallbackPlace(v, c);
            objectKey(v, c);
        }
    }

    /** The canonical place name when this mention is a place of some candidate, else null. */
    private static String placeOf(SentenceView v, SentenceView.Ent e, List<Candidate> inClause) {
        if ("PERSON".equals(e.span().kind())) {
            return null;
        }
        int clause = v.clause[e.from()];
        boolean afterLocative = false;
        int w = e.from() - 1;
        int skipped = 0;
        while (w >= 0 && v.clause[w] == clause && skipped <= 4) {
            if (v.cueEndsAt(w, Lexicon.Cue.LOCATIVE)) {
                afterLocative = true;
                break;
            }
            if (!PLACE_FILLERS.contains(v.words.get(w))) {
                break;
            }
            w--;
            skipped++;
        }
        boolean locative = afterLocative;
        Candidate owner = Candidate.nearest(inClause, e.from(), e.to(),
                c -> (c.triggerType == TriggerType.MEETING || c.triggerType == TriggerType.EITHER)
                        && (locative || c.visit && e.from() < c.to() + 1 && e.to() > c.from()));
        if (owner == null) {
            return null;
        }
        owner.places.add(e.span().name());
        e.span().country().ifPresent(owner.placeCountries::add);
        return e.span().name();
    }

    /** "Tổng thống Nga Vladimir Putin", "Đặc phái viên của Mỹ Steve Witkoff": the country describes the person. */
    private static boolean describesNext(SentenceView v, SentenceView.Ent e) {
        if (e.span().isPerson()) {
            return false;
        }
        if (e.from() >= 2 && "của".equals(v.words.get(e.from() - 1))) {
            SentenceView.Ent before = v.entityEndingAt[e.from() - 1];
            if (before != null && before.span().isPlace()) {
                return true; // "thủ đô Moscow của Nga"
            }
        }
        for (int k = e.to(); k <= e.to() + 2 && k < v.words.size(); k++) {
            SentenceView.Ent next = v.entityAt[k];
            if (next != null && next.span().isPerson()) {
                for (int w = e.to(); w < next.from(); w++) {
                    if (JOINERS.contains(v.words.get(w)) && !"của".equals(v.words.get(w)) || v.insideTrigger(w)) {
                        return false;
                    }
                }
                return v.clause[next.from()] == v.clause[e.from()];
            }
        }
        return false;
    }

    /** "Ông Dmitriev cho biết", "Nhà Trắng gián tiếp xác nhận": not "được đánh giá" (passive). */
    private static boolean isReporter(SentenceView v, SentenceView.Ent e) {
        int clause = v.clause[e.from()];
        int end = Math.min(v.clauseEnd(clause), e.to() + 5);
        for (int w = e.to(); w < end; w++) {
            if (v.insideTrigger(w)) {
                return false;
            }
            if (v.cueAt(w, Lexicon.Cue.REPORTING)) {
                String before = v.words.get(w - 1);
                return !"được".equals(before) && !"bị".equals(before);
            }
        }
        return false;
    }

    private static boolean joined(SentenceView v, SentenceView.Ent a, SentenceView.Ent b) {
        if (v.clause[a.to() - 1] != v.clause[b.from()]) {
            return false;
        }
        if (b.from() - a.to() > 6) {
            return false;
        }
        for (int w = a.to(); w < b.from(); w++) {
            if (v.insideTrigger(w)) {
                return false;
            }
        }
        String gap = v.gap(a.to() - 1, b.from());
        if (gap.contains("–") || gap.contains(" - ")) {
            return true;
        }
        for (int w = a.to(); w < b.from(); w++) {
            if (JOINERS.contains(v.words.get(w))) {
                return true;
            }
        }
        return false;
    }

    /** "Trong cuộc gọi với ..., ông Donald Trump ..." — the next clause's subject took part. */
    private static void duringSubject(SentenceView v, Candidate c) {
        int start = v.clauseStart(c.clause);
        if (v.cueAt(start, Lexicon.Cue.BOUNDARY) && start + 1 < v.words.size()) {
            start++; // "rằng trong cuộc gọi ..."
        }
        int first = c.from();
        boolean fronted = v.cueAt(start, Lexicon.Cue.DURING)
                && (first == start + 1 || first == start + 2 && v.cueAt(start + 1, Lexicon.Cue.CLASSIFIER));
        if (!fronted || c.clause + 1 >= v.clauseCount) {
            return;
        }
        int next = v.clauseStart(c.clause + 1);
        for (int k = next; k < Math.min(v.words.size(), next + 5); k++) {
            SentenceView.Ent e = v.entityAt[k];
            if (e != null && !e.span().isMedia() && !e.span().isPlace() && !describesNext(v, e)) {
                c.actors.putIfAbsent(e.span().entityId(), e.span());
                return;
            }
        }
    }

    /** "ông Trump tuyên bố sẽ gặp ông Putin": the reporter is the subject of the complement. */
    private static void reporterSubject(SentenceView v, Candidate c) {
        if (c.clause == 0) {
            return;
        }
        int start = v.clauseStart(c.clause);
        if (!v.cueEndsAt(start - 1, Lexicon.Cue.REPORTING)) {
            return;
        }
        String firstWord = v.words.get(start);
        boolean pronoun = ("ông".equals(firstWord) || "bà".equals(firstWord))
                && start + 1 < v.words.size() && !v.capital.get(start + 1);
        boolean empty = EMPTY_SUBJECT.contains(firstWord) && !("ông".equals(firstWord) || "bà".equals(firstWord));
        if (!pronoun && !empty && start != c.from()) {
            return;
        }
        if (start == c.from() && (c.definite || c.referenceOnly)) {
            return; // "cho biết cuộc gặp diễn ra ...": the meeting is the subject, not the reporter's act
        }
        int prevFrom = Math.max(v.clauseStart(c.clause - 1), start - 40);
        for (int k = prevFrom; k < start; k++) {
            SentenceView.Ent e = v.entityAt[k];
            if (e != null && e.span().isPerson()) {
                c.actors.putIfAbsent(e.span().entityId(), e.span());
                return;
            }
        }
    }

    /** A capitalised name after a locative that the recogniser did not know is still a place. */
    private static void fallbackPlace(SentenceView v, Candidate c) {
        if (!c.places.isEmpty() || c.triggerType != TriggerType.MEETING && c.triggerType != TriggerType.EITHER) {
            return;
        }
        int from = Math.max(v.clauseStart(c.clause), c.from() - 10);
        int to = Math.min(v.clauseEnd(c.clause), c.to() + 10);
        for (int w = from; w < to - 1; w++) {
            if (!v.cueEndsAt(w, Lexicon.Cue.LOCATIVE) || v.insideTrigger(w + 1)) {
                continue;
            }
            int a = w + 1;
            int b = a;
            while (b < to && b - a < 4 && v.capital.get(b)) {
                b++;
            }
            if (b > a && !coveredByEntity(v, a, b) && c.distance(a, b) <= 8) {
                int start = v.bounds.get(a)[0];
                int end = v.bounds.get(b - 1)[1];
                c.places.add(v.view.substring(start, end));
                return;
            }
        }
    }

    private static boolean coveredByEntity(SentenceView v, int from, int to) {
        for (int w = from; w < to; w++) {
            if (v.inEntity[w]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "kế hoạch (hòa bình) 28 điểm": the number of points identifies a plan across articles, and
     * "gói trừng phạt thứ 14" the ordinal a sanctions package.
     */
    private static void objectKey(SentenceView v, Candidate c) {
        boolean sanction = c.triggerType == TriggerType.SANCTION;
        if (c.triggerType != TriggerType.PROPOSAL && c.triggerType != TriggerType.AGREEMENT && !sanction) {
            return;
        }
        int from = v.clauseStart(c.clause);
        int to = v.clauseEnd(c.clause);
        for (int w = Math.max(from, c.from()); w + 1 < to && w < c.to() + 6; w++) {
            if (sanction) {
                if ("thứ".equals(v.words.get(w)) && PhraseTrie.isNumber(v.words.get(w + 1)) && c.objectKey == null) {
                    c.objectKey = "thứ " + v.words.get(w + 1);
                }
                continue;
            }
            if (PhraseTrie.isNumber(v.words.get(w)) && "điểm".equals(v.words.get(w + 1))) {
                c.objectKey = v.words.get(w) + " điểm";
            }
            if ("hòa".equals(v.words.get(w)) && "bình".equals(v.words.get(w + 1))) {
                c.peace = true;
            }
        }
    }
}
