package org.nienbieu.ingest;

import org.nienbieu.article.BadArticleException;

/** Hears how an ingest goes: files done out of the total, and every file that could not be read. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** Called after each file, in order, on the ingesting thread. */
    default void progress(int done, int total) {
    }

    /** Called for each file that could not be read; the ingest goes on. */
    default void badFile(BadArticleException problem) {
    }
}
