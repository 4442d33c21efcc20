package org.nienbieu.extract.event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Quote;
import org.nienbieu.model.Ranked;

/**
 * Merges the per-article events of a corpus, streamed: the same event reported by several articles
 * becomes one event with every mention. Two events merge when they have the same type, overlapping
 * dates and either a shared actor (a shared person when both name persons) or the same distinctive
 * object ({@code 28 điểm}, {@code thứ 14}); an undated report merges only on strong evidence, the
 * same object or place and a shared actor, from articles at most 60 days apart (an article's time
 * is its publication date, else the median of its dated events). Among several candidates the best
 * scored (object, actors, place) wins. Candidates are looked up by type, month and a shared actor or
 * object (dated) or type and object or place (undated), so a large corpus never compares every pair.
 * Events of one article are never merged here: the extractor already decided. The merged event
 * keeps the most precise date and the strongest status (cancelled, postponed, rejected, occurred,
 * planned). Ids are a hash of the final type, date and sorted actor ids, so re-runs over the same
 * corpus give the same ids.
 *
 * <p>Lean, as it holds a whole corpus: a merged event keeps what merging needs (its strongest
 * status, date, actors, places, object, label) in small arrays, actors and repeated strings are
 * shared, articles are numbers, and a mention or quote is an article number, offsets and a
 * reference to its text, kept once as UTF-8 in large shared chunks. {@link Event}s and
 * {@link Quote}s are built only when asked for, and {@link #iterateEvents()} and
 * {@link #iterateQuotes()} build them one at a time, so a caller that writes them out never holds
 * them all.
 */
public final class EventMerger {

    private static final Pattern POINTS = Pattern.compile("(\\d{1,4}) điểm$");
    private static final Pattern ORDINAL = Pattern.compile("(?:^| )(thứ \\d{1,4})(?: |$)");
    private static final long MAX_ARTICLE_GAP_DAYS = 60;
    private static final int MAX_INDEXED_MONTHS = 36;
    private static final int SHORT_SPAN_DAYS = 31;
    private static final EventType[] TYPES = EventType.values();
    /** Added to epoch days in ranks: every date from year 1 on is then positive, in seven digits. */
    private static final long EPOCH_SHIFT = 1_000_000;

    private final List<Merged> merged = new ArrayList<>();
    /** Article names by number, and back: mentions, quotes and merged events refer to articles by number. */
    private final List<String> articleNames = new ArrayList<>();
    private final Map<String, Integer> articleNumbers = new HashMap<>();
    /** One instance of each actor and of each place, label and object, however many events name it. */
    private final Map<Actor, Actor> actorPool = new HashMap<>();
    private final Map<String, String> stringPool = new HashMap<>();
    private final Texts texts = new Texts();
    private final List<CompactQuote> quotes = new ArrayList<>();
    /**
     * Dated merged events of more than {@value #SHORT_SPAN_DAYS} days by type, month and one of their
     * actor ids, actor names (case-folded) or object; those spanning more than three years by type.
     * Two dated events merge only when they share an actor or the object, so a month's other events
     * need not be looked at: without this every event was compared with all of its type and month,
     * which grows with the corpus. The key packs the type, the month and the number of the actor or
     * object key ({@link #keyNumbers}); the value is the event's {@link Merged#order}.
     */
    private final LongIntMultimap byMonth = new LongIntMultimap();
    /**
     * Dated merged events of at most {@value #SHORT_SPAN_DAYS} days (most of them), kept apart:
     * by type, day and key, for reports of a few days, which then look at their own days only, not
     * at a whole month's events of a busy actor (that grew with the corpus); and by type, month and
     * key, for reports of longer spans. {@link #byMonth} then holds the longer events only.
     */
    private final LongIntMultimap shortByDay = new LongIntMultimap();
    private final LongIntMultimap shortByMonth = new LongIntMultimap();
    private final Map<String, Integer> keyNumbers = new HashMap<>();
    private final Map<EventType, List<Merged>> wide = new HashMap<>();
    /** Merged events by type and object or place: what an undated report may join, and undated ones. */
    private final Map<String, List<Merged>> undatedByObject = new HashMap<>();
    /**
     * The same, by the time of the articles that reported them too, in buckets of
     * {@value #MAX_ARTICLE_GAP_DAYS} + 1 days: a report and an event not both dated join only when
     * their articles are that close in time, so a report with a time looks in three buckets, not
     * at every event of a busy place (that grew with the corpus). Events with no article time yet
     * are kept apart, in {@link #timeless}, as they may join any report.
     */
    private final Map<String, List<Merged>> undatedByTime = new HashMap<>();
    /**
     * The entries of {@link #undatedByObject} and {@link #undatedByTime} of events undated when
     * entered, all a dated report may join there: it then need not walk past every dated event of a
     * busy place (most of them, and more as the corpus grows). An event dated later stays, and is
     * passed over; a date is never lost, so no event dated when entered is missed.
     */
    private final Map<String, List<Merged>> stillUndatedByObject = new HashMap<>();
    private final Map<String, List<Merged>> stillUndatedByTime = new HashMap<>();
    private final Map<String, List<Merged>> timeless = new HashMap<>();
    private final Map<String, Integer> headPriority = new HashMap<>();
    /** The merged events in output order with their ids, as of {@link #orderedAt} adds. */
    private List<Merged> ordered;
    private int adds;
    private int orderedAt = -1;

    private static final Actor[] NO_ACTORS = {};
    private static final String[] NO_STRINGS = {};
    private static final int[] NO_INTS = {};
    private static final long[] NO_LONGS = {};

    private static final class Merged {
        final EventType type;
        /** The strongest status reported, null before the first report. */
        EventStatus status;
        DateSpan date = DateSpan.undated();
        /** Distinct by entity id and by name (ignoring case), in the order first reported. */
        Actor[] actors = NO_ACTORS;
        int actorCount;
        /** Distinct, in the order first reported. */
        String[] places = NO_STRINGS;
        int placeCount;
        String objectKey;
        String label;
        /** {@link #labelScore} of {@link #label}. */
        int labelScore;
        /** Per mention: article number, start, end; and its text in {@link #mentionTexts}. */
        int[] mentions = NO_INTS;
        long[] mentionTexts = NO_LONGS;
        int mentionCount;
        /** The numbers of the articles that reported it, distinct. */
        int[] articles = NO_INTS;
        int articleCount;
        /** The times (epoch days) of the articles that reported it, distinct. */
        int[] epochs = NO_INTS;
        int epochCount;
        boolean indexedDated;
        /** The first month it was indexed under when first dated, and how many; -1 when too wide. */
        int firstMonth = -1;
        int monthCount;
        /**
         * Whether it spanned at most {@link #SHORT_SPAN_DAYS} when first dated; then the days (epoch
         * days, every one its spans have covered since) it is indexed under by day.
         */
        boolean shortSpan;
        int dayLo;
        int dayHi;
        /** How many of its actors, and whether its object, are indexed under each of its months. */
        int datedActorsIndexed;
        boolean datedObjectIndexed;
        /** How many of its places, and whether its object, are indexed for undated reports. */
        int undatedPlacesIndexed;
        boolean undatedObjectIndexed;
        /** How many of its article times are indexed in {@link #undatedByTime}. */
        int undatedEpochsIndexed;
        /** Whether one of {@link #actors} is a person (actors are only ever added). */
        boolean hasPerson;
        /** Its place in {@link #merged}: the order in which events were first reported. */
        final int order;
        /** The article whose report made it, and how many merged events that report made before it. */
        final int creator;
        final int creatorLocal;
        /** Its id in the last {@link #ordered()}. */
        String id;

        Merged(int order, EventType type, int creator, int creatorLocal) {
            this.order = order;
            this.type = type;
            this.creator = creator;
            this.creatorLocal = creatorLocal;
        }

        boolean hasArticle(int article) {
            for (int i = articleCount - 1; i >= 0; i--) {
                if (articles[i] == article) {
                    return true;
                }
            }
            return false;
        }

        boolean hasActorId(String entityId) {
            for (int i = 0; i < actorCount; i++) {
                if (actors[i].entityId().equals(entityId)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasName(String name) {
            for (int i = 0; i < actorCount; i++) {
                if (actors[i].name().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasPlace(String place) {
            for (int i = 0; i < placeCount; i++) {
                if (places[i].equals(place)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A quote as kept: its article by number, its text by reference, its event as merged. */
    private record CompactQuote(int article, int start, int end, long text, Actor speaker, Merged event,
                                int creator, int creatorLocal) {
    }

    public EventMerger() {
        Lexicon lexicon = Lexicon.get();
        lexicon.triggerList().forEach(t -> headPriority.merge(t.labelHead(), t.labelPriority(), Math::max));
    }

    /** Adds one article's events and quotes. */
    public synchronized void add(ArticleEvents articleEvents) {
        adds++;
        int article = articleNumber(articleEvents.article());
        Long epoch = articleEvents.published().map(LocalDate::toEpochDay).orElseGet(() -> epoch(articleEvents.events()));
        // The article's own events by their local id, for its quotes; a later event of the same id wins.
        Map<String, Merged> byLocalId = new HashMap<>();
        Map<Long, Long> sentenceTexts = new HashMap<>();
        int created = 0;
        for (Event e : articleEvents.events()) {
            String key = objectKey(e.label());
            Merged target = best(e, key, article, epoch);
            if (target == null) {
                target = new Merged(merged.size(), e.type(), article, created++);
                merged.add(target);
            }
            absorb(target, e, key, article, sentenceTexts);
            if (epoch != null) {
                addEpoch(target, epoch.intValue());
            }
            index(target);
            byLocalId.put(e.id(), target);
        }
        int quoted = 0;
        for (Quote q : articleEvents.quotes()) {
            // Quotes belong to the article they come with, so their event ids are that article's.
            Merged event = q.eventId().map(byLocalId::get).orElse(null);
            quotes.add(new CompactQuote(articleNumber(q.article()), q.start(), q.end(), texts.put(q.text()),
                    q.speaker().map(this::pooled).orElse(null), event, article, quoted++));
        }
    }

    /** The merged events, sorted by date (undated last, in the order first reported), with stable ids. */
    public synchronized List<Event> events() {
        List<Event> out = new ArrayList<>(merged.size());
        iterateEvents().forEachRemaining(out::add);
        return out;
    }

    /** Every quote, its event id pointing at the merged event. */
    public synchronized List<Quote> quotes() {
        List<Quote> out = new ArrayList<>(quotes.size());
        iterateQuotes().forEachRemaining(out::add);
        return out;
    }

    /** How many events {@link #events()} would give, without building them. */
    public synchronized int eventCount() {
        return merged.size();
    }

    /**
     * The events of {@link #events()}, in the same order with the same ids, each built only when
     * the iterator reaches it. Adding articles while iterating is not allowed.
     */
    public synchronized Iterator<Event> iterateEvents() {
        return lazily(ordered(), this::event);
    }

    /**
     * The events of {@link #iterateEvents()} with their ranks. An event's rank is its date, then the
     * name of the article that first reported it and its place among that report's new events: the
     * same order as {@link #events()} when articles are added in name order (as an ingest adds them),
     * and a rank that other articles, coming or going, leave alone.
     */
    public synchronized Iterator<Ranked<Event>> iterateRankedEvents() {
        return lazily(ordered(), m -> new Ranked<>(rank(m), event(m)));
    }

    /** The quotes of {@link #iterateQuotes()} with their ranks: their article's name and place in it. */
    public synchronized Iterator<Ranked<Quote>> iterateRankedQuotes() {
        ordered();
        return lazily(quotes, q -> new Ranked<>(rank(articleNames.get(q.creator()), q.creatorLocal()), quote(q)));
    }

    private String rank(Merged m) {
        // Fixed-width days (shifted positive) compare as numbers; undated events come last.
        StringBuilder rank = new StringBuilder(48);
        if (m.date.isDated()) {
            padded(rank.append('0'), m.date.start().toEpochDay() + EPOCH_SHIFT, 7);
            padded(rank, m.date.end().toEpochDay() + EPOCH_SHIFT, 7);
        } else {
            rank.append('1');
        }
        return rank(rank, articleNames.get(m.creator), m.creatorLocal);
    }

    private static String rank(String article, int local) {
        return rank(new StringBuilder(40), article, local);
    }

    /** An article's name then a place in it; NUL ends the name so that a name sorts before its extensions. */
    private static String rank(StringBuilder rank, String article, int local) {
        return padded(rank.append(article).append('\u0000'), local, 6).toString();
    }

    /** Appends a non-negative number zero-padded to {@code width} digits, as {@code %0<width>d} would. */
    private static StringBuilder padded(StringBuilder b, long n, int width) {
        String digits = Long.toString(n);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    /** The quotes of {@link #quotes()}, each built only when the iterator reaches it. */
    public synchronized Iterator<Quote> iterateQuotes() {
        ordered(); // gives every merged event its id
        return lazily(quotes, this::quote);
    }

    private <T, R> Iterator<R> lazily(List<T> source, Function<T, R> build) {
        int expected = adds;
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < source.size();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                synchronized (EventMerger.this) {
                    if (adds != expected) {
                        throw new IllegalStateException("articles were added while iterating");
                    }
                    return build.apply(source.get(next++));
                }
            }
        };
    }

    /** The merged events in output order, each given its id. */
    private List<Merged> ordered() {
        if (orderedAt == adds) {
            return ordered;
        }
        List<Merged> sorted = new ArrayList<>(merged);
        sorted.sort(Comparator.<Merged, Boolean>comparing(m -> !m.date.isDated())
                .thenComparing(m -> m.date.isDated() ? m.date.start() : java.time.LocalDate.MIN)
                .thenComparing(m -> m.date.isDated() ? m.date.end() : java.time.LocalDate.MIN)
                .thenComparingInt(m -> m.order));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Merged m : sorted) {
            List<String> actorIds = new ArrayList<>(m.actorCount);
            for (int i = 0; i < m.actorCount; i++) {
                actorIds.add(m.actors[i].entityId());
            }
            String id = EventExtractor.unique(EventIds.of(m.type, m.date, actorIds, m.objectKey,
                    Arrays.asList(m.places).subList(0, m.placeCount)), ids);
            ids.add(id);
            m.id = id;
        }
        ordered = sorted;
        orderedAt = adds;
        return sorted;
    }

    private Event event(Merged m) {
        List<Mention> mentions = new ArrayList<>(m.mentionCount);
        for (int i = 0; i < m.mentionCount; i++) {
            mentions.add(new Mention(articleNames.get(m.mentions[3 * i]), m.mentions[3 * i + 1], m.mentions[3 * i + 2],
                    texts.get(m.mentionTexts[i])));
        }
        return new Event(m.id, m.type, m.status == null ? EventStatus.OCCURRED : m.status, m.date,
                Arrays.asList(m.actors).subList(0, m.actorCount), Arrays.asList(m.places).subList(0, m.placeCount),
                m.label, mentions);
    }

    private Quote quote(CompactQuote q) {
        return new Quote(articleNames.get(q.article()), q.start(), q.end(), texts.get(q.text()),
                Optional.ofNullable(q.speaker()), Optional.ofNullable(q.event()).map(m -> m.id));
    }

    private int articleNumber(String name) {
        Integer n = articleNumbers.get(name);
        if (n == null) {
            n = articleNames.size();
            articleNames.add(name);
            articleNumbers.put(name, n);
        }
        return n;
    }

    private Actor pooled(Actor a) {
        Actor known = actorPool.putIfAbsent(a, a);
        return known == null ? a : known;
    }

    private String pooled(String s) {
        if (s == null) {
            return null;
        }
        String known = stringPool.putIfAbsent(s, s);
        return known == null ? s : known;
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

    private static void addEpoch(Merged m, int epoch) {
        for (int i = 0; i < m.epochCount; i++) {
            if (m.epochs[i] == epoch) {
                return;
            }
        }
        if (m.epochCount == m.epochs.length) {
            m.epochs = Arrays.copyOf(m.epochs, Math.max(1, 2 * m.epochCount));
        }
        m.epochs[m.epochCount++] = epoch;
    }

    private void index(Merged m) {
        if (m.date.isDated() && !m.indexedDated) {
            m.indexedDated = true;
            List<YearMonth> months = months(m.date);
            if (months == null) {
                wide.computeIfAbsent(m.type, k -> new ArrayList<>()).add(m);
            } else {
                m.firstMonth = monthNumber(months.get(0));
                m.monthCount = months.size();
                m.shortSpan = m.date.lengthInDays() <= SHORT_SPAN_DAYS;
                m.dayLo = (int) m.date.start().toEpochDay();
                m.dayHi = (int) m.date.end().toEpochDay();
            }
        } else if (m.shortSpan) {
            widenDays(m);
        }
        if (m.firstMonth >= 0) {
            // Actors and the object may arrive with later reports: index each new one.
            for (; m.datedActorsIndexed < m.actorCount; m.datedActorsIndexed++) {
                Actor a = m.actors[m.datedActorsIndexed];
                indexDated(m, actorKey(a.entityId()));
                String name = nameKey(a.name());
                if (!earlierNameKey(m, m.datedActorsIndexed, name)) {
                    indexDated(m, name);
                }
            }
            if (m.objectKey != null && !m.datedObjectIndexed) {
                m.datedObjectIndexed = true;
                indexDated(m, objectKeyKey(m.objectKey));
            }
        }
        // A new article time goes under each key indexed so far; a new key under every time so far.
        if (m.undatedEpochsIndexed < m.epochCount) {
            List<String> known = undatedKeys(m);
            for (; m.undatedEpochsIndexed < m.epochCount; m.undatedEpochsIndexed++) {
                if (!earlierBucket(m, m.undatedEpochsIndexed)) {
                    long bucket = bucket(m.epochs[m.undatedEpochsIndexed]);
                    for (String k : known) {
                        enter(undatedByTime, stillUndatedByTime, timeKey(k, bucket), m);
                    }
                }
            }
        }
        if (m.objectKey != null && !m.undatedObjectIndexed) {
            m.undatedObjectIndexed = true;
            indexUndated(m, m.type + "|obj:" + m.objectKey);
        }
        for (; m.undatedPlacesIndexed < m.placeCount; m.undatedPlacesIndexed++) {
            String k = "at:" + m.places[m.undatedPlacesIndexed].toLowerCase(Locale.ROOT);
            if (!earlierPlaceKey(m, m.undatedPlacesIndexed, k)) {
                indexUndated(m, m.type + "|" + k);
            }
        }
    }

    private void indexUndated(Merged m, String key) {
        enter(undatedByObject, stillUndatedByObject, key, m);
        for (int i = 0; i < m.undatedEpochsIndexed; i++) {
            if (!earlierBucket(m, i)) {
                enter(undatedByTime, stillUndatedByTime, timeKey(key, bucket(m.epochs[i])), m);
            }
        }
        if (m.epochCount == 0) {
            // Stays there once it has a time too: one more candidate, which near() then turns down.
            timeless.computeIfAbsent(key, x -> new ArrayList<>()).add(m);
        }
    }

    /** Enters an event for undated lookups, and for dated reports' too while it is undated. */
    private static void enter(Map<String, List<Merged>> all, Map<String, List<Merged>> stillUndated, String key,
                              Merged m) {
        all.computeIfAbsent(key, x -> new ArrayList<>()).add(m);
        if (!m.date.isDated()) {
            stillUndated.computeIfAbsent(key, x -> new ArrayList<>()).add(m);
        }
    }

    /** The undated-lookup keys of an event indexed so far: its object's, then its places'. */
    private static List<String> undatedKeys(Merged m) {
        List<String> keys = new ArrayList<>(1 + m.undatedPlacesIndexed);
        if (m.undatedObjectIndexed) {
            keys.add(m.type + "|obj:" + m.objectKey);
        }
        for (int i = 0; i < m.undatedPlacesIndexed; i++) {
            String k = "at:" + m.places[i].toLowerCase(Locale.ROOT);
            if (!earlierPlaceKey(m, i, k)) {
                keys.add(m.type + "|" + k);
            }
        }
        return keys;
    }

    /** Whether an article time before the {@code n}th falls in the same bucket: indexed already. */
    private static boolean earlierBucket(Merged m, int n) {
        for (int i = 0; i < n; i++) {
            if (bucket(m.epochs[i]) == bucket(m.epochs[n])) {
                return true;
            }
        }
        return false;
    }

    private static long bucket(long epochDay) {
        return Math.floorDiv(epochDay, MAX_ARTICLE_GAP_DAYS + 1);
    }

    private static String timeKey(String key, long bucket) {
        return key + '\u0001' + bucket;
    }

    /** Whether an actor before the {@code n}th has the same name key: it is indexed already. */
    private static boolean earlierNameKey(Merged m, int n, String key) {
        for (int i = 0; i < n; i++) {
            if (nameKey(m.actors[i].name()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place before the {@code n}th has the same key: it is indexed already. */
    private static boolean earlierPlaceKey(Merged m, int n, String key) {
        for (int i = 0; i < n; i++) {
            if (("at:" + m.places[i].toLowerCase(Locale.ROOT)).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private void indexDated(Merged m, String key) {
        Integer number = keyNumbers.get(key);
        if (number == null) {
            number = keyNumbers.size();
            keyNumbers.put(key, number);
        }
        if (m.shortSpan) {
            indexShort(m, number, m.dayLo, m.dayHi);
        } else {
            for (int i = 0; i < m.monthCount; i++) {
                byMonth.put(monthKey(m.type, m.firstMonth + i, number), m.order);
            }
        }
    }

    /** Indexes a short event under one key for the days {@code from..to} and their months. */
    private void indexShort(Merged m, int number, int from, int to) {
        for (int day = from; day <= to; day++) {
            shortByDay.put(dayKey(m.type, day, number), m.order);
        }
        for (int month = monthOfDay(from); month <= monthOfDay(to); month++) {
            shortByMonth.put(monthKey(m.type, month, number), m.order);
        }
    }

    /**
     * A later report may narrow a short event to days it was not indexed under (two overlapping
     * spans of which the second is shorter): index those days too, under every key indexed so far,
     * so that it is found wherever it now is. Rare; re-indexing a day already indexed only adds a
     * duplicate candidate, which {@link #best} does not mind.
     */
    private void widenDays(Merged m) {
        int lo = (int) m.date.start().toEpochDay();
        int hi = (int) m.date.end().toEpochDay();
        if (lo >= m.dayLo && hi <= m.dayHi) {
            return;
        }
        int newLo = Math.min(lo, m.dayLo);
        int newHi = Math.max(hi, m.dayHi);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < m.datedActorsIndexed; i++) {
            addKnown(numbers, actorKey(m.actors[i].entityId()));
            String name = nameKey(m.actors[i].name());
            if (!earlierNameKey(m, i, name)) {
                addKnown(numbers, name);
            }
        }
        if (m.datedObjectIndexed) {
            addKnown(numbers, objectKeyKey(m.objectKey));
        }
        for (int number : numbers) {
            if (newLo < m.dayLo) {
                indexShort(m, number, newLo, m.dayLo - 1);
            }
            if (newHi > m.dayHi) {
                indexShort(m, number, m.dayHi + 1, newHi);
            }
        }
        m.dayLo = newLo;
        m.dayHi = newHi;
    }

    /** The type, day (epoch day, shifted positive) and key number packed, mixed as {@link #monthKey} is. */
    private static long dayKey(EventType type, int day, int keyNumber) {
        return (((long) type.ordinal() << 56) | ((long) (day + (int) EPOCH_SHIFT) << 32) | (keyNumber & 0xffffffffL))
                * 0x9E3779B97F4A7C15L;
    }

    private static int monthOfDay(int epochDay) {
        return monthNumber(YearMonth.from(LocalDate.ofEpochDay(epochDay)));
    }

    private void addIndexed(List<Merged> out, LongIntMultimap index, long key) {
        index.forEach(key, order -> out.add(merged.get(order)));
    }

    /**
     * The type, month and key number packed, then multiplied by an odd constant: a one-to-one
     * mixing, as {@link Long#hashCode} alone would put many months and keys in one bucket.
     */
    private static long monthKey(EventType type, int month, int keyNumber) {
        return (((long) type.ordinal() << 56) | ((long) month << 32) | (keyNumber & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }

    /** Months since year 0, so that consecutive months have consecutive numbers. */
    private static int monthNumber(YearMonth ym) {
        return ym.getYear() * 12 + ym.getMonthValue() - 1;
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
     * A dated one is found under a day or month of {@code e} and one of its actors or its object, as
     * {@link #best} wants one of those shared when both are dated; when not both are dated, under
     * {@code e}'s object or a place and, when its article's time {@code epoch} is known, a time
     * near it, as {@link #best} then wants both.
     */
    private Collection<Merged> candidates(Event e, String key, Long epoch) {
        List<Merged> out = new ArrayList<>();
        if (e.date().isDated()) {
            List<YearMonth> months = months(e.date());
            if (months != null) {
                List<Integer> keys = new ArrayList<>(2 * e.actors().size() + 1);
                for (Actor a : e.actors()) {
                    addKnown(keys, actorKey(a.entityId()));
                    addKnown(keys, nameKey(a.name()));
                }
                if (key != null) {
                    addKnown(keys, objectKeyKey(key));
                }
                boolean shortReport = e.date().lengthInDays() <= SHORT_SPAN_DAYS;
                for (YearMonth ym : months) {
                    int month = monthNumber(ym);
                    for (int k : keys) {
                        addIndexed(out, byMonth, monthKey(e.type(), month, k));
                        if (!shortReport) {
                            addIndexed(out, shortByMonth, monthKey(e.type(), month, k));
                        }
                    }
                }
                if (shortReport) {
                    int last = (int) e.date().end().toEpochDay();
                    for (int day = (int) e.date().start().toEpochDay(); day <= last; day++) {
                        for (int k : keys) {
                            addIndexed(out, shortByDay, dayKey(e.type(), day, k));
                        }
                    }
                }
            }
            out.addAll(wide.getOrDefault(e.type(), List.of()));
        }
        List<String> undatedKeys = new ArrayList<>(1 + e.places().size());
        if (key != null) {
            undatedKeys.add(e.type() + "|obj:" + key);
        }
        for (String p : e.places()) {
            undatedKeys.add(e.type() + "|at:" + p.toLowerCase(Locale.ROOT));
        }
        List<List<Merged>> keyed = new ArrayList<>();
        // A dated report may join only undated events here: those entered undated are enough.
        Map<String, List<Merged>> byObject = e.date().isDated() ? stillUndatedByObject : undatedByObject;
        Map<String, List<Merged>> byTime = e.date().isDated() ? stillUndatedByTime : undatedByTime;
        for (String k : undatedKeys) {
            if (epoch == null) {
                keyed.add(byObject.getOrDefault(k, List.of()));
            } else {
                // near() wants an article within MAX_ARTICLE_GAP_DAYS: the report's bucket and its neighbours.
                long bucket = bucket(epoch);
                for (long b = bucket - 1; b <= bucket + 1; b++) {
                    keyed.add(byTime.getOrDefault(timeKey(k, b), List.of()));
                }
                keyed.add(timeless.getOrDefault(k, List.of()));
            }
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

    private void addKnown(List<Integer> keys, String key) {
        Integer number = keyNumbers.get(key);
        if (number != null) {
            keys.add(number);
        }
    }

    /** The merged event {@code e} (whose label's object key is {@code key}) joins, or null. */
    private Merged best(Event e, String key, int article, Long epoch) {
        boolean eHasPerson = e.actors().stream().anyMatch(EventMerger::isPerson);
        Merged best = null;
        int bestScore = 0;
        // A merged event may come up more than once: it scores the same each time, and ties go to
        // the latest order, so the result does not depend on how often or in which order.
        for (Merged m : candidates(e, key, epoch)) {
            if (m.type != e.type() || m.hasArticle(article)) {
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
                if (m.hasActorId(a.entityId()) || m.hasName(a.name())) {
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
            } else if (!e.places().isEmpty() && m.placeCount > 0) {
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
            for (int i = 0; i < m.placeCount; i++) {
                if (m.places[i].equalsIgnoreCase(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(Merged m, Long epoch) {
        if (epoch == null || m.epochCount == 0) {
            return true; // no time known on one side: object, place and actors decide
        }
        for (int i = 0; i < m.epochCount; i++) {
            if (Math.abs(m.epochs[i] - epoch) <= MAX_ARTICLE_GAP_DAYS) {
                return true;
            }
        }
        return false;
    }

    /** Entity ids carry their kind as a prefix ({@code person:steve-witkoff}). */
    private static boolean isPerson(Actor a) {
        return a.entityId().startsWith("person:");
    }

    private void absorb(Merged m, Event e, String key, int article, Map<Long, Long> sentenceTexts) {
        if (!m.hasArticle(article)) {
            if (m.articleCount == m.articles.length) {
                m.articles = Arrays.copyOf(m.articles, Math.max(1, 2 * m.articleCount));
            }
            m.articles[m.articleCount++] = article;
        }
        if (m.status == null || Draft.rank(e.status()) > Draft.rank(m.status)) {
            m.status = e.status();
        }
        m.date = Draft.narrower(m.date, e.date());
        for (Actor a : e.actors()) {
            if (!m.hasActorId(a.entityId()) && !m.hasName(a.name())) {
                if (m.actorCount == m.actors.length) {
                    m.actors = Arrays.copyOf(m.actors, Math.max(2, 2 * m.actorCount));
                }
                m.actors[m.actorCount++] = pooled(a);
                m.hasPerson |= isPerson(a);
            }
        }
        for (String p : e.places()) {
            if (!m.hasPlace(p)) {
                if (m.placeCount == m.places.length) {
                    m.places = Arrays.copyOf(m.places, Math.max(1, 2 * m.placeCount));
                }
                m.places[m.placeCount++] = pooled(p);
            }
        }
        if (m.objectKey == null) {
            m.objectKey = pooled(key);
        }
        int labelScore = labelScore(e.label());
        if (m.label == null || labelScore > m.labelScore) {
            m.label = pooled(e.label());
            m.labelScore = labelScore;
        }
        int needed = m.mentionCount + e.mentions().size();
        if (needed > m.mentionTexts.length) {
            int capacity = Math.max(needed, 2 * m.mentionCount);
            m.mentions = Arrays.copyOf(m.mentions, 3 * capacity);
            m.mentionTexts = Arrays.copyOf(m.mentionTexts, capacity);
        }
        for (Mention x : e.mentions()) {
            int i = m.mentionCount++;
            m.mentions[3 * i] = articleNumber(x.article());
            m.mentions[3 * i + 1] = x.start();
            m.mentions[3 * i + 2] = x.end();
            m.mentionTexts[i] = sentenceText(x, sentenceTexts);
        }
    }

    /** The reference of a mention's text; an article's events often share a sentence, kept once. */
    private long sentenceText(Mention x, Map<Long, Long> sentenceTexts) {
        long span = ((long) x.start() << 32) | (x.end() & 0xffffffffL);
        Long known = sentenceTexts.get(span);
        if (known != null && texts.get(known).equals(x.text())) {
            return known;
        }
        long ref = texts.put(x.text());
        sentenceTexts.put(span, ref);
        return ref;
    }

    /** A label is as strong as its head's trigger priority, then as rich as its names. */
    private int labelScore(String label) {
        int priority = 0;
        for (Map.Entry<String, Integer> h : headPriority.entrySet()) {
            if (!h.getKey().isEmpty() && label.startsWith(h.getKey())) {
                priority = Math.max(priority, h.getValue());
            }
        }
        int names = 1;
        for (int at = label.indexOf(" – "); at >= 0; at = label.indexOf(" – ", at + 3)) {
            names++;
        }
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

    /**
     * Texts kept compactly: UTF-8 (Vietnamese takes about 1.3 bytes a character there, against 2
     * in a {@code String}) in 1 MiB chunks, each text behind a four-byte length; a reference is the
     * chunk number and offset. A text with a surrogate is kept as UTF-16, which gives back any
     * {@code String} exactly, the length's sign telling which.
     */
    private static final class Texts {
        private static final int CHUNK = 1 << 20;
        private final List<byte[]> chunks = new ArrayList<>();
        private byte[] current = new byte[0];
        private int used;

        long put(String text) {
            boolean utf16 = false;
            for (int i = 0; i < text.length(); i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    utf16 = true;
                    break;
                }
            }
            byte[] bytes = text.getBytes(utf16 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8);
            int size = 4 + bytes.length;
            if (used + size > current.length) {
                current = new byte[Math.max(CHUNK, size)];
                chunks.add(current);
                used = 0;
            }
            int length = utf16 ? -bytes.length - 1 : bytes.length;
            current[used] = (byte) (length >>> 24);
            current[used + 1] = (byte) (length >>> 16);
            current[used + 2] = (byte) (length >>> 8);
            current[used + 3] = (byte) length;
            System.arraycopy(bytes, 0, current, used + 4, bytes.length);
            long ref = ((long) (chunks.size() - 1) << 32) | used;
            used += size;
            return ref;
        }

        String get(long ref) {
            byte[] chunk = chunks.get((int) (ref >>> 32));
            int at = (int) ref;
            int length = (chunk[at] & 0xff) << 24 | (chunk[at + 1] & 0xff) << 16 | (chunk[at + 2] & 0xff) << 8
                    | (chunk[at + 3] & 0xff);
            return length >= 0 ? new String(chunk, at + 4, length, StandardCharsets.UTF_8)
                    : new String(chunk, at + 4, -length - 1, StandardCharsets.UTF_16BE);
        }
    }
}
