package org.nienbieu.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * Index folders on a disk that fails the way real ones do, without mounting anything: a disk with
 * only so many bytes left ({@code IOException("No space left on device")} once they are written,
 * as the JDK reports ENOSPC), and a read-only one ({@link AccessDeniedException} on every write and
 * on the lock, as a folder without write permission gives). Public so the tests of other packages
 * can open an {@link IndexStore} on them.
 */
public final class FaultyDisk {

    /** The message the JDK gives when a write meets a full disk (ENOSPC). */
    public static final String NO_SPACE = "No space left on device";

    private FaultyDisk() {
    }

    /** Opens {@code indexDir} for writing on a disk where only {@code bytesLeft} more bytes fit. */
    public static IndexStore openFull(Path indexDir, long bytesLeft) throws IOException {
        return openFull(indexDir, new AtomicLong(bytesLeft));
    }

    /** As {@link #openFull(Path, long)}, counting down {@code bytesLeft} as files are written (to measure a write). */
    public static IndexStore openFull(Path indexDir, AtomicLong bytesLeft) throws IOException {
        return IndexStore.openWritable(indexDir, Schema.VERSION, dir -> new FullDisk(FSDirectory.open(dir), bytesLeft));
    }

    /** Opens {@code indexDir} for writing on a disk where nothing may be written. */
    public static IndexStore openReadOnly(Path indexDir) throws IOException {
        return IndexStore.openWritable(indexDir, Schema.VERSION, dir -> new ReadOnlyDisk(FSDirectory.open(dir)));
    }

    /** Every byte written to any file counts against one budget; past it, writes fail as on a full disk. */
    private static final class FullDisk extends FilterDirectory {
        private final AtomicLong left;

        FullDisk(Directory in, AtomicLong bytesLeft) {
            super(in);
            this.left = bytesLeft;
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return new Counted(name, in.createOutput(name, context), left);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            IndexOutput out = in.createTempOutput(prefix, suffix, context);
            return new Counted(out.getName(), out, left);
        }
    }

    private static final class Counted extends FilterIndexOutput {
        private final AtomicLong left;

        Counted(String name, IndexOutput out, AtomicLong left) {
            super("counted(" + name + ")", name, out);
            this.left = left;
        }

        @Override
        public void writeByte(byte b) throws IOException {
            take(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            take(length);
            out.writeBytes(b, offset, length);
        }

        private void take(long bytes) throws IOException {
            if (left.addAndGet(-bytes) < 0) {
                left.set(-1);
                throw new IOException(NO_SPACE);
            }
        }
    }

    /** Reads work; creating, renaming, deleting, syncing and locking files are refused. */
    private static final class ReadOnlyDisk extends FilterDirectory {
        private final String folder;

        ReadOnlyDisk(FSDirectory in) {
            super(in);
            this.folder = in.getDirectory().toString();
        }

        private AccessDeniedException denied(String name) {
            return new AccessDeniedException(folder + "/" + name);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            throw denied(name);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            throw denied(prefix + "_" + suffix + ".tmp");
        }

        @Override
        public void deleteFile(String name) throws IOException {
            throw denied(name);
        }

        @Override
        public void rename(String source, String dest) throws IOException {
            throw denied(dest);
        }

        @Override
        public void sync(Collection<String> names) throws IOException {
            throw denied(names.isEmpty() ? "" : names.iterator().next());
        }

        @Override
        public Lock obtainLock(String name) throws IOException {
            throw denied(name);
        }
    }
}
