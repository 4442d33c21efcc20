package org.nienbieu.generate;

import java.util.Objects;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.TimeExpression;

/**
 * A time expression planted in a generated article and the days it must resolve to:
 * {@code text} is exactly the file text between the code-point offsets {@code start} and
 * {@code end} (header included in the count), the frame the reader and extractors use.
 */
public record ExpectedTime(String text, int start, int end, DateSpan date) {

    public ExpectedTime {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for '" + text + "'");
        }
    }

    /** The same answer as the model's time expression, for comparing with an extractor's output. */
    public TimeExpression toTimeExpression() {
        return new TimeExpression(text, start, end, date);
    }
}
