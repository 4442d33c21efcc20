package org.nienbieu.model;

import java.util.Objects;

/**
 * A sentence of an article that reports something: code-point offsets into the article file's
 * text, and that exact slice as {@code text}.
 */
public record Mention(String article, int start, int end, String text) {

    public Mention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " in " + article);
        }
    }
}
