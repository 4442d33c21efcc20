package org.nienbieu.ingest;

import org.nienbieu.article.BadArticleException;

/** Hears how an ingest goes: files done out of the total, and every file that could not be read. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** Called after each file, in order, on the ingesting thread. */
    default void progress(int done, int total) {
    }

    /**
     * Called after each file with the rate so far (files per second); by default the same as
     * {@link #progress(int, int)}, so listeners that do not show a rate need not care.
     */
    default void progress(int done, int total, double filesPerSecond) {
        progress(done, total);
    }

    /** Called for each file that could not be read; the ingest goes on. */
    default void badFile(BadArticleException problem) {
    }
}
