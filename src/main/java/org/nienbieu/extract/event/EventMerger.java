package org.nienbieu.extract.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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
 * becomes one event with every mention. Two events merge when they have the same type, overlapping
 * dates and either a shared actor (a shared person when both name persons) or the same distinctive
 * object ({@code 28 điểm}, {@code thứ 14}); an undated report merges only on strong evidence, the
 * same object or place and a shared actor, from articles at most 60 days apart (an article's time
 * is its publication date, else the median of its dated events). Among several candidates the best
 * scored (object, actors, place) wins. Candidates are looked up by type, month and a shared actor or
 * object (dated) or type and object or place (undated), so a large corpus never compares every pair. Events of one article are never merged here: the extractor
 * already decided. The merged event keeps the most precise date and the strongest status
 * (cancelled, postponed, rejected, occurred, planned). Ids are a hash of the final type, date and
 * sorted actor ids, so re-runs over the same corpus give the same ids.
 */
public final class EventMerger {

    private static final Pattern POINTS = Pattern.compile("(\\d{1,4}) điểm$");
    private static final Pattern ORDINAL = Pattern.compile("(?:^| )(thứ \\d{1,4})(?: |$)");
    private static final long MAX_ARTICLE_GAP_DAYS = 60;
    private static final int MAX_INDEXED_MONTHS = 36;

    private final List<Merged> merged = new ArrayList<>();
    private final Map<String, Merged> byArticleEvent = new HashMap<>();
    private final List<Quote> quotes = new ArrayList<>();
    /**
     * Dated merged events by type, month and one of their actor ids, actor names (case-folded) or
     * object; those spanning more than three years by type. Two dated events merge only when they
     * share an actor or the object, so a month's other events need not be looked at: without this
     * every event was compared with all of its type and month, which grows with the corpus.
     */
    private final Map<String, List<Merged>> byMonth = new HashMap<>();
    private final Map<EventType, List<Merged>> wide = new HashMap<>();
    /** Merged events by type and object or place: what an undated report may join, and undated ones. */
    private final Map<String, List<Merged>> undatedByObject = new HashMap<>();
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
        final Set<Long> epochs = new HashSet<>();
        boolean indexedDated;
        /** The months it was indexed under when first dated; null when it was too wide. */
        List<YearMonth> months;
        /** The actor and object keys it is indexed under in each of {@link #months}. */
        final Set<String> indexedDatedKeys = new HashSet<>();
        /** Whether one of {@link #actors} is a person (actors are only ever added). */
        boolean hasPerson;
        final Set<String> indexedUndated = new HashSet<>();
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
        Long epoch = articleEvents.published().map(LocalDate::toEpochDay).orElseGet(() -> epoch(articleEvents.events()));
        for (Event e : articleEvents.events()) {
            Merged target = best(e, articleEvents.article(), epoch);
            if (target == null) {
                target = new Merged(merged.size());
                target.type = e.type();
                merged.add(target);
            }
            absorb(target, e, articleEvents.article());
            if (epoch != null) {
                target.epochs.add(epoch);
            }
            index(target);
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
        Set<String> ids = new HashSet<>();
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

    /** An article's time: the median first day of its dated events (epoch days), or null. */
    private static Long epoch(List<Event> events) {
        List<Long> days = new ArrayList<>();
        for (Event e : events) {
            if (e.date().isDated()) {
                days.add(e.date().start().toEpochDay());
            }
        }
        if (days.isEmpty()) {
            return null;
        }
        days.sort(null);
        return days.get(days.size() / 2);
    }

    private void index(Merged m) {
        if (m.date.isDated() && !m.indexedDated) {
            m.indexedDated = true;
            m.months = months(m.date);
            if (m.months == null) {
                wide.computeIfAbsent(m.type, k -> new ArrayList<>()).add(m);
            }
        }
        if (m.months != null) {
            // Actors and the object may arrive with later reports: index each new one.
            for (Actor a : m.actors.values()) {
                indexDated(m, actorKey(a.entityId()));
                indexDated(m, nameKey(a.name()));
            }
            if (m.objectKey != null) {
                indexDated(m, objectKeyKey(m.objectKey));
            }
        }
        {
            if (m.objectKey != null && m.indexedUndated.add("obj:" + m.objectKey)) {
                undatedByObject.computeIfAbsent(m.type + "|obj:" + m.objectKey, k -> new ArrayList<>()).add(m);
            }
            for (String p : m.places) {
                String k = "at:" + p.toLowerCase(Locale.ROOT);
                if (m.indexedUndated.add(k)) {
                    undatedByObject.computeIfAbsent(m.type + "|" + k, x -> new ArrayList<>()).add(m);
                }
            }
        }
    }

    private void indexDated(Merged m, String key) {
        if (m.indexedDatedKeys.add(key)) {
            for (YearMonth ym : m.months) {
                byMonth.computeIfAbsent(monthKey(m.type, ym, key), k -> new ArrayList<>()).add(m);
            }
        }
    }

    private static String monthKey(EventType type, YearMonth ym, String key) {
        return type + "|" + ym + "|" + key;
    }

    private static String actorKey(String entityId) {
        return "a:" + entityId;
    }

    private static String objectKeyKey(String objectKey) {
        return "o:" + objectKey;
    }

    /**
     * A key equal for any two names {@link String#equalsIgnoreCase} finds equal (it compares code
     * points after upper- then lower-casing), so looking names up by it misses none of them.
     */
    static String nameKey(String name) {
        StringBuilder b = new StringBuilder(name.length() + 2).append("n:");
        name.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return b.toString();
    }

    /** The months a span covers, or null when more than {@value #MAX_INDEXED_MONTHS}. */
    private static List<YearMonth> months(DateSpan d) {
        YearMonth from = YearMonth.from(d.start());
        YearMonth to = YearMonth.from(d.end());
        if (from.plusMonths(MAX_INDEXED_MONTHS).isBefore(to)) {
            return null;
        }
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
            out.add(ym);
        }
        return out;
    }

    /**
     * Every merged event {@code e} could join (some more than once: {@link #best} does not mind).
     * A dated one is found under a month of {@code e} and one of its actors or its object, as
     * {@link #best} wants one of those shared when both are dated.
     */
    private Collection<Merged> candidates(Event e, String key) {
        List<Merged> out = new ArrayList<>();
        if (e.date().isDated()) {
            List<YearMonth> months = months(e.date());
            if (months != null) {
                List<String> keys = new ArrayList<>(2 * e.actors().size() + 1);
                for (Actor a : e.actors()) {
                    keys.add(actorKey(a.entityId()));
                    keys.add(nameKey(a.name()));
                }
                if (key != null) {
                    keys.add(objectKeyKey(key));
                }
                for (YearMonth ym : months) {
                    for (String k : keys) {
                        out.addAll(byMonth.getOrDefault(monthKey(e.type(), ym, k), List.of()));
                    }
                }
            }
            out.addAll(wide.getOrDefault(e.type(), List.of()));
        }
        List<List<Merged>> keyed = new ArrayList<>();
        if (key != null) {
            keyed.add(undatedByObject.getOrDefault(e.type() + "|obj:" + key, List.of()));
        }
        for (String p : e.places()) {
            keyed.add(undatedByObject.getOrDefault(e.type() + "|at:" + p.toLowerCase(Locale.ROOT), List.of()));
        }
        for (List<Merged> list : keyed) {
            for (Merged m : list) {
                if (!e.date().isDated() || !m.date.isDated()) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private Merged best(Event e, String article, Long epoch) {
        String key = objectKey(e.label());
        boolean eHasPerson = e.actors().stream().anyMatch(EventMerger::isPerson);
        Merged best = null;
        int bestScore = 0;
        // A merged event may come up more than once: it scores the same each time, and ties go to
        // the latest order, so the result does not depend on how often or in which order.
        for (Merged m : candidates(e, key)) {
            if (m.type != e.type() || m.articles.contains(article)) {
                continue;
            }
            boolean bothDated = m.date.isDated() && e.date().isDated();
            if (bothDated && !m.date.overlaps(e.date())) {
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
            boolean bothPersons = eHasPerson && m.hasPerson;
            boolean actorsAgree = shared > 0 && (!bothPersons || sharedPersons > 0);
            boolean samePlace = sharesPlace(e, m);
            boolean namedPlan = sameObject && key.endsWith(" điểm"); // "kế hoạch 28 điểm" names one plan
            if (!bothDated && !((sameObject || samePlace) && (actorsAgree || namedPlan) && near(m, epoch))) {
                continue; // an undated report: same object or place, same actors, articles close in time
            }
            if (!sameObject && !actorsAgree) {
                continue;
            }
            int score = (sameObject ? 6 : 0) + 2 * shared;
            if (samePlace) {
                score += 2;
            } else if (!e.places().isEmpty() && !m.places.isEmpty()) {
                score -= 3;
            }
            if (bothDated) {
                score += 3;
            }
            if (score > bestScore || score == bestScore && best != null && m.order > best.order) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean sharesPlace(Event e, Merged m) {
        for (String p : e.places()) {
            for (String x : m.places) {
                if (x.equalsIgnoreCase(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(Merged m, Long epoch) {
        if (epoch == null || m.epochs.isEmpty()) {
            return true; // no time known on one side: object, place and actors decide
        }
        for (Long other : m.epochs) {
            if (Math.abs(other - epoch) <= MAX_ARTICLE_GAP_DAYS) {
                return true;
            }
        }
        return false;
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
                m.hasPerson |= isPerson(a);
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
        String lower = label.toLowerCase(Locale.ROOT);
        Matcher m = POINTS.matcher(lower);
        if (m.find()) {
            return m.group(1) + " điểm";
        }
        Matcher o = ORDINAL.matcher(lower);
        return o.find() ? o.group(1) : null;
    }
}
