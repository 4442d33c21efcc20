package org.nienbieu.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.nienbieu.model.EventType;
import org.nienbieu.timeline.Frame;
import org.nienbieu.timeline.LaneMode;
import org.nienbieu.timeline.TimelineModel;
import org.nienbieu.timeline.Viewport;

/**
 * The timeline control: draws the {@link org.nienbieu.timeline.Frame} that the layout engine
 * computes for its model and viewport, lanes by type or actor, with an overview band below. The
 * user zooms (wheel, pinch, +/−) around the pointer, drags to pan, clicks to select, presses Enter
 * or double-clicks to open an event's source. Colours per event type and the canvas's other
 * colours come from CSS ({@code -nb-meeting}, {@code -nb-call}, …); state shows as the pseudo-classes
 * {@code :empty}, {@code :by-actor} and {@code :selection}.
 */
public final class TimelineView extends Control {

    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass BY_ACTOR = PseudoClass.getPseudoClass("by-actor");
    private static final PseudoClass SELECTION = PseudoClass.getPseudoClass("selection");

    private final ObjectProperty<TimelineModel> model =
            new SimpleObjectProperty<>(this, "model", TimelineModel.of(List.of()));
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport",
            new Viewport(0, 30 * Viewport.DAY, 800, 400));
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.BY_TYPE);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", UiText.VIETNAMESE);
    private final StringProperty selectedEventId = new SimpleStringProperty(this, "selectedEventId");
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "");
    private final ObjectProperty<Consumer<String>> onActivate = new SimpleObjectProperty<>(this, "onActivate", id -> { });
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");

    private final Map<EventType, StyleableProperty<Color>> typeColors = new EnumMap<>(EventType.class);
    private final StyleableProperty<Color> background = CSS.createStyleableColorProperty(this, "canvasBackground",
            "-nb-background", v -> v.background, Color.WHITE);
    private final StyleableProperty<Color> laneFill = CSS.createStyleableColorProperty(this, "laneFill",
            "-nb-lane-fill", v -> v.laneFill, Color.web("#f6f7f9"));
    private final StyleableProperty<Color> textColor = CSS.createStyleableColorProperty(this, "textColor",
            "-nb-text", v -> v.textColor, Color.web("#1f2328"));
    private final StyleableProperty<Color> mutedColor = CSS.createStyleableColorProperty(this, "mutedColor",
            "-nb-muted", v -> v.mutedColor, Color.web("#6e7781"));
    private final StyleableProperty<Color> gridColor = CSS.createStyleableColorProperty(this, "gridColor",
            "-nb-grid", v -> v.gridColor, Color.web("#e5e7eb"));
    private final StyleableProperty<Color> selectionColor = CSS.createStyleableColorProperty(this, "selectionColor",
            "-nb-selection", v -> v.selectionColor, Color.web("#f59e0b"));
    private final StyleableProperty<Color> clusterColor = CSS.createStyleableColorProperty(this, "clusterColor",
            "-nb-cluster", v -> v.clusterColor, Color.web("#57606a"));

    private static final Map<EventType, String> DEFAULT_COLORS = Map.of(
            EventType.MEETING, "#2563eb", EventType.CALL, "#0d9488", EventType.PROPOSAL, "#d97706",
            EventType.AGREEMENT, "#16a34a", EventType.SANCTION, "#dc2626", EventType.STATEMENT, "#7c3aed");

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        for (EventType t : EventType.values()) {
            String name = t.label();
            typeColors.put(t, CSS.createStyleableColorProperty(this, name + "Color", "-nb-" + name,
                    v -> v.typeColors.get(t), Color.web(DEFAULT_COLORS.get(t))));
        }
        model.addListener((o, a, m) -> pseudoClassStateChanged(EMPTY, m == null || m.size() == 0));
        laneMode.addListener((o, a, m) -> pseudoClassStateChanged(BY_ACTOR, m == LaneMode.BY_ACTOR));
        selectedEventId.addListener((o, a, id) -> pseudoClassStateChanged(SELECTION, id != null));
        pseudoClassStateChanged(EMPTY, true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** The prepared events drawn. */
    public ObjectProperty<TimelineModel> modelProperty() {
        return model;
    }

    public Viewport getViewport() {
        return viewport.get();
    }

    public String getSelectedEventId() {
        return selectedEventId.get();
    }

    public void setSelectedEventId(String id) {
        selectedEventId.set(id);
    }

    /** The visible range and the size it is drawn at; the skin keeps the size up to date. */
    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    /** Language of the axis and lane names. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public StringProperty selectedEventIdProperty() {
        return selectedEventId;
    }

    /** What is written on an empty timeline. */
    public StringProperty placeholderProperty() {
        return placeholder;
    }

    /** Called with the event's id on Enter or a double click. */
    public ObjectProperty<Consumer<String>> onActivateProperty() {
        return onActivate;
    }

    /** The frame last drawn (what the user sees), for hit-testing and tests. */
    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    void setFrame(Frame f) {
        frame.set(f);
    }

    Color typeColor(EventType type) {
        return typeColors.get(type).getValue();
    }

    Color background() {
        return background.getValue();
    }

    Color laneFill() {
        return laneFill.getValue();
    }

    Color textColor() {
        return textColor.getValue();
    }

    Color mutedColor() {
        return mutedColor.getValue();
    }

    Color gridColor() {
        return gridColor.getValue();
    }

    Color selectionColor() {
        return selectionColor.getValue();
    }

    Color clusterColor() {
        return clusterColor.getValue();
    }

    /** The colour properties, so the skin redraws when a stylesheet changes them. */
    List<javafx.beans.Observable> styleObservables() {
        List<javafx.beans.Observable> all = new java.util.ArrayList<>();
        typeColors.values().forEach(p -> all.add((javafx.beans.Observable) p));
        for (StyleableProperty<Color> p : List.of(background, laneFill, textColor, mutedColor, gridColor,
                selectionColor, clusterColor)) {
            all.add((javafx.beans.Observable) p);
        }
        return all;
    }
}
