package org.nienbieu.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.nienbieu.ingest.IndexProblem;

/**
 * Words an index that could not be written as one line a user can act on: the index folder and
 * the cause (disk full, read-only or not allowed, a file where a folder should be, or the system's
 * own reason), in Vietnamese or English. The index keeps its last commit in every case, so the
 * line says so.
 */
final class IndexFailure {

    private IndexFailure() {
    }

    /** The exception to fail a command with: its message is the line, its cause the original (for --verbose). */
    static IOException of(Path indexDir, Exception e, CliMessages messages) {
        return new IOException(describe(indexDir, e, messages), e);
    }

    static String describe(Path indexDir, Exception e, CliMessages messages) {
        IndexProblem p = IndexProblem.of(indexDir, e);
        return switch (p.cause()) {
            case NOT_A_FOLDER -> messages.get("index.notAFolder", indexDir, p.fileInTheWay().orElseThrow());
            case DISK_FULL -> messages.get("index.diskFull", indexDir);
            case READ_ONLY -> messages.get("index.readOnly", indexDir);
            case OTHER -> messages.get("index.writeFailed", indexDir, p.reason());
        };
    }
}
