package org.nienbieu.index;

import java.util.List;
import java.util.Optional;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Mention;

/**
 * One hit, enough to show it and to follow it: its kind and id, the article and code-point offsets
 * it comes from (an event's first mention), its text (an article's is cut to its beginning), its
 * date span (an event's own, else the article's publication day), the highlighted fragment, and
 * the links: the events a passage reports, a quote's event and speaker, an event's type, status,
 * actors, places and every mention.
 */
public record SearchHit(Schema.Kind kind, String id, String article, int start, int end, String text,
                        float score, DateSpan date, String highlight, Optional<String> type,
                        Optional<String> status, List<Actor> actors, Optional<Actor> speaker,
                        List<String> events, List<String> places, List<Mention> mentions) {

    public SearchHit {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        places = List.copyOf(places);
        mentions = List.copyOf(mentions);
    }
}
