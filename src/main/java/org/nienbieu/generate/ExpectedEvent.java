package org.nienbieu.generate;

import java.util.List;
import java.util.Objects;
import org.nienbieu.model.DateSpan;

/**
 * An event planted in a generated article: what kind it is, its status as the wording states it,
 * the days of the one time expression its sentence attaches to it (undated when there is none),
 * the parties named (people by full name, countries or organisations by name, in order of
 * appearance), the place (a city or country, or {@code null}), and the code-point bounds of its
 * sentence, which coincide with a sentence of {@code ArticleReader}.
 */
public record ExpectedEvent(String type, String status, DateSpan date, List<String> actors, String place,
                            int sentenceStart, int sentenceEnd) {

    /** Every event type the generator plants. */
    public static final List<String> TYPES =
            List.of("meeting", "call", "visit-as-meeting", "proposal", "agreement", "sanction", "statement");
    /** Every status the generator plants. */
    public static final List<String> STATUSES = List.of("occurred", "planned", "cancelled", "postponed", "rejected");

    public ExpectedEvent {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown event type '" + type + "'");
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown event status '" + status + "'");
        }
        Objects.requireNonNull(date, "date");
        actors = List.copyOf(actors);
        if (sentenceStart < 0 || sentenceEnd <= sentenceStart) {
            throw new IllegalArgumentException("bad sentence bounds " + sentenceStart + ".." + sentenceEnd);
        }
    }
}
