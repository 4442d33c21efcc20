package org.nienbieu.index;

import java.util.Objects;

/**
 * What an ingest remembers about an article file to tell whether it changed: its size, its
 * modification time (nanoseconds since the epoch) and a hash of its bytes. Size and time are
 * compared first; the hash settles it when they differ (a touched but unchanged file).
 */
public record FileStamp(long size, long modifiedNanos, String hash) {

    public FileStamp {
        Objects.requireNonNull(hash, "hash");
    }

    /** True when size and modification time are the same: the file is taken as unchanged. */
    public boolean sameSizeAndTime(FileStamp other) {
        return size == other.size && modifiedNanos == other.modifiedNanos;
    }
}
