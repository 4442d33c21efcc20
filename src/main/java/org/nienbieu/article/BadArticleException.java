package org.nienbieu.article;

import java.nio.file.Path;
import java.util.Objects;

/** An article file that cannot be read, with a one-line reason a user can act on. */
public final class BadArticleException extends Exception {

    private final String file;
    private final String reason;

    public BadArticleException(String file, String reason) {
        super(file + ": " + reason);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public BadArticleException(Path file, String reason) {
        this(file.toString(), reason);
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
