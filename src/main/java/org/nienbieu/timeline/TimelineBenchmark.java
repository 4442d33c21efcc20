package org.nienbieu.timeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.nienbieu.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures {@link TimelineLayout#layout} the way a user drives it: on N synthetic events (a fixed
 * seed, a few hundred actors), a fixed script of frames on a 1600×900 view that zooms from the
 * whole range down to hours around moving anchors and back, then pans across the range at year,
 * month, week and day zoom, in both lane modes. The script runs once to warm up, then once
 * measured; per-frame times go into the percentiles. Wall-clock on a shared machine: report,
 * never assert. The thread's CPU time per frame is reported too ({@code _cpu_}), which leaves out
 * the time the thread waited for a core on a loaded machine but includes GC work done on it.
 */
public final class TimelineBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineBenchmark.class);
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 900;

    private TimelineBenchmark() {
    }

    /** Runs the benchmark on {@code events} synthetic events from {@code seed}; returns named figures. */
    public static Map<String, Object> run(int events, long seed) {
        if (events < 1) {
            throw new IllegalArgumentException("events must be at least 1, got " + events);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        List<Event> list = SyntheticEvents.generate(events, seed, 300);
        long t0 = System.nanoTime();
        TimelineModel model = TimelineModel.of(list);
        figures.put("timeline_events", events);
        figures.put("timeline_model_build_ms", round((System.nanoTime() - t0) / 1e6));
        List<Viewport> script = script(model, seed);
        TimelineLayout layout = new TimelineLayout(Locale.forLanguageTag("vi"));
        LabelMeasurer measurer = LabelMeasurer.fixed(7);
        for (LaneMode mode : LaneMode.values()) {
            play(layout, model, script, mode, measurer, null, null);
        }
        long[] all = new long[script.size() * LaneMode.values().length];
        long[] allCpu = new long[all.length];
        long[] marks = new long[3];
        int k = 0;
        for (LaneMode mode : LaneMode.values()) {
            long[] cpu = new long[script.size()];
            long[] times = play(layout, model, script, mode, measurer, marks, cpu);
            System.arraycopy(times, 0, all, k, times.length);
            System.arraycopy(cpu, 0, allCpu, k, cpu.length);
            k += times.length;
            Arrays.sort(times);
            String m = mode.name().toLowerCase(Locale.ROOT);
            figures.put("timeline_layout_" + m + "_p50_ms", ms(percentile(times, 0.50)));
            figures.put("timeline_layout_" + m + "_p99_ms", ms(percentile(times, 0.99)));
        }
        Arrays.sort(all);
        figures.put("timeline_frames", all.length);
        figures.put("timeline_layout_p50_ms", ms(percentile(all, 0.50)));
        figures.put("timeline_layout_p99_ms", ms(percentile(all, 0.99)));
        figures.put("timeline_layout_max_ms", ms(all[all.length - 1]));
        if (allCpu[0] >= 0) {
            Arrays.sort(allCpu);
            figures.put("timeline_layout_cpu_p50_ms", ms(percentile(allCpu, 0.50)));
            figures.put("timeline_layout_cpu_p99_ms", ms(percentile(allCpu, 0.99)));
        }
        figures.put("timeline_items_per_frame", round((double) marks[0] / all.length));
        figures.put("timeline_clusters_per_frame", round((double) marks[1] / all.length));
        figures.put("timeline_labels_per_frame", round((double) marks[2] / all.length));
        long[] overview = new long[Math.min(script.size(), 500)];
        for (int i = 0; i < overview.length; i++) {
            long s = System.nanoTime();
            Overview.of(model, script.get(i), (int) WIDTH);
            overview[i] = System.nanoTime() - s;
        }
        Arrays.sort(overview);
        figures.put("timeline_overview_p99_ms", ms(percentile(overview, 0.99)));
        LOG.info("timeline benchmark: {}", figures);
        return figures;
    }

    private static long[] play(TimelineLayout layout, TimelineModel model, List<Viewport> script, LaneMode mode,
                               LabelMeasurer measurer, long[] marks, long[] cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean withCpu = cpu != null && threads.isCurrentThreadCpuTimeSupported();
        long[] times = new long[script.size()];
        for (int i = 0; i < times.length; i++) {
            long c = withCpu ? threads.getCurrentThreadCpuTime() : 0;
            long s = System.nanoTime();
            Frame frame = layout.layout(model, script.get(i), mode, measurer);
            times[i] = System.nanoTime() - s;
            if (cpu != null) {
                cpu[i] = withCpu ? threads.getCurrentThreadCpuTime() - c : -1;
            }
            if (marks != null) {
                marks[0] += frame.items().size();
                marks[1] += frame.clusters().size();
                marks[2] += frame.labels().size();
            }
        }
        return times;
    }

    /** The fixed list of viewports: zoom in and out around moving anchors, then pans at four zooms. */
    static List<Viewport> script(TimelineModel model, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Viewport whole = new Viewport(0, Viewport.DAY, WIDTH, HEIGHT)
                .fit(model.firstDay().orElseThrow(), model.lastDay().orElseThrow());
        List<Viewport> frames = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Viewport v = whole;
            while (v.duration() > 2 * Viewport.HOUR) {
                frames.add(v);
                v = v.zoom(1.08, random.nextDouble() * WIDTH);
            }
            while (v.duration() < whole.duration()) {
                frames.add(v);
                v = v.zoom(1 / 1.08, random.nextDouble() * WIDTH);
            }
        }
        double[] durations = {365 * Viewport.DAY, 30 * Viewport.DAY, 7 * Viewport.DAY, Viewport.DAY};
        int[] steps = {300, 250, 200, 200};
        for (int z = 0; z < durations.length; z++) {
            double from = whole.start() + random.nextDouble() * whole.duration() * 0.5;
            Viewport v = Viewport.clamped(from, from + durations[z], WIDTH, HEIGHT);
            for (int i = 0; i < steps[z]; i++) {
                frames.add(v);
                v = v.pan(-40 - random.nextInt(80));
            }
        }
        return frames;
    }

    private static long percentile(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
