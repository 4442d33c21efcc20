package org.nienbieu.ingest;

/**
 * What an incremental ingest did: files added, updated (changed since the last ingest), removed
 * (gone from the corpus, or now unreadable), unchanged (not re-read), bad (unreadable); how many
 * event and quote documents it wrote (those a new merge gave as they were are kept, not written);
 * and how long it took.
 */
public record IngestSummary(int added, int updated, int removed, int unchanged, int bad, int eventsWritten,
                            double seconds) {

    /** True when the index was written at all. */
    public boolean changedIndex() {
        return added + updated + removed > 0;
    }
}
