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
import org.nienbieu.model.Mention;
import org.nienbieu.model.Sentence;

/**
 * An event while an article is read: every candidate judged to report it adds its sentence as a
 * mention, its actors, places and status, and narrows its date. Also used by the merger for
 * events of several articles.
 */
final class Draft {

    EventType type;
    final List<EventStatus> statuses = new ArrayList<>();
    DateSpan date = DateSpan.undated();
    final Map<String, EntitySpan> actors = new LinkedHashMap<>();
    final Set<String> places = new LinkedHashSet<>();
    final Set<String> placeCountries = new LinkedHashSet<>();
    String objectKey;
    boolean peace;
    boolean visit;
    Lexicon.Trigger label;
    final List<Mention> mentions = new ArrayList<>();
    final Set<Integer> sentences = new LinkedHashSet<>();
    final Set<Integer> paragraphs = new LinkedHashSet<>();
    private final Map<Integer, Integer> paragraphByStart = new java.util.HashMap<>();
    int lastSentence = -1;
    int lastWord = -1;
    int createdInSentence = -1;

    Draft(EventType type) {
        this.type = type;
    }

    void add(Candidate c, Sentence s, String articleName) {
        addMention(s, articleName);
        if (c.status != null) {
            statuses.add(c.status);
        }
        c.actors.forEach(actors::putIfAbsent);
        places.addAll(c.places);
        placeCountries.addAll(c.placeCountries);
        if (objectKey == null) {
            objectKey = c.objectKey;
        }
        peace |= c.peace;
        visit |= c.visit && c.type == EventType.MEETING;
        date = narrower(date, c.date);
        Lexicon.Trigger t = c.bestTrigger();
        if (label == null || t.labelPriority() > label.labelPriority()) {
            label = t;
        }
        lastSentence = s.index();
        lastWord = Math.max(lastWord, c.from());
    }

    void addMention(Sentence s, String articleName) {
        if (sentences.add(s.index())) {
            mentions.add(new Mention(articleName, s.start(), s.end(), s.text()));
            paragraphs.add(s.paragraph());
            paragraphByStart.put(s.start(), s.paragraph());
        }
        lastSentence = Math.max(lastSentence, s.index());
    }

    int paragraphOf(Mention m) {
        return paragraphByStart.getOrDefault(m.start(), -1);
    }

    /** The more precise of two compatible spans: the dated one, else the shorter. */
    static DateSpan narrower(DateSpan a, DateSpan b) {
        if (!a.isDated()) {
            return b;
        }
        if (!b.isDated()) {
            return a;
        }
        if (b.lengthInDays() < a.lengthInDays()
                || b.lengthInDays() == a.lengthInDays() && b.precision().ordinal() < a.precision().ordinal()) {
            return b;
        }
        return a;
    }

    /** Dates that may be of the same event: one undated, or overlapping days. */
    static boolean compatible(DateSpan a, DateSpan b) {
        return !a.isDated() || !b.isDated() || a.overlaps(b);
    }

    /** The status that stands: a call-off beats a happening beats a plan. */
    EventStatus status() {
        EventStatus best = null;
        for (EventStatus s : statuses) {
            if (best == null || rank(s) > rank(best)) {
                best = s;
            }
        }
        return best == null ? EventStatus.OCCURRED : best;
    }

    static int rank(EventStatus s) {
        return switch (s) {
            case PLANNED -> 0;
            case OCCURRED -> 1;
            case REJECTED -> 2;
            case POSTPONED -> 3;
            case CANCELLED -> 4;
        };
    }
}
