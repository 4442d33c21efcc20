package org.nienbieu.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.timeline.AxisTick;
import org.nienbieu.timeline.Cluster;
import org.nienbieu.timeline.Frame;
import org.nienbieu.timeline.Item;
import org.nienbieu.timeline.ItemKind;
import org.nienbieu.timeline.Label;
import org.nienbieu.timeline.Lane;
import org.nienbieu.timeline.LabelMeasurer;
import org.nienbieu.timeline.Mark;
import org.nienbieu.timeline.Overview;
import org.nienbieu.timeline.TimelineLayout;
import org.nienbieu.timeline.TimelineModel;
import org.nienbieu.timeline.Viewport;

/**
 * Draws a {@link TimelineView} on two canvases, the timeline and the overview band below it, with a
 * gutter of lane names on the left. Every change only marks the canvas dirty and asks for a pulse;
 * the drawing happens once, in the scene's pre-layout pulse listener (or in {@code layoutChildren}
 * when the size changed), from a {@link Frame} of the visible range computed by
 * {@link TimelineLayout}. Hit-testing asks the same frame, so what is drawn is what is clicked.
 * Every listener and handler added here is removed in {@link #dispose()}.
 */
final class TimelineViewSkin extends SkinBase<TimelineView> {

    static final double GUTTER = 112;
    static final double BAND = 46;
    private static final double WHEEL_ZOOM = 1.0025;
    private static final Font LABEL_FONT = Font.font("System", 12);
    private static final Font AXIS_FONT = Font.font("System", 11.5);
    private static final Font MAJOR_FONT = Font.font("System", FontWeight.BOLD, 12);
    private static final Font LANE_FONT = Font.font("System", FontWeight.BOLD, 11.5);
    private static final Font BADGE_FONT = Font.font("System", FontWeight.BOLD, 11);

    private final Canvas canvas = new Canvas();
    private final Canvas band = new Canvas();
    private final Canvas gutter = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final Text measure = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final LabelMeasurer measurer = this::measure;
    private final List<Runnable> disposers = new ArrayList<>();
    private final Runnable pulse = this::onPulse;
    private TimelineLayout layout;
    private Locale layoutLocale;
    private Scene scene;
    private boolean dirty = true;
    private Frame frame;
    private Overview overview;
    private double pressX;
    private double lastDragX;
    private boolean dragged;
    private boolean bandDrag;
    private Mark hovered;

    TimelineViewSkin(TimelineView control) {
        super(control);
        getChildren().addAll(gutter, canvas, band);
        measure.setFont(LABEL_FONT);
        tooltip.setShowDelay(Duration.millis(250));
        InvalidationListener redraw = o -> markDirty();
        List<Observable> watched = new ArrayList<>(List.of(control.modelProperty(), control.viewportProperty(),
                control.laneModeProperty(), control.localeProperty(), control.selectedEventIdProperty(),
                control.placeholderProperty()));
        watched.addAll(control.styleObservables());
        for (Observable o : watched) {
            o.addListener(redraw);
            disposers.add(() -> o.removeListener(redraw));
        }
        ChangeListener<Scene> sceneChange = (o, old, now) -> attach(now);
        control.sceneProperty().addListener(sceneChange);
        disposers.add(() -> control.sceneProperty().removeListener(sceneChange));
        attach(control.getScene());
        handle(canvas, MouseEvent.MOUSE_PRESSED, this::pressed);
        handle(canvas, MouseEvent.MOUSE_DRAGGED, this::dragged);
        handle(canvas, MouseEvent.MOUSE_RELEASED, this::released);
        handle(canvas, MouseEvent.MOUSE_MOVED, this::moved);
        handle(canvas, MouseEvent.MOUSE_EXITED, e -> hideTooltip());
        handle(canvas, ScrollEvent.SCROLL, this::scrolled);
        handle(canvas, ZoomEvent.ZOOM, this::pinched);
        handle(band, MouseEvent.MOUSE_PRESSED, this::bandPressed);
        handle(band, MouseEvent.MOUSE_DRAGGED, this::bandDragged);
        handle(control, KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private <T extends javafx.event.Event> void handle(javafx.scene.Node node, javafx.event.EventType<T> type,
                                                      EventHandler<? super T> handler) {
        node.addEventHandler(type, handler);
        disposers.add(() -> node.removeEventHandler(type, handler));
    }

    private void attach(Scene now) {
        if (scene != null) {
            scene.removePreLayoutPulseListener(pulse);
        }
        scene = now;
        if (scene != null) {
            scene.addPreLayoutPulseListener(pulse);
            markDirty();
        }
    }

    @Override
    public void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
        if (scene != null) {
            scene.removePreLayoutPulseListener(pulse);
            scene = null;
        }
        hideTooltip();
        super.dispose();
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    private void onPulse() {
        if (dirty) {
            draw();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double mainW = Math.max(1, Math.floor(w - GUTTER));
        double mainH = Math.max(1, Math.floor(h - BAND));
        gutter.relocate(x, y);
        canvas.relocate(x + GUTTER, y);
        band.relocate(x, y + mainH);
        boolean resized = canvas.getWidth() != mainW || canvas.getHeight() != mainH || band.getWidth() != Math.floor(w);
        if (resized) {
            gutter.setWidth(GUTTER);
            gutter.setHeight(mainH);
            canvas.setWidth(mainW);
            canvas.setHeight(mainH);
            band.setWidth(Math.max(1, Math.floor(w)));
            band.setHeight(BAND);
            Viewport v = getSkinnable().getViewport();
            if (v.width() != mainW || v.height() != mainH) {
                getSkinnable().viewportProperty().set(v.resize(mainW, mainH));
            }
            dirty = true;
        }
        if (dirty) {
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 420;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return BAND + 120;
    }

    private double measure(String s) {
        Double w = widths.get(s);
        if (w == null) {
            if (widths.size() > 20_000) {
                widths.clear();
            }
            measure.setText(s);
            w = Math.ceil(measure.getLayoutBounds().getWidth());
            widths.put(s, w);
        }
        return w;
    }

    private TimelineLayout layout() {
        Locale locale = getSkinnable().localeProperty().get();
        if (layout == null || !locale.equals(layoutLocale)) {
            layout = new TimelineLayout(locale);
            layoutLocale = locale;
        }
        return layout;
    }

    // ---- drawing ------------------------------------------------------------------------------

    private void draw() {
        dirty = false;
        TimelineView view = getSkinnable();
        Viewport v = view.getViewport();
        if (canvas.getWidth() < 2 || canvas.getHeight() < 2) {
            return;
        }
        if (v.width() != canvas.getWidth() || v.height() != canvas.getHeight()) {
            v = v.resize(canvas.getWidth(), canvas.getHeight());
        }
        TimelineModel model = view.modelProperty().get();
        frame = layout().layout(model, v, view.laneModeProperty().get(), measurer);
        view.setFrame(frame);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(view.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        drawLanes(g, view);
        drawAxis(g, view);
        String selected = view.getSelectedEventId();
        for (Item item : frame.items()) {
            drawItem(g, view, item, item.eventId().equals(selected));
        }
        for (Cluster c : frame.clusters()) {
            drawCluster(g, view, c);
        }
        drawLabels(g, view, model, selected);
        drawSelectedCallout(g, view, selected);
        if (model.size() == 0) {
            g.setFill(view.mutedColor());
            g.setFont(Font.font("System", 14));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(view.placeholderProperty().get(), canvas.getWidth() / 2, canvas.getHeight() / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
        drawGutter(view);
        drawBand(view, model, v);
    }

    private void drawLanes(GraphicsContext g, TimelineView view) {
        List<Lane> lanes = frame.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            if (i % 2 == 0) {
                g.setFill(view.laneFill());
                g.fillRect(0, lane.y(), canvas.getWidth(), lane.height());
            }
        }
        g.setStroke(view.gridColor());
        g.setLineWidth(1);
        for (AxisTick t : frame.axis().minor()) {
            double x = Math.round(t.x()) + 0.5;
            g.strokeLine(x, 40, x, canvas.getHeight());
        }
        g.setStroke(view.gridColor().darker());
        for (AxisTick t : frame.axis().major()) {
            if (t.x() >= 0) {
                double x = Math.round(t.x()) + 0.5;
                g.strokeLine(x, 0, x, canvas.getHeight());
            }
        }
    }

    private void drawAxis(GraphicsContext g, TimelineView view) {
        g.setFill(view.background());
        g.fillRect(0, 0, canvas.getWidth(), 39);
        g.setStroke(view.gridColor().darker());
        g.strokeLine(0, 39.5, canvas.getWidth(), 39.5);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(view.textColor());
        g.setFont(MAJOR_FONT);
        for (AxisTick t : frame.axis().major()) {
            if (t.labelled()) {
                g.fillText(t.label(), t.labelX(), 11);
            }
        }
        g.setFill(view.mutedColor());
        g.setFont(AXIS_FONT);
        for (AxisTick t : frame.axis().minor()) {
            if (t.labelled()) {
                g.fillText(t.label(), t.labelX(), 29);
            }
            double x = Math.round(t.x()) + 0.5;
            g.setStroke(view.mutedColor());
            g.strokeLine(x, 34, x, 39);
        }
    }

    private void drawItem(GraphicsContext g, TimelineView view, Item item, boolean selected) {
        Color color = view.typeColor(item.type());
        double x0 = Math.max(item.x0(), -4);
        double x1 = Math.min(item.x1(), canvas.getWidth() + 4);
        double y = item.y();
        double h = item.height();
        EventStatus status = item.status();
        boolean hollow = status == EventStatus.PLANNED || status == EventStatus.POSTPONED;
        boolean struck = status == EventStatus.CANCELLED || status == EventStatus.REJECTED;
        Color fill = struck ? color.deriveColor(0, 0.5, 1.1, 0.45) : color;
        g.setLineWidth(1.5);
        g.setLineDashes((double[]) null);
        if (status == EventStatus.POSTPONED) {
            g.setLineDashes(3, 2);
        }
        if (item.kind() == ItemKind.DOT) {
            double d = h - 2;
            double cx = (item.x0() + item.x1()) / 2;
            double left = cx - d / 2;
            if (hollow) {
                g.setFill(view.background());
                g.fillOval(left, y + 1, d, d);
                g.setStroke(color);
                g.strokeOval(left + 0.75, y + 1.75, d - 1.5, d - 1.5);
            } else {
                g.setFill(fill);
                g.fillOval(left, y + 1, d, d);
            }
            if (selected) {
                ring(g, view, left - 2.5, y - 1.5, d + 5, d + 5, true);
            }
        } else {
            double w = Math.max(2, x1 - x0);
            if (item.kind() == ItemKind.FUZZY_SPAN) {
                Color solid = hollow ? color.deriveColor(0, 1, 1, 0.30) : color.deriveColor(0, 1, 1, 0.55);
                Color clear = color.deriveColor(0, 1, 1, 0.05);
                double fade = Math.min(0.3, 12 / w);
                g.setFill(new LinearGradient(x0, 0, x0 + w, 0, false, CycleMethod.NO_CYCLE,
                        new Stop(0, clear), new Stop(fade, solid), new Stop(1 - fade, solid), new Stop(1, clear)));
                g.fillRoundRect(x0, y, w, h, 6, 6);
                if (hollow) {
                    g.setStroke(color.deriveColor(0, 1, 1, 0.6));
                    g.strokeRoundRect(x0 + 0.75, y + 0.75, w - 1.5, h - 1.5, 6, 6);
                }
            } else if (hollow) {
                g.setFill(view.background());
                g.fillRoundRect(x0, y, w, h, 6, 6);
                g.setStroke(color);
                g.strokeRoundRect(x0 + 0.75, y + 0.75, w - 1.5, h - 1.5, 6, 6);
            } else {
                g.setFill(fill);
                g.fillRoundRect(x0, y, w, h, 6, 6);
            }
            if (selected) {
                ring(g, view, x0 - 2.5, y - 2.5, w + 5, h + 5, false);
            }
        }
        g.setLineDashes((double[]) null);
        if (struck) {
            g.setStroke(color.darker());
            g.setLineWidth(1.5);
            double cx0 = item.kind() == ItemKind.DOT ? (item.x0() + item.x1()) / 2 - h / 2 - 1 : x0;
            double cx1 = item.kind() == ItemKind.DOT ? (item.x0() + item.x1()) / 2 + h / 2 + 1 : x1;
            g.strokeLine(cx0, y + h / 2, cx1, y + h / 2);
        }
    }

    private static void ring(GraphicsContext g, TimelineView view, double x, double y, double w, double h, boolean oval) {
        g.setLineDashes((double[]) null);
        g.setStroke(view.selectionColor());
        g.setLineWidth(2.5);
        if (oval) {
            g.strokeOval(x, y, w, h);
        } else {
            g.strokeRoundRect(x, y, w, h, 8, 8);
        }
    }

    private void drawCluster(GraphicsContext g, TimelineView view, Cluster c) {
        double x0 = Math.max(c.x0(), -4);
        double w = Math.max(c.height() + 6, Math.min(c.x1(), canvas.getWidth() + 4) - x0);
        g.setFill(view.clusterColor());
        g.fillRoundRect(x0, c.y(), w, c.height(), c.height(), c.height());
        g.setFill(Color.WHITE);
        g.setFont(BADGE_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(String.valueOf(c.count()), x0 + w / 2, c.y() + c.height() / 2);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawLabels(GraphicsContext g, TimelineView view, TimelineModel model, String selected) {
        g.setFont(LABEL_FONT);
        g.setTextBaseline(VPos.CENTER);
        for (Label l : frame.labels()) {
            Item item = frame.items().get(l.item());
            boolean inside = l.x() < item.x1() && item.kind() != ItemKind.DOT;
            boolean solidBar = inside && item.kind() == ItemKind.BAR
                    && item.status() != EventStatus.PLANNED && item.status() != EventStatus.POSTPONED;
            boolean struck = item.status() == EventStatus.CANCELLED || item.status() == EventStatus.REJECTED;
            Color color = solidBar && !struck ? Color.WHITE : view.textColor();
            if (struck) {
                color = view.mutedColor();
            }
            g.setFill(color);
            if (item.eventId().equals(selected)) {
                g.setFont(Font.font("System", FontWeight.BOLD, 12));
            }
            double cy = l.y() + l.height() / 2;
            // The layout measured the regular font: a bold (selected) label is squeezed into that width.
            g.fillText(l.text(), l.x(), cy, l.width());
            if (struck) {
                g.setStroke(view.mutedColor());
                g.setLineWidth(1);
                g.strokeLine(l.x(), cy + 0.5, l.x() + l.width(), cy + 0.5);
            }
            if (item.eventId().equals(selected)) {
                g.setFont(LABEL_FONT);
            }
        }
    }

    /**
     * The selected event's label when the layout had no room for it: a callout on top, so the user
     * always sees what is selected (it may cover neighbours, which is what a focus callout does).
     */
    private void drawSelectedCallout(GraphicsContext g, TimelineView view, String selected) {
        if (selected == null) {
            return;
        }
        List<Item> items = frame.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (!item.eventId().equals(selected)) {
                continue;
            }
            int index = i;
            if (frame.labels().stream().anyMatch(l -> l.item() == index)) {
                return;
            }
            String label = getSkinnable().modelProperty().get().event(item.eventIndex()).label();
            double w = measure(label) + 12;
            double x = Math.min(Math.max(2, item.x1() + 6), canvas.getWidth() - w - 2);
            double y = item.y() - 1;
            double h = item.height() + 2;
            g.setFill(view.background());
            g.fillRoundRect(x, y, w, h, 8, 8);
            g.setStroke(view.selectionColor());
            g.setLineWidth(1.5);
            g.strokeRoundRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5, 8, 8);
            g.setFill(view.textColor());
            g.setFont(Font.font("System", FontWeight.BOLD, 12));
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label, x + 6, y + h / 2);
            g.setFont(LABEL_FONT);
            return;
        }
    }

    private void drawGutter(TimelineView view) {
        GraphicsContext g = gutter.getGraphicsContext2D();
        g.setFill(view.background());
        g.fillRect(0, 0, gutter.getWidth(), gutter.getHeight());
        List<Lane> lanes = frame.lanes();
        g.setFont(LANE_FONT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            if (i % 2 == 0) {
                g.setFill(view.laneFill());
                g.fillRect(0, lane.y(), gutter.getWidth(), lane.height());
            }
            Color swatch = lane.key().startsWith("type:")
                    ? view.typeColor(org.nienbieu.model.EventType.valueOf(lane.key().substring(5))) : view.mutedColor();
            g.setFill(swatch);
            g.fillRoundRect(8, lane.y() + 8, 4, Math.max(8, Math.min(lane.height() - 16, 40)), 2, 2);
            g.setFill(view.textColor());
            int maxLines = Math.max(1, (int) ((lane.height() - 12) / 15));
            List<String> lines = wrap(lane.name(), GUTTER - 26, maxLines);
            for (int k = 0; k < lines.size(); k++) {
                g.fillText(lines.get(k), 18, lane.y() + 7 + k * 15);
            }
        }
        g.setStroke(view.gridColor().darker());
        g.strokeLine(gutter.getWidth() - 0.5, 0, gutter.getWidth() - 0.5, gutter.getHeight());
        g.strokeLine(0, 39.5, gutter.getWidth(), 39.5);
    }

    private List<String> wrap(String text, double width, int maxLines) {
        measure.setFont(LANE_FONT);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            measure.setText(candidate);
            if (measure.getLayoutBounds().getWidth() <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + "…");
            lines = cut;
        }
        measure.setFont(LABEL_FONT);
        return lines;
    }

    private void drawBand(TimelineView view, TimelineModel model, Viewport v) {
        GraphicsContext g = band.getGraphicsContext2D();
        double w = band.getWidth();
        double bandW = Math.max(1, w - GUTTER);
        g.setFill(view.background());
        g.fillRect(0, 0, w, BAND);
        g.setStroke(view.gridColor().darker());
        g.setLineWidth(1);
        g.strokeLine(0, 0.5, w, 0.5);
        overview = Overview.of(model, v, (int) Math.max(1, Math.floor(bandW / 2)));
        double colW = bandW / overview.columns();
        double top = 8;
        double height = BAND - 14;
        g.setFill(view.laneFill());
        g.fillRect(GUTTER, top, bandW, height);
        if (overview.maxCount() > 0) {
            g.setFill(view.mutedColor().deriveColor(0, 1, 1, 0.7));
            for (int c = 0; c < overview.columns(); c++) {
                int n = overview.count(c);
                if (n > 0) {
                    double bh = Math.max(3, height * Math.sqrt((double) n / overview.maxCount()));
                    g.fillRect(GUTTER + c * colW, top + height - bh, Math.max(1.5, colW), bh);
                }
            }
        }
        double x0 = GUTTER + overview.windowX0() * colW;
        double x1 = GUTTER + overview.windowX1() * colW;
        double ww = Math.max(4, x1 - x0);
        g.setFill(view.selectionColor().deriveColor(0, 1, 1, 0.18));
        g.fillRect(x0, top - 3, ww, height + 6);
        g.setStroke(view.selectionColor());
        g.setLineWidth(1.5);
        g.strokeRect(x0 + 0.75, top - 2.25, ww - 1.5, height + 4.5);
        g.setFill(view.mutedColor());
        g.setFont(AXIS_FONT);
        g.setTextBaseline(VPos.CENTER);
        model.firstDay().ifPresent(d -> g.fillText(String.valueOf(d.getYear()), 10, top + height / 2));
    }

    // ---- interaction --------------------------------------------------------------------------

    private void setViewport(Viewport v) {
        getSkinnable().viewportProperty().set(v);
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        lastDragX = e.getX();
        dragged = false;
        hideTooltip();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) {
            return;
        }
        if (Math.abs(e.getX() - pressX) > 3) {
            dragged = true;
        }
        if (dragged) {
            setViewport(getSkinnable().getViewport().pan(e.getX() - lastDragX));
            lastDragX = e.getX();
        }
    }

    private void released(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY || frame == null) {
            return;
        }
        Optional<Mark> hit = frame.hit(e.getX(), e.getY());
        if (hit.isEmpty()) {
            return;
        }
        if (hit.get() instanceof Cluster c) {
            setViewport(Fit.days(getSkinnable().getViewport(), c.first(), c.last()));
        } else if (hit.get() instanceof Item item) {
            getSkinnable().setSelectedEventId(item.eventId());
            if (e.getClickCount() == 2) {
                getSkinnable().onActivateProperty().get().accept(item.eventId());
            }
        }
    }

    private void moved(MouseEvent e) {
        if (frame == null) {
            return;
        }
        Mark mark = frame.hit(e.getX(), e.getY()).orElse(null);
        if (mark == null) {
            hideTooltip();
            return;
        }
        if (!mark.equals(hovered)) {
            hovered = mark;
            tooltip.setText(describe(mark));
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 16);
        }
    }

    private void hideTooltip() {
        hovered = null;
        tooltip.hide();
    }

    private String describe(Mark mark) {
        UiText text = UiText.of(getSkinnable().localeProperty().get());
        DateWords dates = new DateWords(text.locale());
        if (mark instanceof Cluster c) {
            return text.get("timeline.cluster", c.count(), dates.say(org.nienbieu.model.DateSpan.days(c.first(), c.last())));
        }
        Item item = (Item) mark;
        Event e = getSkinnable().modelProperty().get().event(item.eventIndex());
        StringBuilder sb = new StringBuilder(e.label()).append('\n')
                .append(text.type(e.type())).append(" · ").append(text.status(e.status())).append('\n')
                .append(dates.say(e.date()));
        if (!e.actors().isEmpty()) {
            sb.append('\n').append(String.join(", ", e.actors().stream().map(a -> a.name()).toList()));
        }
        return sb.toString();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double dx = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            setViewport(getSkinnable().getViewport().pan(dx));
        } else {
            setViewport(getSkinnable().getViewport().zoom(Math.pow(WHEEL_ZOOM, e.getDeltaY()), e.getX()));
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        if (e.getZoomFactor() > 0 && Double.isFinite(e.getZoomFactor())) {
            setViewport(getSkinnable().getViewport().zoom(e.getZoomFactor(), e.getX()));
        }
        e.consume();
    }

    private void bandPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        bandDrag = true;
        bandDragged(e);
    }

    private void bandDragged(MouseEvent e) {
        if (!bandDrag || overview == null) {
            return;
        }
        double bandW = Math.max(1, band.getWidth() - GUTTER);
        double column = (e.getX() - GUTTER) / (bandW / overview.columns());
        setViewport(getSkinnable().getViewport().centerOn(overview.time(Math.max(0, Math.min(overview.columns(), column)))));
    }

    private void keyPressed(KeyEvent e) {
        TimelineView view = getSkinnable();
        Viewport v = view.getViewport();
        KeyCode code = e.getCode();
        String ch = e.getText();
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS || "+".equals(ch)) {
            setViewport(v.zoom(TimelineViewModel.ZOOM_STEP, v.width() / 2));
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT || "-".equals(ch)) {
            setViewport(v.zoom(1 / TimelineViewModel.ZOOM_STEP, v.width() / 2));
        } else if (code == KeyCode.F && !e.isShortcutDown()) {
            fit(view);
        } else if (code == KeyCode.RIGHT || code == KeyCode.DOWN) {
            step(view, 1);
        } else if (code == KeyCode.LEFT || code == KeyCode.UP) {
            step(view, -1);
        } else if (code == KeyCode.ENTER && view.getSelectedEventId() != null) {
            view.onActivateProperty().get().accept(view.getSelectedEventId());
        } else {
            return;
        }
        e.consume();
    }

    private void fit(TimelineView view) {
        TimelineModel m = view.modelProperty().get();
        if (m.size() > 0) {
            setViewport(Fit.days(view.getViewport(), m.firstDay().orElseThrow(), m.lastDay().orElseThrow()));
        }
    }

    /** Selects the next or previous event in date order and brings it into view. */
    private void step(TimelineView view, int direction) {
        TimelineModel m = view.modelProperty().get();
        if (m.size() == 0) {
            return;
        }
        int current = -1;
        String id = view.getSelectedEventId();
        if (id != null) {
            for (int i = 0; i < m.size(); i++) {
                if (m.event(i).id().equals(id)) {
                    current = i;
                    break;
                }
            }
        }
        int next;
        if (current < 0) {
            Viewport v = view.getViewport();
            int[] visible = m.intersecting(LocalDate.ofEpochDay((long) Math.floor(v.start() / Viewport.DAY)),
                    LocalDate.ofEpochDay((long) Math.floor(v.end() / Viewport.DAY)));
            next = visible.length > 0 ? (direction > 0 ? visible[0] : visible[visible.length - 1]) : 0;
        } else {
            next = Math.max(0, Math.min(m.size() - 1, current + direction));
        }
        Event e = m.event(next);
        view.setSelectedEventId(e.id());
        Viewport v = view.getViewport();
        double s = m.startDay(next) * Viewport.DAY;
        double end = (m.endDay(next) + 1) * Viewport.DAY;
        if (end < v.start() || s > v.end() - v.duration() * 0.15) {
            setViewport(v.centerOn((s + end) / 2));
        }
    }
}
