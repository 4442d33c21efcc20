package org.nienbieu.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Where the view models' work runs: {@code background} for ingest, search and reading articles,
 * {@code fx} to hand results back to the properties the view binds to (the FX thread in the app,
 * the caller in unit tests) and {@code timer} for delays such as the search box's debounce. Passing
 * them in is what lets the view models be tested without a window.
 */
public record Dispatch(Executor background, Executor fx, Timer timer) {

    /** Runs a task after a delay; the returned handle cancels it if it has not run yet. */
    @FunctionalInterface
    public interface Timer {
        Runnable schedule(Runnable task, long delayMillis);

        /** A timer on {@code scheduler}. */
        static Timer on(ScheduledExecutorService scheduler) {
            return (task, delay) -> {
                ScheduledFuture<?> f = scheduler.schedule(task, delay, TimeUnit.MILLISECONDS);
                return () -> f.cancel(false);
            };
        }
    }

    /** Everything on the calling thread, no delays: for unit tests. */
    public static Dispatch direct() {
        return new Dispatch(Runnable::run, Runnable::run, (task, delay) -> {
            task.run();
            return () -> { };
        });
    }
}
