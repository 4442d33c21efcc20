package org.nienbieu.timeline;

import java.time.LocalDate;

/**
 * The visible stretch of time and the pixels it is drawn on: {@code start}/{@code end} in epoch
 * seconds (doubles, so one value type covers decades down to minutes), {@code width}/{@code height}
 * in pixels. A date is the UTC-free day {@code epochDay * 86400 .. (epochDay + 1) * 86400}. Zoom,
 * pan and fit are pure functions returning a new viewport, clamped so that at least one hour and at
 * most 200 years are visible and the view stays between the years 1800 and 2200.
 */
public record Viewport(double start, double end, double width, double height) {

    public static final double HOUR = 3600;
    public static final double DAY = 86_400;
    /** Shortest visible duration: one hour. */
    public static final double MIN_DURATION = HOUR;
    /** Longest visible duration: 200 years. */
    public static final double MAX_DURATION = 200 * 365.2425 * DAY;
    /** Earliest time a view may show: 1800-01-01. */
    public static final double MIN_TIME = LocalDate.of(1800, 1, 1).toEpochDay() * DAY;
    /** Latest time a view may show: 2200-01-01. */
    public static final double MAX_TIME = LocalDate.of(2200, 1, 1).toEpochDay() * DAY;

    public Viewport {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("viewport needs a positive size, got " + width + "x" + height);
        }
        if (!(end > start) || Double.isInfinite(start) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("viewport needs start < end, got " + start + ".." + end);
        }
    }

    /** A view of {@code first..last} (whole days, inclusive), clamped. */
    public static Viewport ofDays(LocalDate first, LocalDate last, double width, double height) {
        return clamped(first.toEpochDay() * DAY, (last.toEpochDay() + 1) * DAY, width, height);
    }

    /** A view of {@code start..end} seconds, its duration and position brought within the limits. */
    public static Viewport clamped(double start, double end, double width, double height) {
        double duration = Math.min(MAX_DURATION, Math.max(MIN_DURATION, end - start));
        double center = (start + end) / 2;
        double s = center - duration / 2;
        if (s < MIN_TIME) {
            s = MIN_TIME;
        } else if (s + duration > MAX_TIME) {
            s = MAX_TIME - duration;
        }
        return new Viewport(s, s + duration, width, height);
    }

    public double duration() {
        return end - start;
    }

    public double secondsPerPixel() {
        return (end - start) / width;
    }

    /** The x of {@code epochSecond}. */
    public double x(double epochSecond) {
        return (epochSecond - start) * width / (end - start);
    }

    /** The epoch second at {@code x}. */
    public double time(double x) {
        return start + x * (end - start) / width;
    }

    /** The x where epoch day {@code day} begins. */
    public double xOfDay(long day) {
        return x(day * DAY);
    }

    /**
     * Zooms in by {@code factor} (above 1 shows less time, below 1 more) keeping the time under
     * {@code anchorX} where it is; the duration is clamped, and near the outer limits the view
     * slides to stay inside them (only then does the anchor move).
     */
    public Viewport zoom(double factor, double anchorX) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("zoom factor must be positive, got " + factor);
        }
        double anchor = time(anchorX);
        double duration = Math.min(MAX_DURATION, Math.max(MIN_DURATION, duration() / factor));
        double s = anchor - anchorX / width * duration;
        return slide(s, duration);
    }

    /** Moves the content {@code dx} pixels to the right (a drag to the right shows earlier times). */
    public Viewport pan(double dx) {
        return slide(start - dx * secondsPerPixel(), duration());
    }

    /** Shows {@code from..to} seconds with {@code margin} (a fraction of it) on each side. */
    public Viewport fit(double from, double to, double margin) {
        double span = Math.max(to - from, 0);
        double pad = span * Math.max(margin, 0);
        return clamped(from - pad, to + pad, width, height);
    }

    /** Shows the days {@code first..last} inclusive, with a 2% margin. */
    public Viewport fit(LocalDate first, LocalDate last) {
        return fit(first.toEpochDay() * DAY, (last.toEpochDay() + 1) * DAY, 0.02);
    }

    /** The same duration centred on {@code epochSecond}. */
    public Viewport centerOn(double epochSecond) {
        return slide(epochSecond - duration() / 2, duration());
    }

    /** The same time range drawn on another size. */
    public Viewport resize(double newWidth, double newHeight) {
        return new Viewport(start, end, newWidth, newHeight);
    }

    private Viewport slide(double s, double duration) {
        if (s < MIN_TIME) {
            s = MIN_TIME;
        } else if (s + duration > MAX_TIME) {
            s = MAX_TIME - duration;
        }
        return new Viewport(s, s + duration, width, height);
    }
}
