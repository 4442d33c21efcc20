package org.nienbieu.index;

import java.time.LocalDate;
import java.util.Objects;

/** An article as the index remembers it: name, publication date and the stored extraction blob. */
public record StoredArticle(String name, LocalDate published, String blob) {

    public StoredArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(blob, "blob");
    }
}
