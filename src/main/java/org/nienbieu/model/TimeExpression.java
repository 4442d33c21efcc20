package org.nienbieu.model;

import java.util.Objects;

/**
 * A time expression found in an article: its text exactly as stored, its code-point offsets into
 * the file's decoded text ({@code text == fileText[start:end]}), and the days it resolves to.
 */
public record TimeExpression(String text, int start, int end, DateSpan date) {

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for '" + text + "'");
        }
    }
}
