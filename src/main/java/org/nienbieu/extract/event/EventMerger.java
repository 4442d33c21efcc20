package org.nienbieu.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Quote;

/**
 * Merges the per-article events of a corpus, streamed: the same event reported by several articles
 * becomes one event with every mention. Two events merge when they have the same type, compatible
 * dates (overlapping, or one undated) and either a shared actor or the same distinctive object
 * ({@code 28 điểm}); among several candidates the best scored (object, actors, place, both dated)
 * wins. Events of one article are never merged here: the extractor already decided. The merged
 * event keeps the most precise date and the strongest status (cancelled, postponed, rejected,
 * occurred, planned: a plan is superseded by what became of it). Ids are a hash of the final type,
 * date and sorted actor ids, so re-runs over the same corpus give the same ids.
 */
public final class EventMerger {

    private static final Pattern POINTS = Pattern.compile("(\\d{1,4}) điểm$");

    private final List<Merged> merged = new ArrayList<>();
    private final Map<String, Merged> byArticleEvent = new HashMap<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final Map<String, Integer> headPriority = new HashMap<>();

    private static final class Merged {
        EventType type;
        final List<EventStatus> statuses = new ArrayList<>();
        DateSpan date = DateSpan.undated();
        final Map<String, Actor> actors = new LinkedHashMap<>();
        final Set<String> places = new LinkedHashSet<>();
        String objectKey;
        String label;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> articles = new LinkedHashSet<>();
        final int order;

        Merged(int order) {
            this.order = order;
        }
    }

    public EventMerger() {
        Lexicon lexicon = Lexicon.get();
        lexicon.triggerList().forEach(t -> headPriority.merge(t.labelHead(), t.labelPriority(), Math::max));
    }

    /** Adds one article's events and quotes. */
    public synchronized void add(ArticleEvents articleEvents) {
        for (Event e : articleEvents.events()) {
            Merged target = best(e, articleEvents.article());
            if (target == null) {
                target = new Merged(merged.size());
                target.type = e.type();
                merged.add(target);
            }
            absorb(target, e, articleEvents.article());
            byArticleEvent.put(articleEvents.article() + "#" + e.id(), target);
        }
        quotes.addAll(articleEvents.quotes());
    }

    /** The merged events, sorted by date (undated last, in the order first reported), with stable ids. */
    public synchronized List<Event> events() {
        return new ArrayList<>(snapshot().values());
    }

    /** Every quote, its event id pointing at the merged event. */
    public synchronized List<Quote> quotes() {
        Map<Merged, Event> events = snapshot();
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            Optional<String> id = q.eventId().map(local -> byArticleEvent.get(q.article() + "#" + local))
                    .map(m -> events.get(m).id());
            out.add(new Quote(q.article(), q.start(), q.end(), q.text(), q.speaker(), id));
        }
        return out;
    }

    private Map<Merged, Event> snapshot() {
        List<Merged> sorted = new ArrayList<>(merged);
        sorted.sort(Comparator.<Merged, Boolean>comparing(m -> !m.date.isDated())
                .thenComparing(m -> m.date.isDated() ? m.date.start() : java.time.LocalDate.MIN)
                .thenComparing(m -> m.date.isDated() ? m.date.end() : java.time.LocalDate.MIN)
                .thenComparingInt(m -> m.order));
        Map<Merged, Event> out = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (Merged m : sorted) {
            Set<String> actorIds = m.actors.keySet();
            String id = EventExtractor.unique(EventIds.of(m.type, m.date, actorIds, m.objectKey, m.places), ids);
            ids.add(id);
            EventStatus status = m.statuses.stream().max(Comparator.comparingInt(Draft::rank)).orElse(EventStatus.OCCURRED);
            out.put(m, new Event(id, m.type, status, m.date, new ArrayList<>(m.actors.values()),
                    new ArrayList<>(m.places), m.label, m.mentions));
        }
        return out;
    }

    private Merged best(Event e, String article) {
        String key = objectKey(e.label());
        Merged best = null;
        int bestScore = 0;
        for (Merged m : merged) {
            if (m.type != e.type() || m.articles.contains(article) || !Draft.compatible(m.date, e.date())) {
                continue;
            }
            if (key != null && m.objectKey != null && !key.equals(m.objectKey)) {
                continue;
            }
            boolean sameObject = key != null && key.equals(m.objectKey);
            int shared = 0;
            int sharedPersons = 0;
            for (Actor a : e.actors()) {
                if (m.actors.containsKey(a.entityId()) || hasName(m, a.name())) {
                    shared++;
                    sharedPersons += isPerson(a) ? 1 : 0;
                }
            }
            boolean bothPersons = e.actors().stream().anyMatch(EventMerger::isPerson)
                    && m.actors.values().stream().anyMatch(EventMerger::isPerson);
            if (!sameObject && (shared == 0 || bothPersons && sharedPersons == 0)) {
                continue;
            }
            int score = (sameObject ? 6 : 0) + 2 * shared;
            boolean placeShared = false;
            for (String p : e.places()) {
                placeShared |= m.places.stream().anyMatch(x -> x.equalsIgnoreCase(p));
            }
            if (placeShared) {
                score += 2;
            } else if (!e.places().isEmpty() && !m.places.isEmpty()) {
                score -= 3;
            }
            if (e.date().isDated() && m.date.isDated()) {
                score += 3;
            }
            if (score > bestScore || score == bestScore && best != null && m.order > best.order) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    /** Entity ids carry their kind as a prefix ({@code person:steve-witkoff}). */
    private static boolean isPerson(Actor a) {
        return a.entityId().startsWith("person:");
    }

    private static boolean hasName(Merged m, String name) {
        for (Actor a : m.actors.values()) {
            if (a.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private void absorb(Merged m, Event e, String article) {
        m.articles.add(article);
        m.statuses.add(e.status());
        m.date = Draft.narrower(m.date, e.date());
        for (Actor a : e.actors()) {
            if (!m.actors.containsKey(a.entityId()) && !hasName(m, a.name())) {
                m.actors.put(a.entityId(), a);
            }
        }
        m.places.addAll(e.places());
        if (m.objectKey == null) {
            m.objectKey = objectKey(e.label());
        }
        if (m.label == null || labelScore(e.label()) > labelScore(m.label)) {
            m.label = e.label();
        }
        m.mentions.addAll(e.mentions());
    }

    /** A label is as strong as its head's trigger priority, then as rich as its names. */
    private int labelScore(String label) {
        int priority = 0;
        for (Map.Entry<String, Integer> h : headPriority.entrySet()) {
            if (!h.getKey().isEmpty() && label.startsWith(h.getKey())) {
                priority = Math.max(priority, h.getValue());
            }
        }
        int names = label.split(" – ", -1).length;
        return priority * 100 + names * 10 + (label.contains(" tại ") ? 1 : 0);
    }

    private static String objectKey(String label) {
        Matcher m = POINTS.matcher(label.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) + " điểm" : null;
    }
}
