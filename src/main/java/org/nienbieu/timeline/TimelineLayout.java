package org.nienbieu.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Precision;

/**
 * Computes one {@link Frame}: the events intersecting the viewport (binary search per span class),
 * split into lanes by type or by actor, then, lane by lane in start order, grouped into cells
 * {@code clusterPx} wide aligned on absolute time (so panning never reshuffles them). A cell whose
 * events can all be stacked in free rows (first fit on each row's right end), with at most one of
 * them narrower than a cell, is drawn event by event; otherwise it becomes one cluster. Anything that still finds no free row is absorbed into a
 * row's last mark, which becomes or grows a cluster, so marks in a row never overlap. Labels then
 * go inside a bar wide enough or to the right of their item up to the next mark of the same row,
 * else are hidden, so they never overlap a label or another mark. Work per frame is linear in the
 * visible events plus a few binary searches; the output is bounded by what fits on screen. An
 * instance keeps scratch buffers and a cache of label widths between frames: use one per thread.
 */
public final class TimelineLayout {

    private static final int NONE = Integer.MIN_VALUE;
    private static final int BLOCK = 32;
    private static final int CLUSTER = -1;
    private static final int DOT = ItemKind.DOT.ordinal();
    private static final int BAR = ItemKind.BAR.ordinal();
    private static final int FUZZY_SPAN = ItemKind.FUZZY_SPAN.ordinal();
    private static final ItemKind[] KINDS = ItemKind.values();
    private static final EventStatus[] STATUSES = EventStatus.values();
    private static final EventType[] TYPES = EventType.values();
    private static final Precision[] PRECISIONS = Precision.values();
    private static final boolean[] FUZZY = new boolean[PRECISIONS.length];

    static {
        for (Precision p : List.of(Precision.WEEK, Precision.MONTH, Precision.PART_OF_MONTH, Precision.QUARTER,
                Precision.SEASON, Precision.YEAR)) {
            FUZZY[p.ordinal()] = true;
        }
    }

    private final LayoutOptions options;
    private final TimelineText text;
    private final TimeAxis timeAxis;
    private final TimelineModel.Query query = new TimelineModel.Query();

    // Lanes of the last model and mode, recomputed only when they change.
    private TimelineModel laneModel;
    private LaneMode laneMode;
    private String[] laneKeys;
    private String[] laneNames;
    private int[] laneOfType;
    private int actorLanes;
    private int otherLane;
    private int[][] laneMembers;
    private int[][] laneStarts;
    private int[][] laneEnds;
    private int[][] laneBlockMax;
    private double boxX0;
    private double boxX1;

    // Label widths by event index, for the last model and measurer.
    private TimelineModel widthModel;
    private LabelMeasurer widthMeasurer;
    private float[] labelWidth;

    // Per-lane scratch.
    private double[][] rowEnd = new double[0][];
    /** Where each row's last label would end: a new item prefers a row it leaves that label room in. */
    private double[][] rowLabelEnd = new double[0][];
    private LabelMeasurer frameMeasurer;
    private int[][] rowTail = new int[0][];
    private int[][] members = new int[0][];
    private double[][] memberX0 = new double[0][];
    private double[][] memberX1 = new double[0][];
    private long[] cellId = new long[0];
    private int[] cellCount = new int[0];
    private int[] cellNarrow = new int[0];
    private double[] cellX0 = new double[0];
    private double[] cellX1 = new double[0];
    private int[] cellFirst = new int[0];
    private int[] cellLast = new int[0];
    private final double[] simulated = new double[1024];

    // Marks of the frame being built, structure of arrays.
    private int marks;
    private int[] markEvent = new int[256];
    private int[] markLane = new int[256];
    private int[] markRow = new int[256];
    private int[] markKind = new int[256];
    private int[] markCount = new int[256];
    private int[] markFirst = new int[256];
    private int[] markLast = new int[256];
    private double[] markX0 = new double[256];
    private double[] markX1 = new double[256];
    private double[] markRoom = new double[256];

    // Geometry of the frame being built.
    private double width;
    private double pxPerDay;
    private double startDay;
    private double cellBase;
    private double cellScale;

    public TimelineLayout(Locale locale, LayoutOptions options) {
        this.options = options;
        this.text = new TimelineText(locale);
        this.timeAxis = new TimeAxis(locale, options.minAxisLabelPx(), options.labelPadding());
    }

    public TimelineLayout(Locale locale) {
        this(locale, LayoutOptions.defaults());
    }

    public LayoutOptions options() {
        return options;
    }

    /** The frame of {@code model} seen through {@code viewport}, lanes by {@code mode}. */
    public Frame layout(TimelineModel model, Viewport viewport, LaneMode mode, LabelMeasurer measurer) {
        prepareLanes(model, mode);
        prepareWidths(model, measurer);
        frameMeasurer = measurer;
        int laneCount = laneKeys.length;
        double top = options.axisHeight();
        double laneHeight = laneCount == 0 ? 0 : Math.max(0, viewport.height() - top) / laneCount;
        int rows = Math.max(1, Math.min(simulated.length,
                (int) Math.floor((laneHeight - 2 * options.lanePadding()) / options.rowHeight())));
        prepareScratch(laneCount, rows);

        width = viewport.width();
        pxPerDay = Viewport.DAY / viewport.secondsPerPixel();
        startDay = viewport.start() / Viewport.DAY;
        cellBase = viewport.start() / (options.clusterPx() * viewport.secondsPerPixel());
        cellScale = 1 / options.clusterPx();
        marks = 0;

        int firstDay = (int) Math.floor(viewport.start() / Viewport.DAY);
        int lastDay = (int) Math.ceil(viewport.end() / Viewport.DAY) - 1;
        int before = model.collect(firstDay, lastDay, query);
        int visible = before + query.to - query.from;
        int[] earlier = query.out;
        boolean byType = mode == LaneMode.BY_TYPE;
        for (int k = 0; k < before; k++) {
            dispatch(model, earlier[k], byType);
        }
        for (int lane = 0; lane < laneCount; lane++) {
            sweep(model, lane, firstDay, lastDay, rows);
        }
        for (int lane = 0; lane < laneCount; lane++) {
            flush(lane);
        }

        List<Lane> lanes = new ArrayList<>(laneCount);
        for (int lane = 0; lane < laneCount; lane++) {
            lanes.add(new Lane(laneKeys[lane], laneNames[lane], top + lane * laneHeight, laneHeight, rows));
        }
        return emit(model, viewport, measurer, lanes, visible);
    }

    /** Computes the event's box once and hands it to each of its lanes. */
    private void dispatch(TimelineModel model, int e, boolean byType) {
        box(model, e);
        double x0 = boxX0;
        double x1 = boxX1;
        int startD = model.startDay(e);
        int endD = model.endDay(e);
        long cell = cellOf(startD);
        if (byType) {
            add(laneOfType[model.typeOrdinal(e)], e, cell, x0, x1, startD, endD);
            return;
        }
        boolean any = false;
        for (int a = model.actorFrom(e), to = model.actorTo(e); a < to; a++) {
            int rank = model.actorRankAt(a);
            if (rank >= actorLanes) {
                break;
            }
            add(rank, e, cell, x0, x1, startD, endD);
            any = true;
        }
        if (!any) {
            add(otherLane, e, cell, x0, x1, startD, endD);
        }
    }

    /**
     * Walks one lane's events that start inside the window, cell by cell: a cell is found by
     * galloping over the lane's start days, and one with more events than rows becomes a cluster
     * from its count, first start and (block-maximum) last end without touching each event, so a
     * zoomed-out frame costs per cell, not per event.
     */
    private void sweep(TimelineModel model, int lane, int firstDay, int lastDay, int rows) {
        int[] starts = laneStarts[lane];
        int[] mem = laneMembers[lane];
        int p = TimelineModel.lowerBound(starts, firstDay);
        int hi = TimelineModel.upperBound(starts, lastDay);
        while (p < hi) {
            long cell = cellOf(starts[p]);
            int q = endOfCell(starts, p, hi, cell);
            int pending = cellCount[lane] > 0 && cellId[lane] == cell ? cellCount[lane] : 0;
            if (q - p + pending > rows) {
                bulk(lane, cell, starts, p, q);
            } else {
                for (int k = p; k < q; k++) {
                    int e = mem[k];
                    box(model, e);
                    add(lane, e, cell, boxX0, boxX1, starts[k], model.endDay(e));
                }
            }
            p = q;
        }
    }

    private long cellOf(int day) {
        return (long) Math.floor((day - startDay) * pxPerDay * cellScale + cellBase);
    }

    /** The first position after {@code p} (and at most {@code hi}) whose start is in a later cell. */
    private int endOfCell(int[] starts, int p, int hi, long cell) {
        int step = 1;
        int lo = p;
        while (p + step < hi && cellOf(starts[p + step]) == cell) {
            lo = p + step;
            step <<= 1;
        }
        int up = Math.min(p + step, hi);
        // Invariant: cellOf(starts[lo]) == cell, and up == hi or cellOf(starts[up]) != cell.
        while (up - lo > 1) {
            int mid = (lo + up) >>> 1;
            if (cellOf(starts[mid]) == cell) {
                lo = mid;
            } else {
                up = mid;
            }
        }
        return up;
    }

    /** Adds the lane's events {@code p..q-1}, all in {@code cell}, as a count without a box each. */
    private void bulk(int lane, long cell, int[] starts, int p, int q) {
        if (cellCount[lane] > 0 && cellId[lane] != cell) {
            flush(lane);
        }
        int lastEnd = maxEnd(lane, p, q);
        double xsFirst = (starts[p] - startDay) * pxPerDay;
        double xsLast = (starts[q - 1] - startDay) * pxPerDay;
        double x1 = Math.max(xsLast + options.dotWidth(), (lastEnd + 1 - startDay) * pxPerDay - options.itemGap());
        if (cellCount[lane] == 0) {
            cellId[lane] = cell;
            cellX0[lane] = Math.max(-1, xsFirst);
            cellX1[lane] = Math.max(Math.min(x1, width + 1), cellX0[lane] + 1);
            cellFirst[lane] = starts[p];
            cellLast[lane] = lastEnd;
        } else {
            cellX1[lane] = Math.max(cellX1[lane], Math.min(x1, width + 1));
            cellLast[lane] = Math.max(cellLast[lane], lastEnd);
        }
        cellNarrow[lane] = 2;
        cellCount[lane] += q - p;
    }

    private int maxEnd(int lane, int p, int q) {
        int[] ends = laneEnds[lane];
        int[] blocks = laneBlockMax[lane];
        int max = Integer.MIN_VALUE;
        int k = p;
        while (k < q && (k & (BLOCK - 1)) != 0) {
            max = Math.max(max, ends[k++]);
        }
        while (k + BLOCK <= q) {
            max = Math.max(max, blocks[k / BLOCK]);
            k += BLOCK;
        }
        while (k < q) {
            max = Math.max(max, ends[k++]);
        }
        return max;
    }

    /**
     * The event's box into {@code boxX0/boxX1}: a dot is {@code dotWidth} from its start, a bar
     * ends {@code itemGap} before the day after its last, a fuzzy span is a bar at least a dot
     * wide; x is clamped to one pixel outside the frame.
     */
    private void box(TimelineModel model, int e) {
        double xs = (model.startDay(e) - startDay) * pxPerDay;
        double xe = (model.endDay(e) + 1 - startDay) * pxPerDay - options.itemGap();
        double x1;
        if (FUZZY[model.precisionOrdinal(e)]) {
            x1 = Math.max(xs + options.dotWidth(), xe);
        } else if (xe - xs >= options.minBarWidth()) {
            x1 = xe;
        } else {
            x1 = xs + options.dotWidth();
        }
        double x0 = Math.max(-1, xs);
        boxX0 = x0;
        boxX1 = Math.max(Math.min(x1, width + 1), x0 + 1);
    }

    private void add(int lane, int e, long cell, double x0, double x1, int startD, int endD) {
        int c = cellCount[lane];
        if (c > 0 && cellId[lane] != cell) {
            flush(lane);
            c = 0;
        }
        int[] buffer = members[lane];
        if (c == 0) {
            cellId[lane] = cell;
            cellX0[lane] = x0;
            cellX1[lane] = x1;
            cellFirst[lane] = startD;
            cellLast[lane] = endD;
            cellNarrow[lane] = 0;
        } else {
            // Events come in start order: x0 and the first day never decrease.
            cellX1[lane] = Math.max(cellX1[lane], x1);
            cellLast[lane] = Math.max(cellLast[lane], endD);
        }
        if (x1 - x0 < options.clusterPx()) {
            cellNarrow[lane]++;
        }
        if (c < buffer.length) {
            buffer[c] = e;
            memberX0[lane][c] = x0;
            memberX1[lane][c] = x1;
        }
        cellCount[lane] = c + 1;
    }

    /**
     * Draws the lane's current cell one by one if all its events fit in free rows and at most one
     * of them is narrower than a cell (more than one small item per cell is too dense to tell
     * apart), else as one cluster.
     */
    private void flush(int lane) {
        int c = cellCount[lane];
        if (c == 0) {
            return;
        }
        cellCount[lane] = 0;
        double[] ends = rowEnd[lane];
        int[] buffer = members[lane];
        double[] xs0 = memberX0[lane];
        double[] xs1 = memberX1[lane];
        if (c <= buffer.length && (c == 1 || cellNarrow[lane] < 2) && fitsOneByOne(ends, xs0, xs1, c)) {
            for (int k = 0; k < c; k++) {
                int row = rowKeepingLabels(lane, ends, xs0[k]);
                int e = buffer[k];
                place(lane, row, e, memberKind(e), xs0[k], xs1[k], 1, laneModel.startDay(e), laneModel.endDay(e));
            }
            return;
        }
        double x0 = cellX0[lane];
        double x1 = Math.min(width + 1, Math.max(cellX1[lane], x0 + options.clusterMinWidth()));
        int row = firstFreeRow(ends, x0);
        if (row >= 0) {
            place(lane, row, -1, CLUSTER, x0, x1, c, cellFirst[lane], cellLast[lane]);
        } else {
            absorb(lane, x1, c, cellFirst[lane], cellLast[lane]);
        }
    }

    private int memberKind(int e) {
        TimelineModel model = laneModel;
        if (FUZZY[model.precisionOrdinal(e)]) {
            return FUZZY_SPAN;
        }
        double xs = (model.startDay(e) - startDay) * pxPerDay;
        double xe = (model.endDay(e) + 1 - startDay) * pxPerDay - options.itemGap();
        return xe - xs >= options.minBarWidth() ? BAR : DOT;
    }

    private boolean fitsOneByOne(double[] ends, double[] xs0, double[] xs1, int count) {
        System.arraycopy(ends, 0, simulated, 0, ends.length);
        for (int k = 0; k < count; k++) {
            double x0 = xs0[k];
            int row = -1;
            for (int r = 0; r < ends.length; r++) {
                if (simulated[r] <= x0) {
                    row = r;
                    break;
                }
            }
            if (row < 0) {
                return false;
            }
            simulated[row] = xs1[k];
        }
        return true;
    }

    /**
     * The first row whose last label still fits before {@code x0}, so that stacking an item does
     * not hide a neighbour's label while lower rows stand empty; else the first free row.
     */
    private int rowKeepingLabels(int lane, double[] ends, double x0) {
        double[] labelEnds = rowLabelEnd[lane];
        for (int r = 0; r < ends.length; r++) {
            if (ends[r] <= x0 && labelEnds[r] <= x0) {
                return r;
            }
        }
        return firstFreeRow(ends, x0);
    }

    private double labelEnd(int event, double x1) {
        if (event < 0 || frameMeasurer == null) {
            return x1;
        }
        float w = labelWidth[event];
        if (Float.isNaN(w)) {
            w = (float) frameMeasurer.width(laneModel.event(event).label());
            labelWidth[event] = w;
        }
        return x1 + options.labelGap() + w + options.labelPadding();
    }

    private static int firstFreeRow(double[] ends, double x0) {
        for (int r = 0; r < ends.length; r++) {
            if (ends[r] <= x0) {
                return r;
            }
        }
        return -1;
    }

    private void place(int lane, int row, int event, int kind, double x0, double x1, int count, int first, int last) {
        if (row < 0) {
            absorb(lane, x1, count, first, last);
            return;
        }
        int tail = rowTail[lane][row];
        if (tail != NONE) {
            markRoom[tail] = x0;
        }
        ensureMarks();
        int m = marks++;
        markEvent[m] = event;
        markLane[m] = lane;
        markRow[m] = row;
        markKind[m] = kind;
        markX0[m] = x0;
        markX1[m] = x1;
        markCount[m] = count;
        markFirst[m] = first;
        markLast[m] = last;
        markRoom[m] = Double.POSITIVE_INFINITY;
        rowTail[lane][row] = m;
        rowEnd[lane][row] = x1;
        rowLabelEnd[lane][row] = labelEnd(event, x1);
    }

    /**
     * Merges what found no free row into the last mark of a row: preferably a cluster, else the row
     * that frees first. Only the tail's right end moves, so the row stays free of overlaps.
     */
    private void absorb(int lane, double x1, int count, int first, int last) {
        double[] ends = rowEnd[lane];
        int[] tails = rowTail[lane];
        int best = -1;
        for (int r = 0; r < ends.length; r++) {
            if (tails[r] != NONE && markKind[tails[r]] == CLUSTER && (best < 0 || ends[r] < ends[best])) {
                best = r;
            }
        }
        if (best < 0) {
            best = 0;
            for (int r = 1; r < ends.length; r++) {
                if (ends[r] < ends[best]) {
                    best = r;
                }
            }
        }
        int m = tails[best];
        markKind[m] = CLUSTER;
        markEvent[m] = -1;
        markCount[m] += count;
        markFirst[m] = Math.min(markFirst[m], first);
        markLast[m] = Math.max(markLast[m], last);
        markX1[m] = Math.max(markX1[m], x1);
        ends[best] = markX1[m];
        rowLabelEnd[lane][best] = Math.max(rowLabelEnd[lane][best], markX1[m]);
    }

    private Frame emit(TimelineModel model, Viewport viewport, LabelMeasurer measurer, List<Lane> lanes, int visible) {
        prepareWidths(model, measurer);
        List<Item> items = new ArrayList<>(marks);
        List<Cluster> clusters = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        double rowHeight = options.rowHeight();
        double itemHeight = options.itemHeight();
        double inset = options.lanePadding() + (rowHeight - itemHeight) / 2;
        // Placement is over: rowEnd now tracks where each row's drawing (mark or label) ends, so a
        // label set left of its mark never covers its neighbour. Marks of a row come left to right.
        for (double[] ends : rowEnd) {
            Arrays.fill(ends, Double.NEGATIVE_INFINITY);
        }
        for (int m = 0; m < marks; m++) {
            Lane lane = lanes.get(markLane[m]);
            double y = lane.y() + inset + markRow[m] * rowHeight;
            double drawnBefore = rowEnd[markLane[m]][markRow[m]];
            rowEnd[markLane[m]][markRow[m]] = Math.max(drawnBefore, markX1[m]);
            if (markKind[m] == CLUSTER) {
                clusters.add(new Cluster(markLane[m], markRow[m], markX0[m], markX1[m], y, itemHeight, markCount[m],
                        LocalDate.ofEpochDay(markFirst[m]), LocalDate.ofEpochDay(markLast[m])));
                continue;
            }
            int e = markEvent[m];
            ItemKind kind = KINDS[markKind[m]];
            items.add(new Item(e, model.event(e).id(), markLane[m], markRow[m], markX0[m], markX1[m], y, itemHeight,
                    kind, STATUSES[model.statusOrdinal(e)], TYPES[model.typeOrdinal(e)],
                    PRECISIONS[model.precisionOrdinal(e)]));
            placeLabel(model, measurer, m, kind, y, items.size() - 1, drawnBefore, labels);
        }
        return new Frame(viewport, timeAxis.ticks(viewport, measurer), Collections.unmodifiableList(lanes),
                Collections.unmodifiableList(items), Collections.unmodifiableList(clusters),
                Collections.unmodifiableList(labels), visible, model.undated().size());
    }

    /**
     * Inside a bar that holds it; else right of the item, up to the row's next mark and the frame's
     * right edge; else, near that edge, left of the item after whatever the row drew before; else
     * nowhere (it shows on hover). A label is never cut by the edge of the frame.
     */
    private void placeLabel(TimelineModel model, LabelMeasurer measurer, int m, ItemKind kind, double y, int item,
                            double drawnBefore, List<Label> labels) {
        double pad = options.labelPadding();
        double gap = options.labelGap();
        double x0 = markX0[m];
        double x1 = markX1[m];
        double inside = kind == ItemKind.DOT ? 0 : Math.min(x1, width) - Math.max(x0, 0) - 2 * pad;
        double rightX = x1 + gap;
        double right = Math.min(markRoom[m], width) - pad - rightX;
        double leftEnd = x0 - gap;
        double left = leftEnd - Math.max(0, drawnBefore + gap);
        if (inside <= pad && right <= pad && left <= pad) {
            return;
        }
        int e = markEvent[m];
        float w = labelWidth[e];
        if (Float.isNaN(w)) {
            w = (float) measurer.width(model.event(e).label());
            labelWidth[e] = w;
        }
        if (w <= 0) {
            return;
        }
        double labelEnd;
        if (w <= inside) {
            labels.add(new Label(model.event(e).label(), Math.max(x0, 0) + pad, y, w, options.itemHeight(), item));
            labelEnd = x1;
        } else if (w <= right) {
            labels.add(new Label(model.event(e).label(), rightX, y, w, options.itemHeight(), item));
            labelEnd = rightX + w;
        } else if (w <= left && markRoom[m] >= width) {
            // Only the row's last visible mark looks left: elsewhere the right side is the rule.
            labels.add(new Label(model.event(e).label(), leftEnd - w, y, w, options.itemHeight(), item));
            labelEnd = x1;
        } else {
            return;
        }
        double[] ends = rowEnd[markLane[m]];
        ends[markRow[m]] = Math.max(ends[markRow[m]], labelEnd);
    }

    private void prepareWidths(TimelineModel model, LabelMeasurer measurer) {
        if (widthModel != model || widthMeasurer != measurer) {
            labelWidth = new float[model.size()];
            Arrays.fill(labelWidth, Float.NaN);
            widthModel = model;
            widthMeasurer = measurer;
        }
    }

    private void prepareLanes(TimelineModel model, LaneMode mode) {
        if (laneModel == model && laneMode == mode) {
            return;
        }
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        laneOfType = new int[TYPES.length];
        Arrays.fill(laneOfType, -1);
        if (mode == LaneMode.BY_TYPE) {
            boolean[] present = new boolean[TYPES.length];
            for (int i = 0; i < model.size(); i++) {
                present[model.typeOrdinal(i)] = true;
            }
            for (EventType t : TYPES) {
                if (present[t.ordinal()]) {
                    laneOfType[t.ordinal()] = keys.size();
                    keys.add("type:" + t.name());
                    names.add(text.laneName(t));
                }
            }
            actorLanes = 0;
            otherLane = -1;
        } else {
            List<TimelineModel.RankedActor> ranking = model.actorRanking();
            actorLanes = Math.min(options.topActors(), ranking.size());
            for (int r = 0; r < actorLanes; r++) {
                keys.add("actor:" + ranking.get(r).entityId());
                names.add(ranking.get(r).name());
            }
            boolean other = false;
            for (int i = 0; i < model.size() && !other; i++) {
                other = model.actorFrom(i) == model.actorTo(i) || model.actorRankAt(model.actorFrom(i)) >= actorLanes;
            }
            otherLane = other ? keys.size() : -1;
            if (other) {
                keys.add("other");
                names.add(text.otherLane());
            }
        }
        laneKeys = keys.toArray(String[]::new);
        laneNames = names.toArray(String[]::new);
        buildLaneIndex(model, mode, keys.size());
        laneModel = model;
        laneMode = mode;
    }

    /** Each lane's events in start order, their days, and the maximum last day of every block of 32. */
    private void buildLaneIndex(TimelineModel model, LaneMode mode, int laneCount) {
        int[] size = new int[laneCount];
        int n = model.size();
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                laneMembers = new int[laneCount][];
                for (int lane = 0; lane < laneCount; lane++) {
                    laneMembers[lane] = new int[size[lane]];
                    size[lane] = 0;
                }
            }
            for (int e = 0; e < n; e++) {
                if (mode == LaneMode.BY_TYPE) {
                    int lane = laneOfType[model.typeOrdinal(e)];
                    if (pass == 1) {
                        laneMembers[lane][size[lane]] = e;
                    }
                    size[lane]++;
                    continue;
                }
                boolean any = false;
                for (int a = model.actorFrom(e), to = model.actorTo(e); a < to; a++) {
                    int rank = model.actorRankAt(a);
                    if (rank >= actorLanes) {
                        break;
                    }
                    if (pass == 1) {
                        laneMembers[rank][size[rank]] = e;
                    }
                    size[rank]++;
                    any = true;
                }
                if (!any) {
                    if (pass == 1) {
                        laneMembers[otherLane][size[otherLane]] = e;
                    }
                    size[otherLane]++;
                }
            }
        }
        laneStarts = new int[laneCount][];
        laneEnds = new int[laneCount][];
        laneBlockMax = new int[laneCount][];
        for (int lane = 0; lane < laneCount; lane++) {
            int[] mem = laneMembers[lane];
            laneStarts[lane] = new int[mem.length];
            laneEnds[lane] = new int[mem.length];
            laneBlockMax[lane] = new int[(mem.length + BLOCK - 1) / BLOCK];
            Arrays.fill(laneBlockMax[lane], Integer.MIN_VALUE);
            for (int k = 0; k < mem.length; k++) {
                laneStarts[lane][k] = model.startDay(mem[k]);
                laneEnds[lane][k] = model.endDay(mem[k]);
                laneBlockMax[lane][k / BLOCK] = Math.max(laneBlockMax[lane][k / BLOCK], laneEnds[lane][k]);
            }
        }
    }

    private void prepareScratch(int laneCount, int rows) {
        if (rowEnd.length != laneCount || (laneCount > 0 && rowEnd[0].length != rows)) {
            rowEnd = new double[laneCount][rows];
            rowLabelEnd = new double[laneCount][rows];
            rowTail = new int[laneCount][rows];
            members = new int[laneCount][rows];
            memberX0 = new double[laneCount][rows];
            memberX1 = new double[laneCount][rows];
            cellId = new long[laneCount];
            cellCount = new int[laneCount];
            cellNarrow = new int[laneCount];
            cellX0 = new double[laneCount];
            cellX1 = new double[laneCount];
            cellFirst = new int[laneCount];
            cellLast = new int[laneCount];
        }
        for (int lane = 0; lane < laneCount; lane++) {
            Arrays.fill(rowEnd[lane], Double.NEGATIVE_INFINITY);
            Arrays.fill(rowLabelEnd[lane], Double.NEGATIVE_INFINITY);
            Arrays.fill(rowTail[lane], NONE);
            cellCount[lane] = 0;
        }
    }

    private void ensureMarks() {
        if (marks < markEvent.length) {
            return;
        }
        int n = markEvent.length * 2;
        markEvent = Arrays.copyOf(markEvent, n);
        markLane = Arrays.copyOf(markLane, n);
        markRow = Arrays.copyOf(markRow, n);
        markKind = Arrays.copyOf(markKind, n);
        markCount = Arrays.copyOf(markCount, n);
        markFirst = Arrays.copyOf(markFirst, n);
        markLast = Arrays.copyOf(markLast, n);
        markX0 = Arrays.copyOf(markX0, n);
        markX1 = Arrays.copyOf(markX1, n);
        markRoom = Arrays.copyOf(markRoom, n);
    }
}
