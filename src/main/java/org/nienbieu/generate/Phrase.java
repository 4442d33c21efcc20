package org.nienbieu.generate;

import org.nienbieu.model.DateSpan;

/**
 * A generated time expression: the words that form the expected span and what they resolve to,
 * with words written right before and after the span that are not part of it (the "vào" of "vào
 * thứ Sáu").
 */
record Phrase(String prefix, String text, DateSpan date, String suffix) {

    Phrase(String text, DateSpan date) {
        this("", text, date, "");
    }
}
