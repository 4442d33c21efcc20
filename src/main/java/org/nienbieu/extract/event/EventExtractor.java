package org.nienbieu.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nienbieu.extract.entity.ArticleEntities;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityMention;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Quote;
import org.nienbieu.model.Sentence;
import org.nienbieu.model.TimeExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the events an article reports and the quotations it carries. Sentence by sentence, trigger
 * phrases from the vocabulary become candidates; each gets its date, actors, places and status from
 * its clause; a candidate that only refers back ({@code cuộc gặp đó}, {@code Cuộc điện đàm được
 * đánh giá ...}) becomes one more mention of the most recent compatible event, a candidate with
 * details joins a compatible event of the article or starts a new one. Photo captions are skipped.
 * Immutable and thread-safe: vocabularies are loaded once and all state lives in one call.
 */
public final class EventExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(EventExtractor.class);
    private static final int RECENT_DRAFTS = 64;

    private final Lexicon lexicon = Lexicon.get();
    private final DateAttacher dates = new DateAttacher();
    private final ActorAttacher actorAttacher = new ActorAttacher();
    private final StatusDetector statusDetector = new StatusDetector();
    private final Labeler labeler = new Labeler();
    private final QuoteFinder quoteFinder = new QuoteFinder();

    public EventExtractor() {
    }

    /** Events and quotes of one article, from its resolved time expressions and recognised entities. */
    public ArticleEvents extract(Article article, List<TimeExpression> times, ArticleEntities entities) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities.entities()) {
            byId.putIfAbsent(e.id(), e); // the first with an id, as ArticleEntities.entity finds it
        }
        List<EntitySpan> spans = new ArrayList<>();
        for (EntityMention m : entities.mentions()) {
            Entity e = byId.get(m.entityId());
            if (e == null) {
                continue;
            }
            spans.add(new EntitySpan(m.entityId(), e.canonicalName(), e.kind().name(), m.role(),
                    e.country(), m.start(), m.end()));
        }
        return extract(article, times, spans);
    }

    /** The same from entity spans, for callers (and tests) that do not use the recogniser. */
    public ArticleEvents extract(Article article, List<TimeExpression> times, List<EntitySpan> entities) {
        ArticleIndex index = new ArticleIndex(article, times, entities);
        TimeExpressionAnchor anchor = new TimeExpressionAnchor(times);
        Set<Integer> captions = captionParagraphs(article);
        List<Draft> drafts = new ArrayList<>();
        List<SentenceView> views = new ArrayList<>();
        Draft undatedBefore = null;
        DateSpan previousDate = null;
        for (Sentence s : article.sentences()) {
            SentenceView v = new SentenceView(article, s, index, lexicon);
            views.add(v);
            if (captions.contains(s.paragraph())) {
                undatedBefore = null;
                previousDate = null;
                continue;
            }
            List<Candidate> candidates = candidates(v);
            dates.attach(v, candidates, anchor);
            actorAttacher.attach(v, candidates);
            resolveTypes(v, candidates);
            statusDetector.detect(v, candidates, article.published());
            dates.preferScheduled(v, candidates, article.published());
            Draft undatedNew = null;
            boolean placed = false;
            for (Candidate c : candidates) {
                Draft d = place(c, drafts, s, article.name(), previousDate);
                if (d == null) {
                    continue;
                }
                placed = true;
                if (c.daysAfterPrevious > 0 && d.date.isDated()) {
                    backdate(drafts, d, s, c.daysAfterPrevious);
                }
                if (!d.date.isDated() && d.createdInSentence == s.index()) {
                    undatedNew = d;
                }
            }
            if (!placed && undatedBefore != null) {
                dateFromNextSentence(v, undatedBefore, article.name());
            }
            undatedBefore = undatedNew;
            previousDate = lastDate(v);
        }
        List<Event> events = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Draft d : drafts) {
            Event e = toEvent(d, labeler);
            String id = unique(e.id(), taken);
            taken.add(id);
            ids.add(id);
            events.add(id.equals(e.id()) ? e : withId(e, id));
        }
        List<Quote> quotes = quoteFinder.find(article, views, drafts, ids);
        LOG.debug("{}: {} events, {} quotes", article.name(), events.size(), quotes.size());
        return new ArticleEvents(article.name(), events, quotes, Optional.of(article.published()));
    }

    private List<Candidate> candidates(SentenceView v) {
        List<Candidate> out = new ArrayList<>();
        for (SentenceView.Trig t : v.triggers) {
            if (hypothetical(v, t) || background(v, t.from()) || airportClosing(v, t)) {
                continue;
            }
            int clause = v.clause[t.from()];
            Candidate same = null;
            for (int i = out.size() - 1; i >= 0 && out.get(i).clause == clause && i >= out.size() - 8; i--) {
                Candidate c = out.get(i);
                if (sameKind(c.triggerType, t.trigger().type()) && !(isNoun(v, c.triggers.get(0)) && isNoun(v, t))) {
                    same = c;
                    break;
                }
            }
            if (same != null) {
                same.add(t);
            } else {
                out.add(new Candidate(v, clause, t));
            }
        }
        statementVerbs(v, out);
        for (Candidate c : out) {
            determine(v, c);
        }
        return out;
    }

    private static final Lexicon.Trigger DECLARATION = new Lexicon.Trigger("tuyên bố", TriggerType.STATEMENT, false,
            false, "Tuyên bố", 2);
    private static final Set<String> NOT_A_DECLARATION = Set.of("được", "bị", "các", "mọi", "với", "những", "lời");

    /**
     * "Moscow tuyên bố ngừng tham gia sáng kiến vào ngày 17-7", "văn phòng Thủ tướng sáng nay cáo buộc
     * Hamas ...": a dated declaration whose clause and complement report no other event is itself
     * the news, a statement; "tuyên bố trục xuất" is the expulsion, and an undated "ông X nói" nothing.
     */
    private static void statementVerbs(SentenceView v, List<Candidate> out) {
        if (!hasDate(v)) {
            return;
        }
        for (int w = 0; w < v.words.size(); w++) {
            if (!v.cueAt(w, Lexicon.Cue.STATEMENT_VERB) || v.insideTrigger(w) || v.quoted.get(w)
                    || w > 0 && NOT_A_DECLARATION.contains(v.words.get(w - 1))) {
                continue;
            }
            int clause = v.clause[w];
            boolean other = false;
            for (Candidate c : out) {
                other |= c.clause >= clause && c.clause <= clause + 2 && !c.referenceOnly
                        || c.clause == clause;
            }
            if (!other) {
                Candidate c = new Candidate(v, clause, new SentenceView.Trig(DECLARATION, w, w + 1));
                int at = 0;
                while (at < out.size() && out.get(at).from() < w) {
                    at++;
                }
                out.add(at, c);
                return; // one declaration per sentence
            }
        }
    }

    private static boolean hasDate(SentenceView v) {
        for (SentenceView.Time t : v.times) {
            if (t.expression().date().isDated()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameKind(TriggerType a, TriggerType b) {
        if (a == b) {
            return true;
        }
        if (a == TriggerType.ADOPT && b.adoptable() || b == TriggerType.ADOPT && a.adoptable()) {
            return true; // "thông qua gói trừng phạt": the adopted text says what was adopted
        }
        boolean aTalk = a == TriggerType.MEETING || a == TriggerType.CALL || a == TriggerType.EITHER;
        boolean bTalk = b == TriggerType.MEETING || b == TriggerType.CALL || b == TriggerType.EITHER;
        return aTalk && bTalk && (a == TriggerType.EITHER || b == TriggerType.EITHER);
    }

    private static boolean isNoun(SentenceView v, SentenceView.Trig t) {
        return v.cueAt(t.from(), Lexicon.Cue.CLASSIFIER) || v.cueEndsAt(t.from() - 1, Lexicon.Cue.CLASSIFIER);
    }

    /** "sân bay Sarvo đóng cửa", "đóng cửa sân bay": an airport closing for safety is no sanction. */
    private static boolean airportClosing(SentenceView v, SentenceView.Trig t) {
        if (t.trigger().type() != TriggerType.SANCTION || !t.trigger().phrase().equals("đóng cửa")) {
            return false;
        }
        int from = v.clauseStart(v.clause[t.from()]);
        for (int w = Math.max(from, t.from() - 6); w + 1 < Math.min(v.words.size(), t.to() + 3); w++) {
            if ("sân".equals(v.words.get(w)) && "bay".equals(v.words.get(w + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inside an anniversary clause, "đúng 10 năm sau khi Thỏa thuận Paris được thông qua": a past
     * landmark the news is measured from, not an event it tells.
     */
    static boolean background(SentenceView v, int word) {
        int from = v.clauseStart(v.clause[word]);
        for (int w = word - 1; w >= from && w >= word - 16; w--) {
            if (anniversaryOpener(v, w)) {
                return true;
            }
        }
        return false;
    }

    /** "N năm sau khi" at {@code w} (the word "khi"). */
    private static boolean anniversaryOpener(SentenceView v, int w) {
        return w >= 2 && "khi".equals(v.words.get(w)) && "sau".equals(v.words.get(w - 1)) && "năm".equals(v.words.get(w - 2));
    }

    /** "(kể) từ khi", "N năm sau khi" at {@code w} (the word "khi"): what follows is measured from, not told. */
    static boolean backgroundOpener(SentenceView v, int w) {
        return w >= 1 && "khi".equals(v.words.get(w)) && "từ".equals(v.words.get(w - 1)) || anniversaryOpener(v, w);
    }

    /** Under "nếu", "liệu" earlier in the clause, or right after "nên", "muốn", "để": not an event. */
    private static boolean hypothetical(SentenceView v, SentenceView.Trig t) {
        int start = v.clauseStart(v.clause[t.from()]);
        if (v.firstIrrealis[v.clause[t.from()]] < t.from()) {
            return true;
        }
        // "cuộc họp về (một) kế hoạch hòa bình": the plan is what the meeting is about
        int about = t.from() - 1;
        if (about >= 1 && (v.cueEndsAt(about, Lexicon.Cue.INDEFINITE) || v.cueEndsAt(about, Lexicon.Cue.GENERIC))) {
            about--;
        }
        if (about >= 1 && v.cueAt(about, Lexicon.Cue.TOPIC) && v.insideTrigger(about - 1)) {
            return true;
        }
        // "nên gặp", "để thảo luận", "để ông Putin gọi cho": at most two words, names aside, between
        int plain = 0;
        for (int w = t.from() - 1; w >= start && plain <= 2; w--) {
            if (v.cueEndsAt(w, Lexicon.Cue.LOCAL_IRREALIS)
                    && !(v.triggerAt[w] != null && v.triggerAt[w].trigger().type() == t.trigger().type())) {
                return true; // but "đề xuất kế hoạch 28 điểm" is one proposal
            }
            if (!insideEntity(v, w)) {
                plain++;
            }
        }
        return false;
    }

    /** How the trigger noun is determined: "cuộc gặp (đó)", "một cuộc gặp", "các cuộc đàm phán". */
    private static void determine(SentenceView v, Candidate c) {
        SentenceView.Trig t = c.triggers.get(0);
        int start = v.clauseStart(c.clause);
        boolean own = v.cueAt(t.from(), Lexicon.Cue.CLASSIFIER);
        boolean before = !own && t.from() - 1 >= start && v.cueEndsAt(t.from() - 1, Lexicon.Cue.CLASSIFIER);
        int head = before ? t.from() - 1 : t.from();
        c.indefinite = head - 1 >= start && v.cueEndsAt(head - 1, Lexicon.Cue.INDEFINITE)
                && !v.cueEndsAt(head - 1, Lexicon.Cue.GENERIC);
        c.generic = head - 1 >= start && v.cueEndsAt(head - 1, Lexicon.Cue.GENERIC);
        int end = v.clauseEnd(c.clause);
        for (int w = c.to(); w < Math.min(end, c.to() + 16); w++) {
            if (v.cueAt(w, Lexicon.Cue.HABITUAL)) {
                c.generic = true;
            }
        }
        c.definite = (own || before) && !c.indefinite && !c.generic;
        for (int w = c.to(); w < Math.min(end, c.to() + 4); w++) {
            if (startsEntity(v, w) || v.insideTrigger(w)) {
                break;
            }
            if (v.cueAt(w, Lexicon.Cue.DEMONSTRATIVE)) {
                c.demonstrative = true;
                break;
            }
        }
        for (int w = Math.max(start, t.from() - 4); w < t.from(); w++) { // "hai bên đã trao đổi"
            if (v.cueAt(w, Lexicon.Cue.BOTH_SIDES)) {
                c.bothSides = true;
            }
        }
    }

    private static boolean insideEntity(SentenceView v, int w) {
        return v.inEntity[w];
    }

    private static boolean startsEntity(SentenceView v, int w) {
        return v.entityAt[w] != null;
    }

    /** A call or a meeting for "trao đổi": by telephone words, a place or "trực tiếp". */
    private static void resolveTypes(SentenceView v, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.triggerType != TriggerType.EITHER) {
                c.type = c.triggerType.eventType();
                continue;
            }
            if (v.phone) {
                c.type = EventType.CALL;
            } else if (!c.places.isEmpty() || v.inPersonClause[c.clause]) {
                c.type = EventType.MEETING;
            }
        }
    }

    /**
     * Where a candidate goes: a pure reference ("cuộc gặp đó", "Kế hoạch này", "hai bên") is one more
     * mention of the most recent compatible event and brings no actors of its own; a generic plural
     * or a vague talk (no person, no place, no date: "Nga đang tiến hành các cuộc đàm phán") is only
     * kept as a reference; anything else with a person, place or distinctive object joins a
     * compatible event of the article or starts one.
     */
    /** The last dated time expression of a sentence, or null. */
    private static DateSpan lastDate(SentenceView v) {
        DateSpan last = null;
        for (SentenceView.Time t : v.times) {
            if (t.expression().date().isDated()) {
                last = t.expression().date();
            }
        }
        return last;
    }

    private Draft place(Candidate c, List<Draft> drafts, Sentence s, String article, DateSpan previousDate) {
        boolean pureReference = c.referenceOnly || c.demonstrative || c.bothSides;
        java.util.Map<String, EntitySpan> ownActors = new java.util.LinkedHashMap<>(c.actors);
        Set<String> ownPlaces = new java.util.LinkedHashSet<>(c.places);
        if (pureReference) {
            c.actors.clear();
            c.places.clear();
        }
        boolean hasActors = !c.actors.isEmpty();
        boolean hasPlace = !c.places.isEmpty();
        boolean talk = c.type == null || c.type == EventType.MEETING || c.type == EventType.CALL;
        boolean vague = talk && !c.hasPerson() && !hasPlace && !c.date.isDated();
        boolean weakGeneric = c.generic && !c.hasPerson() && !hasPlace;
        if (weakGeneric && !c.date.isDated()) {
            return null; // "các cuộc đàm phán", "một số đề xuất": talk about talks, not an event
        }
        boolean anaphoric = pureReference || weakGeneric || vague && c.definite
                || !hasActors && !hasPlace && c.objectKey == null && (c.definite || c.generic && c.date.isDated());
        boolean quoted = c.view.quoted.get(c.from());
        if (anaphoric && quoted && c.statusExplicit && c.status == EventStatus.PLANNED && !c.date.isDated()) {
            return null; // “Như vậy thì cuộc gọi sẽ rất suôn sẻ”: a speaker's hypothetical
        }
        boolean calledOff = c.statusExplicit && c.status != EventStatus.OCCURRED && c.status != EventStatus.PLANNED;
        if (anaphoric) {
            c.actors.clear(); // a reference brings no actors: the event it refers to has them
            c.places.clear();
            DateSpan own = c.date;
            if (c.status == EventStatus.REJECTED) {
                c.date = DateSpan.undated(); // a rejected proposal keeps the date it was made
            }
            Draft ref = find(c, drafts, true);
            if (ref != null) {
                if (!c.statusExplicit) {
                    c.status = null; // a bare reference tells nothing new about the status
                }
                ref.add(c, s, article);
                return ref;
            }
            c.date = own;
            if (c.status == EventStatus.REJECTED && (c.demonstrative || c.referenceOnly) && previousDate != null) {
                // "... khi phía Lusetia yêu cầu ... trung tuần tháng 7. Hà Nội đã từ chối yêu cầu này": the
                // proposal was told, undetected, in the sentence before, and was made when it says
                c.date = previousDate;
            }
            // "Hai bên nhất trí tiếp tục đàm phán vào thứ Bảy tuần tới", "bác bỏ đề nghị này": nothing
            // told before is meant; a reference that brings its own date or status tells a new event
            boolean plannedNews = c.status == EventStatus.PLANNED && !c.referenceOnly; // "hai bên sẽ ký ..."
            boolean news = !quoted && (pureReference || c.definite) && !weakGeneric && !c.indefinite
                    && (c.date.isDated() && c.date.lengthInDays() <= 31
                        || c.statusExplicit && c.status != EventStatus.OCCURRED && (calledOff || plannedNews));
            if (!news) {
                return null;
            }
            c.actors.putAll(ownActors);
            c.places.addAll(ownPlaces);
            hasActors = !c.actors.isEmpty();
            hasPlace = !c.places.isEmpty();
            vague = false;
            calledOff |= c.statusExplicit;
        }
        boolean datedDay = c.date.isDated() && c.date.lengthInDays() <= 7 && !c.generic;
        if (!hasActors && !hasPlace && c.objectKey == null && !datedDay && !calledOff || vague && c.objectKey == null) {
            return null;
        }
        if (c.generic && !c.date.isDated() && !hasPlace) {
            return null;
        }
        Draft d = find(c, drafts, false);
        if (d == null && !c.date.isDated() && !mayStartUndated(c)) {
            return null;
        }
        if (d == null) {
            d = new Draft(c.type == null ? EventType.CALL : c.type);
            d.createdInSentence = s.index();
            drafts.add(d);
        }
        if (c.type == null) {
            c.type = d.type;
        }
        d.add(c, s, article);
        return d;
    }

    /** The most recent event of the article this candidate may be (a reference or the same event). */
    private static Draft find(Candidate c, List<Draft> drafts, boolean reference) {
        Draft best = null;
        long bestScore = Long.MIN_VALUE;
        // the most recent events only: a reference reaches back a few dozen events at most
        for (Draft d : drafts.subList(Math.max(0, drafts.size() - RECENT_DRAFTS), drafts.size())) {
            if (!typeFits(c, d) || !Draft.compatible(c.date, d.date)) {
                continue;
            }
            if (c.type == null && d.visit) {
                continue; // a conversation is not a visit
            }
            if (reference && c.visit && !d.visit && hasVisit(drafts)) {
                continue; // "Việc hủy chuyến thăm": a visit told before, not the last meeting
            }
            if (!reference && c.date.isDated() && !d.date.isDated() && c.status == EventStatus.OCCURRED
                    && d.status() == EventStatus.PLANNED) {
                continue; // "ký Hiệp ước năm 2009" is not the treaty "sẽ ký" of the plan told before
            }
            if (c.objectKey != null && d.objectKey != null && !c.objectKey.equals(d.objectKey)) {
                continue;
            }
            if (!c.places.isEmpty() && !d.places.isEmpty() && !intersects(c.places, d.places)
                    && !intersects(c.places, d.placeCountries) && !intersects(c.placeCountries, d.places)) {
                continue;
            }
            if (!reference && !sameAct(c, d)) {
                continue;
            }
            if (!actorsFit(c, d, reference)) {
                continue;
            }
            // the same plan first, then the most people in common, then the most recent
            long score = (c.objectKey != null && c.objectKey.equals(d.objectKey) ? 1L << 40 : 0)
                    + ((long) shared(c, d, true) << 32) + ((long) shared(c, d, false) << 28)
                    + ((long) d.lastSentence << 12) + Math.min(d.lastWord, 4095);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean hasVisit(List<Draft> drafts) {
        for (Draft d : drafts.subList(Math.max(0, drafts.size() - RECENT_DRAFTS), drafts.size())) {
            if (d.visit) {
                return true;
            }
        }
        return false;
    }

    /** Whether an undated candidate may start an event: not "cấm" alone, not "đề nghị" addressed to a person only. */
    private static boolean mayStartUndated(Candidate c) {
        boolean onlyDated = true;
        boolean onlyToState = true;
        for (SentenceView.Trig t : c.triggers) {
            onlyDated &= t.trigger().dated();
            onlyToState &= t.trigger().toState();
        }
        if (onlyDated) {
            return false;
        }
        return !onlyToState || c.actors.values().stream().anyMatch(a -> !a.isPerson() && !a.isPlace());
    }

    /** "chặn phát sóng" is not "gói trừng phạt": a new report of the same sanction names the same measure. */
    private static boolean sameAct(Candidate c, Draft d) {
        if (c.type != EventType.SANCTION || d.label == null) {
            return true;
        }
        if (c.objectKey != null && c.objectKey.equals(d.objectKey)) {
            return true;
        }
        return c.bestTrigger().labelHead().equals(d.label.labelHead());
    }

    private static int shared(Candidate c, Draft d, boolean personsOnly) {
        int n = 0;
        for (EntitySpan a : c.actors.values()) {
            if ((!personsOnly || a.isPerson()) && sameEntity(a, d)) {
                n++;
            }
        }
        return n;
    }

    private static boolean typeFits(Candidate c, Draft d) {
        if (c.type != null) {
            return c.type == d.type;
        }
        return d.type == EventType.MEETING || d.type == EventType.CALL;
    }

    private static boolean actorsFit(Candidate c, Draft d, boolean reference) {
        if (c.actors.isEmpty() || d.actors.isEmpty()) {
            return true;
        }
        boolean cPerson = c.hasPerson();
        boolean dPerson = d.actors.values().stream().anyMatch(EntitySpan::isPerson);
        if (c.objectKey != null && c.objectKey.equals(d.objectKey)) {
            return true;
        }
        if (cPerson && dPerson) {
            for (EntitySpan a : c.actors.values()) {
                if (a.isPerson() && sameEntity(a, d)) {
                    return true;
                }
            }
            return false;
        }
        Set<String> cSides = sides(c.actors.values());
        Set<String> dSides = sides(d.actors.values());
        if (d.type != EventType.MEETING && d.type != EventType.CALL) {
            return true; // a plan's beneficiaries and sponsors mix freely; its object decides
        }
        if (!cSides.isEmpty() && !dSides.isEmpty() && !dSides.containsAll(cSides) && !cSides.containsAll(dSides)) {
            return false;
        }
        for (EntitySpan a : c.actors.values()) {
            if (sameEntity(a, d)) {
                return true;
            }
        }
        return reference || !cSides.isEmpty() && !dSides.isEmpty();
    }

    private static boolean sameEntity(EntitySpan a, Draft d) {
        if (d.actors.containsKey(a.entityId())) {
            return true;
        }
        for (EntitySpan b : d.actors.values()) {
            if (b.name().equalsIgnoreCase(a.name())) {
                return true;
            }
        }
        return false;
    }

    /** The countries taking part: a country itself, or the country of a person or body. */
    private static Set<String> sides(Iterable<EntitySpan> actors) {
        Set<String> out = new HashSet<>();
        for (EntitySpan a : actors) {
            if ("COUNTRY".equals(a.kind())) {
                out.add(a.name().toLowerCase(Locale.ROOT));
            } else {
                a.country().ifPresent(k -> out.add(k.toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equalsIgnoreCase(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Hai ngày sau (ngày 16/10), cuộc điện đàm ...": the undated talk told before was two days earlier. */
    private static void backdate(List<Draft> drafts, Draft current, Sentence s, int days) {
        Draft previous = null;
        for (Draft d : drafts.subList(Math.max(0, drafts.size() - RECENT_DRAFTS), drafts.size())) {
            if (d == current || d.date.isDated() || d.createdInSentence >= s.index()
                    || d.type != EventType.MEETING && d.type != EventType.CALL) {
                continue;
            }
            if (previous == null || d.lastSentence > previous.lastSentence) {
                previous = d;
            }
        }
        if (previous != null) {
            previous.date = DateSpan.day(current.date.start().minusDays(days));
        }
    }

    /** "Ông Dmitriev xác nhận ông đã ở Miami trong ba ngày, kể từ ngày 24/10." dates the meeting before. */
    private static void dateFromNextSentence(SentenceView v, Draft undated, String article) {
        if (undated.date.isDated()) {
            return;
        }
        boolean related = false;
        for (SentenceView.Ent e : v.entities) {
            related |= undated.actors.containsKey(e.span().entityId()) || undated.places.contains(e.span().name());
        }
        if (!related) {
            return;
        }
        for (SentenceView.Time t : v.times) {
            if (t.expression().date().isDated() && !v.quoted.get(t.from())
                    && v.firstIrrealis[v.clause[t.from()]] > t.from()) {
                undated.date = t.expression().date();
                undated.addMention(v.sentence, article);
                return;
            }
        }
    }

    private static Set<Integer> captionParagraphs(Article article) {
        Set<Integer> out = new HashSet<>();
        for (Sentence s : article.sentences()) {
            String t = s.text();
            if (t.startsWith("Ảnh:") || t.startsWith("Ảnh :") || t.contains("(Ảnh") || t.contains(". Ảnh:")
                    || t.startsWith("(Ảnh")) {
                out.add(s.paragraph());
            }
        }
        return out;
    }

    static Event toEvent(Draft d, Labeler labeler) {
        List<Actor> actors = new ArrayList<>();
        List<String> shortNames = new ArrayList<>();
        for (EntitySpan a : d.actors.values()) {
            actors.add(new Actor(a.entityId(), a.name(), a.role()));
            shortNames.add(a.isPerson() ? Labeler.shortName(a.name(), a.country()) : null);
        }
        List<String> places = new ArrayList<>(d.places);
        String head = d.label == null ? "" : d.label.labelHead();
        String label = labeler.label(d.type, head, actors, shortNames, places, d.objectKey, d.peace, d.visit);
        String id = EventIds.of(d.type, d.date, d.actors.keySet(), d.objectKey, d.places);
        return new Event(id, d.type, d.status(), d.date, actors, places, label, d.mentions);
    }

    static String unique(String id, Set<String> taken) {
        String candidate = id;
        int n = 2;
        while (taken.contains(candidate)) {
            candidate = id + "-" + n++;
        }
        return candidate;
    }

    static Event withId(Event e, String id) {
        return new Event(id, e.type(), e.status(), e.date(), e.actors(), e.places(), e.label(), e.mentions());
    }
}
