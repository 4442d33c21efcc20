package org.nienbieu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Watches the heap while a benchmark runs: the most it held at once (sampled every few
 * milliseconds), and the most a collection left behind (from the collectors' notifications; closer
 * to what the program really keeps). Why not the pools' own peaks: each pool peaks at another moment, so their sum
 * overstated the heap (1,366 MB reported for a run that never had more than its 1,024 MB).
 */
final class HeapWatch implements AutoCloseable {

    private static final long PERIOD_MILLIS = 5;

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterCollection;

    private final List<Runnable> unsubscribe = new java.util.ArrayList<>();

    HeapWatch() {
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
        // What each collection left, as the collector reports it (the GC log's "after" figure).
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        pools.forEach(p -> heapPools.add(p.getName()));
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                javax.management.NotificationListener listener = (n, h) -> {
                    if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    var info = com.sun.management.GarbageCollectionNotificationInfo
                            .from((javax.management.openmbean.CompositeData) n.getUserData());
                    long after = 0;
                    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (heapPools.contains(e.getKey())) {
                            after += e.getValue().getUsed();
                        }
                    }
                    synchronized (this) {
                        peakAfterCollection = Math.max(peakAfterCollection, after);
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
    }

    private void sample() {
        while (running) {
            long used = 0;
            for (MemoryPoolMXBean pool : pools) {
                used += pool.getUsage().getUsed();
            }
            peakUsed = Math.max(peakUsed, used);
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The most the heap held at once so far, in MB. */
    long peakMegabytes() {
        return peakUsed >> 20;
    }

    /** The most the heap still held right after a collection so far, in MB. */
    long peakAfterCollectionMegabytes() {
        return peakAfterCollection >> 20;
    }

    @Override
    public void close() {
        unsubscribe.forEach(Runnable::run);
        running = false;
        sampler.interrupt();
    }
}
