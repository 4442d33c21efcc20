package org.nienbieu.index;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;

/**
 * The search pool, lent to a search only while its threads get a core when they have work. A
 * search runs its slices on the calling thread and on the pool; when other processes keep every
 * core busy, a pool thread is taken off its core in the middle of a slice and the search waits for
 * it, so the second thread makes searches slower, not faster (at 100k articles beside another
 * process's ingest, the 99th percentile was twice that of searching on one thread). The pool's
 * tasks measure the share of their time they spend on a core; below {@link #MIN_ON_CORE} this
 * executor declines work for a while, and Lucene runs every slice on the calling thread; then it
 * lends the pool again to measure anew, pausing twice as long after each poor verdict in a row
 * (docs/decisions/0011).
 */
final class SparePool implements Executor {

    /** Below this share of wall time on a core, a pool thread mostly waits for one. */
    static final double MIN_ON_CORE = 0.75;
    /** How much of the pool's busy time one verdict rests on. */
    static final long WINDOW_NANOS = 50_000_000L;
    /** How long searches stay on their calling thread after a first poor verdict, and at most. */
    static final long FIRST_PAUSE_NANOS = 2_000_000_000L;
    static final long LONGEST_PAUSE_NANOS = 64_000_000_000L;

    private final Executor pool;
    private final LongSupplier wallClock;
    private final LongSupplier threadCpuClock;
    private long busyNanos;
    private long onCoreNanos;
    private long pausedUntil;
    private boolean paused;
    private long pause = FIRST_PAUSE_NANOS;

    /**
     * {@code wallClock} reads nanoseconds of wall time, {@code threadCpuClock} the calling thread's
     * CPU time in nanoseconds (a pool thread's, when a task reads it).
     */
    SparePool(Executor pool, LongSupplier wallClock, LongSupplier threadCpuClock) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.threadCpuClock = Objects.requireNonNull(threadCpuClock, "threadCpuClock");
    }

    @Override
    public void execute(Runnable task) {
        if (pausedNow()) {
            throw new RejectedExecutionException("the search pool's threads wait for a core: search on the caller's");
        }
        pool.execute(() -> {
            long wall = wallClock.getAsLong();
            long cpu = threadCpuClock.getAsLong();
            try {
                task.run();
            } finally {
                record(wallClock.getAsLong() - wall, threadCpuClock.getAsLong() - cpu);
            }
        });
    }

    /** Whether searches are kept on their calling thread now. */
    synchronized boolean pausedNow() {
        if (paused && wallClock.getAsLong() - pausedUntil >= 0) {
            paused = false;
        }
        return paused;
    }

    private synchronized void record(long wall, long cpu) {
        busyNanos += Math.max(0, wall);
        onCoreNanos += Math.max(0, cpu);
        if (busyNanos < WINDOW_NANOS) {
            return;
        }
        if (onCoreNanos < MIN_ON_CORE * busyNanos) {
            paused = true;
            pausedUntil = wallClock.getAsLong() + pause;
            pause = Math.min(LONGEST_PAUSE_NANOS, 2 * pause);
        } else {
            pause = FIRST_PAUSE_NANOS;
        }
        busyNanos = 0;
        onCoreNanos = 0;
    }
}
