package org.nienbieu.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the ticks and labels of the time axis for a viewport: from hours up to half-centuries
 * (1, 3 and 6 hours, then days: a 12-hour step would crowd out day labels), the finest unit whose
 * shortest interval leaves every label at least {@code minLabelPx} and its own measured width
 * (plus padding) apart, with the next coarser unit as major ticks. Labels come
 * from the locale's vocabulary ({@code Th10}, {@code tháng 10/2025}, {@code T2 13/10} in
 * Vietnamese; {@code Oct}, {@code Oct 2025}, {@code Mon 13 Oct} in English). A final sweep blanks
 * any label that would still touch its left neighbour, so labels never overlap whatever the font.
 * The major label of the period containing the view's start is pinned at the left edge.
 */
public final class TimeAxis {

    private record Level(AxisUnit unit, int step, AxisUnit majorUnit, int majorStep, double minSeconds) {
    }

    private static final double DAY = Viewport.DAY;
    private static final Level[] LEVELS = {
        new Level(AxisUnit.HOUR, 1, AxisUnit.DAY, 1, 3600),
        new Level(AxisUnit.HOUR, 3, AxisUnit.DAY, 1, 3 * 3600),
        new Level(AxisUnit.HOUR, 6, AxisUnit.DAY, 1, 6 * 3600),
        new Level(AxisUnit.DAY, 1, AxisUnit.MONTH, 1, DAY),
        new Level(AxisUnit.WEEK, 1, AxisUnit.MONTH, 1, 7 * DAY),
        new Level(AxisUnit.MONTH, 1, AxisUnit.YEAR, 1, 28 * DAY),
        new Level(AxisUnit.MONTH, 3, AxisUnit.YEAR, 1, 89 * DAY),
        new Level(AxisUnit.YEAR, 1, AxisUnit.YEAR, 10, 365 * DAY),
        new Level(AxisUnit.YEAR, 2, AxisUnit.YEAR, 10, 730 * DAY),
        new Level(AxisUnit.YEAR, 5, AxisUnit.YEAR, 10, 1826 * DAY),
        new Level(AxisUnit.YEAR, 10, AxisUnit.YEAR, 100, 3652 * DAY),
        new Level(AxisUnit.YEAR, 20, AxisUnit.YEAR, 100, 7305 * DAY),
        new Level(AxisUnit.YEAR, 50, AxisUnit.YEAR, 100, 18262 * DAY),
    };
    /** A wide sample date for measuring: two-digit day and month, a long weekday name. */
    private static final LocalDate SAMPLE = LocalDate.of(2028, 12, 27);

    private final TimelineText text;
    private final double minLabelPx;
    private final double labelPadding;
    private final double[] sampleWidth = new double[LEVELS.length];
    private LabelMeasurer sampledWith;

    public TimeAxis(Locale locale, double minLabelPx, double labelPadding) {
        this.text = new TimelineText(locale);
        this.minLabelPx = minLabelPx;
        this.labelPadding = labelPadding;
    }

    /** The axis for {@code viewport}, labels measured with {@code measurer}. */
    public Axis ticks(Viewport viewport, LabelMeasurer measurer) {
        Level level = choose(viewport, measurer);
        List<AxisTick> minor = row(viewport, level.unit(), level.step(), false, measurer);
        List<AxisTick> major = row(viewport, level.majorUnit(), level.majorStep(), true, measurer);
        return new Axis(level.unit(), level.step(), level.majorUnit(), level.majorStep(), minor, major);
    }

    private Level choose(Viewport viewport, LabelMeasurer measurer) {
        if (sampledWith != measurer) {
            for (int i = 0; i < LEVELS.length; i++) {
                sampleWidth[i] = measurer.width(label(LEVELS[i].unit(), LEVELS[i].step(), false, SAMPLE, 23));
            }
            sampledWith = measurer;
        }
        double secPerPx = viewport.secondsPerPixel();
        for (int i = 0; i < LEVELS.length; i++) {
            double spacing = LEVELS[i].minSeconds() / secPerPx;
            if (spacing >= Math.max(minLabelPx, sampleWidth[i] + 2 * labelPadding)) {
                return LEVELS[i];
            }
        }
        return LEVELS[LEVELS.length - 1];
    }

    private List<AxisTick> row(Viewport vp, AxisUnit unit, int step, boolean major, LabelMeasurer measurer) {
        List<AxisTick> ticks = new ArrayList<>();
        double t = first(vp.start(), unit, step);
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        if (major && t > vp.start()) {
            double previous = previous(t, unit, step);
            // The period the view starts in, labelled at the left edge.
            String label = label(unit, step, true, dateOf(previous), hourOf(previous));
            double w = measurer.width(label);
            ticks.add(new AxisTick(vp.x(previous), previous, label, labelPadding, w));
            lastLabelEnd = labelPadding + w;
        }
        int guard = 0;
        while (t < vp.end() && guard++ < 10_000) {
            double x = vp.x(t);
            String label = label(unit, step, major, dateOf(t), hourOf(t));
            double w = measurer.width(label);
            double lx = x + labelPadding;
            if (lx < lastLabelEnd + labelPadding) {
                if (major && ticks.size() == 1 && ticks.get(0).x() < 0) {
                    // The pinned label gives way to a real boundary.
                    AxisTick pinned = ticks.get(0);
                    ticks.set(0, new AxisTick(pinned.x(), pinned.epochSecond(), "", pinned.labelX(), 0));
                    ticks.add(new AxisTick(x, t, label, lx, w));
                    lastLabelEnd = lx + w;
                } else {
                    ticks.add(new AxisTick(x, t, "", lx, 0));
                }
            } else {
                ticks.add(new AxisTick(x, t, label, lx, w));
                lastLabelEnd = lx + w;
            }
            t = next(t, unit, step);
        }
        return ticks;
    }

    private String label(AxisUnit unit, int step, boolean major, LocalDate date, int hour) {
        String key = switch (unit) {
            case HOUR -> "format.hour";
            case DAY -> major ? "format.day.major" : "format.day.minor";
            case WEEK -> "format.week.minor";
            case MONTH -> major ? "format.month.major" : "format.month.minor";
            case YEAR -> step >= 100 && major ? "format.century" : step >= 10 && major ? "format.decade" : "format.year";
        };
        return text.format(text.pattern(key), date, hour);
    }

    private static LocalDate dateOf(double t) {
        return LocalDate.ofEpochDay((long) Math.floor(t / DAY));
    }

    private static int hourOf(double t) {
        return (int) Math.floor((t - Math.floor(t / DAY) * DAY) / 3600);
    }

    /** The first boundary of {@code unit×step} at or after {@code t}. */
    static double first(double t, AxisUnit unit, int step) {
        switch (unit) {
            case HOUR -> {
                double period = step * 3600.0;
                return Math.ceil(t / period) * period;
            }
            case DAY -> {
                return Math.ceil(t / DAY) * DAY;
            }
            case WEEK -> {
                long d = (long) Math.ceil(t / DAY);
                while (Math.floorMod(d + 3, 7) != 0) {
                    d++;
                }
                return d * DAY;
            }
            case MONTH -> {
                LocalDate d = dateOf(t).withDayOfMonth(1);
                if (d.toEpochDay() * DAY < t) {
                    d = d.plusMonths(1);
                }
                while ((d.getMonthValue() - 1) % step != 0) {
                    d = d.plusMonths(1);
                }
                return d.toEpochDay() * DAY;
            }
            default -> {
                int y = dateOf(t).getYear();
                if (LocalDate.of(y, 1, 1).toEpochDay() * DAY < t) {
                    y++;
                }
                y += Math.floorMod(-y, step);
                return LocalDate.of(y, 1, 1).toEpochDay() * DAY;
            }
        }
    }

    /** The boundary after {@code t}, which is itself a boundary. */
    static double next(double t, AxisUnit unit, int step) {
        return switch (unit) {
            case HOUR -> t + step * 3600.0;
            case DAY -> t + step * DAY;
            case WEEK -> t + 7 * step * DAY;
            case MONTH -> dateOf(t).plusMonths(step).toEpochDay() * DAY;
            case YEAR -> dateOf(t).plusYears(step).toEpochDay() * DAY;
        };
    }

    /** The boundary before {@code t}, which is itself a boundary. */
    static double previous(double t, AxisUnit unit, int step) {
        return switch (unit) {
            case HOUR -> t - step * 3600.0;
            case DAY -> t - step * DAY;
            case WEEK -> t - 7 * step * DAY;
            case MONTH -> dateOf(t).minusMonths(step).toEpochDay() * DAY;
            case YEAR -> dateOf(t).minusYears(step).toEpochDay() * DAY;
        };
    }
}
