package org.nienbieu.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Optional;

/**
 * Why an index could not be written, in terms a user can act on: the disk is full, the folder is
 * read-only or not allowed, a file stands where the folder should be, or something else (with the
 * system's own reason). The CLI and the window word it each in their own messages; the index keeps
 * its last commit in every case.
 */
public record IndexProblem(Cause cause, Path indexDir, Optional<Path> fileInTheWay, String reason) {

    public enum Cause { DISK_FULL, READ_ONLY, NOT_A_FOLDER, OTHER }

    public static IndexProblem of(Path indexDir, Exception e) {
        Path inTheWay = fileInTheWay(indexDir);
        if (inTheWay != null) {
            return new IndexProblem(Cause.NOT_A_FOLDER, indexDir, Optional.of(inTheWay), reason(e));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk quota exceeded")) {
                return new IndexProblem(Cause.DISK_FULL, indexDir, Optional.empty(), reason(e));
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || message.contains("read-only file system")) {
                return new IndexProblem(Cause.READ_ONLY, indexDir, Optional.empty(), reason(e));
            }
        }
        return new IndexProblem(Cause.OTHER, indexDir, Optional.empty(), reason(e));
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
