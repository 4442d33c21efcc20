package org.nienbieu.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

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
        Path notAFolder = fileInTheWay(indexDir);
        if (notAFolder != null) {
            return messages.get("index.notAFolder", indexDir, notAFolder);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk quota exceeded")) {
                return messages.get("index.diskFull", indexDir);
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || message.contains("read-only file system")) {
                return messages.get("index.readOnly", indexDir);
            }
        }
        return messages.get("index.writeFailed", indexDir, reason(e));
    }

    /** The index folder or its nearest existing parent when that is not a folder: no index can be made there. */
    private static Path fileInTheWay(Path indexDir) {
        for (Path p = indexDir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() == null ? fs.getReason() : fs.getFile() + ": " + fs.getReason();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
