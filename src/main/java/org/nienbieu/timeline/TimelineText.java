package org.nienbieu.timeline;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.nienbieu.model.EventType;

/**
 * The timeline's words in Vietnamese or English ({@code timeline*.properties}): month and weekday
 * abbreviations, date patterns for each axis unit, lane names. Patterns are expanded by a small
 * token replacer so that a label costs one {@link StringBuilder}, with no formatter per tick.
 */
final class TimelineText {

    private final String[] months;
    private final String[] weekdays;
    private final ResourceBundle bundle;

    TimelineText(Locale locale) {
        bundle = ResourceBundle.getBundle("org.nienbieu.timeline.timeline",
                "vi".equals(locale.getLanguage()) ? locale : Locale.ROOT);
        months = bundle.getString("month.short").split(",");
        weekdays = bundle.getString("weekday.short").split(",");
        if (months.length != 12 || weekdays.length != 7) {
            throw new IllegalStateException("timeline vocabulary needs 12 months and 7 weekdays");
        }
    }

    String pattern(String key) {
        return bundle.getString(key);
    }

    String laneName(EventType type) {
        return bundle.getString("lane.type." + type.name());
    }

    String otherLane() {
        return bundle.getString("lane.other");
    }

    /** Expands {@code pattern} for {@code date} at {@code hour}. */
    String format(String pattern, LocalDate date, int hour) {
        StringBuilder sb = new StringBuilder(pattern.length() + 8);
        int i = 0;
        while (i < pattern.length()) {
            char ch = pattern.charAt(i);
            int close = ch == '{' ? pattern.indexOf('}', i) : -1;
            if (close < 0) {
                sb.append(ch);
                i++;
                continue;
            }
            switch (pattern.substring(i + 1, close)) {
                case "yyyy" -> sb.append(date.getYear());
                case "M" -> sb.append(date.getMonthValue());
                case "MM" -> twoDigits(sb, date.getMonthValue());
                case "MMM" -> sb.append(months[date.getMonthValue() - 1]);
                case "d" -> sb.append(date.getDayOfMonth());
                case "dd" -> twoDigits(sb, date.getDayOfMonth());
                case "EEE" -> sb.append(weekdays[date.getDayOfWeek().getValue() - 1]);
                case "HH" -> twoDigits(sb, hour);
                default -> sb.append(pattern, i, close + 1);
            }
            i = close + 1;
        }
        return sb.toString();
    }

    private static void twoDigits(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }
}
