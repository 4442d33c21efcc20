package org.nienbieu.extract.time;

import java.time.LocalDate;
import org.nienbieu.model.DateSpan;

/**
 * What a mention is resolved against: the publication date, the tense of its clause, and the
 * day or days last mentioned in the article (null before the first) and the last single day, which {@code cùng ngày},
 * {@code hai ngày sau} and {@code một tuần trước đó} count from.
 */
record ResolutionContext(LocalDate dct, Tense tense, DateSpan anchor, LocalDate lastDay) {

    ResolutionContext(LocalDate dct, Tense tense, DateSpan anchor) {
        this(dct, tense, anchor, null);
    }

    /**
     * The day {@code cùng ngày} names: the last single day mentioned ("Chiều 6/8 ... chuyến thăm từ
     * ngày 5 đến 8/8. Cùng ngày, ..." is the 6th: a range only frames the story), else the last day
     * of the days last mentioned, else the DCT.
     */
    LocalDate sameDay() {
        return lastDay != null ? lastDay : anchorEnd();
    }

    /** The day counted back from: the first day last mentioned, else the DCT. */
    LocalDate anchorStart() {
        return anchor == null ? dct : anchor.start();
    }

    /** The day counted forward from: the last day last mentioned, else the DCT. */
    LocalDate anchorEnd() {
        return anchor == null ? dct : anchor.end();
    }

    /** The base of a shift: the anchor for {@code tháng sau đó}, else the DCT. */
    LocalDate base(boolean fromAnchor) {
        return fromAnchor ? anchorEnd() : dct;
    }
}
