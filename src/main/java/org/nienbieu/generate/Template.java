package org.nienbieu.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence pattern from the resource files, parsed once into literal text and {@code {slot}}
 * parts so that rendering is a walk over a list. Event templates carry the event's type and
 * status; others have {@code null} there.
 */
record Template(String type, String status, Tense tense, String topic, List<String> parts, String source) {

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z@]+)}");

    /** Parses {@code pattern}; in {@link #parts()} even indices are literals, odd ones slot names. */
    static Template parse(String type, String status, Tense tense, String topic, String pattern) {
        List<String> parts = new ArrayList<>();
        Matcher m = SLOT.matcher(pattern);
        int from = 0;
        while (m.find()) {
            parts.add(pattern.substring(from, m.start()));
            parts.add(m.group(1));
            from = m.end();
        }
        parts.add(pattern.substring(from));
        return new Template(type, status, tense, topic, List.copyOf(parts), pattern);
    }

    boolean isEvent() {
        return type != null;
    }

    boolean uses(String slot) {
        for (int i = 1; i < parts.size(); i += 2) {
            if (parts.get(i).equals(slot)) {
                return true;
            }
        }
        return false;
    }

    boolean usesPerson() {
        return uses("A") || uses("B") || uses("S");
    }
}
