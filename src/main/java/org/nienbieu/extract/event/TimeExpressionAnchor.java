package org.nienbieu.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nienbieu.model.Precision;
import org.nienbieu.model.TimeExpression;

/**
 * The dated time expressions of an article in text order, to find the last day named before a
 * point of the text: the anchor of {@code một tuần trước đó} ("a week before that").
 */
final class TimeExpressionAnchor {

    private final List<TimeExpression> days = new ArrayList<>();

    TimeExpressionAnchor(List<TimeExpression> times) {
        for (TimeExpression t : times) {
            Precision p = t.date().precision();
            if (p == Precision.DAY || p == Precision.DAYS) {
                days.add(t);
            }
        }
        days.sort(Comparator.comparingInt(TimeExpression::start));
    }

    /** The first day of the last day-precise expression that starts before code point {@code cp}, or null. */
    LocalDate lastDayBefore(int cp) {
        int lo = 0;
        int hi = days.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days.get(mid).start() < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : days.get(lo - 1).date().start();
    }
}
