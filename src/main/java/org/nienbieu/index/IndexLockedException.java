package org.nienbieu.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another process (or another part of this one) holds the index's write lock: this one may search
 * the last committed state read-only, but must not write. Thrown instead of Lucene's own exception
 * so callers can word a clear message.
 */
public final class IndexLockedException extends IOException {

    private final transient Path indexDir;

    IndexLockedException(Path indexDir, Throwable cause) {
        super("the index at " + indexDir + " is being updated by another process", cause);
        this.indexDir = indexDir;
    }

    public Path indexDir() {
        return indexDir;
    }
}
