package org.nienbieu.index;

import java.io.IOException;
import java.nio.file.Path;

/** There is no committed index of the current schema at a folder yet: ingest a corpus first. */
public final class IndexMissingException extends IOException {

    private final transient Path indexDir;

    IndexMissingException(Path indexDir) {
        super("no index at " + indexDir + " yet");
        this.indexDir = indexDir;
    }

    public Path indexDir() {
        return indexDir;
    }
}
