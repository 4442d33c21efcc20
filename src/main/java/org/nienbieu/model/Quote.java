package org.nienbieu.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quotation: the quoted words with their code-point offsets into the article file's text
 * (quotation marks excluded), who said them when the text tells, and the event it belongs to.
 */
public record Quote(String article, int start, int end, String text, Optional<Actor> speaker,
                    Optional<String> eventId) {

    public Quote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(eventId, "eventId");
    }
}
