package org.nienbieu.index;

import java.util.Objects;
import org.nienbieu.model.Article;

/**
 * An article as the ingest hands it to the index: the file's name and stamp, the article itself
 * (indexed as one article document and one passage document per sentence) and the opaque blob of
 * its per-article extraction, stored so that a later ingest can merge events again without
 * re-reading unchanged files.
 */
public record IndexedArticle(String name, FileStamp stamp, Article article, String blob) {

    public IndexedArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(blob, "blob");
    }
}
