package org.nienbieu.ui;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.nienbieu.model.Event;
import org.nienbieu.timeline.LaneMode;
import org.nienbieu.timeline.TimelineModel;
import org.nienbieu.timeline.Viewport;

/**
 * The timeline's state: the events shown (all of the chronology, or those the search left), the
 * visible range, the lane mode and the selected event. Zooming and fitting are pure functions of
 * {@link Viewport}; the control binds its properties to these both ways, so a zoom from the wheel
 * and one from a menu are the same change.
 */
public final class TimelineViewModel {

    /** One step of the +/− keys and buttons. */
    static final double ZOOM_STEP = 1.5;

    private final ReadOnlyObjectWrapper<TimelineModel> model =
            new ReadOnlyObjectWrapper<>(this, "model", TimelineModel.of(List.of()));
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport",
            Viewport.ofDays(LocalDate.now().minusMonths(6), LocalDate.now(), 1000, 500));
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.BY_TYPE);
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private List<Event> all = List.of();

    public ReadOnlyObjectProperty<TimelineModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public TimelineModel model() {
        return model.get();
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public Viewport viewport() {
        return viewport.get();
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    /** The whole chronology; everything is shown until {@link #showOnly} narrows it. */
    public void setEvents(List<Event> events) {
        all = List.copyOf(events);
        model.set(TimelineModel.of(all));
    }

    /**
     * Shows only the events whose ids are given. When none of them falls in the visible range the
     * view fits them, so a search never leaves the user looking at an empty stretch.
     */
    public void showOnly(Collection<String> ids) {
        Set<String> keep = new HashSet<>(ids);
        TimelineModel narrowed = TimelineModel.of(all.stream().filter(e -> keep.contains(e.id())).toList());
        model.set(narrowed);
        if (narrowed.size() > 0 && visibleCount() == 0) {
            fitAll();
        }
    }

    private int visibleCount() {
        Viewport v = viewport.get();
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(v.start() / Viewport.DAY));
        LocalDate last = LocalDate.ofEpochDay((long) Math.floor(v.end() / Viewport.DAY));
        return model.get().intersecting(first, last).length;
    }

    public void zoomIn() {
        viewport.set(viewport.get().zoom(ZOOM_STEP, viewport.get().width() / 2));
    }

    public void zoomOut() {
        viewport.set(viewport.get().zoom(1 / ZOOM_STEP, viewport.get().width() / 2));
    }

    public void pan(double dx) {
        viewport.set(viewport.get().pan(dx));
    }

    /** Fits every shown event, with room for the last labels. */
    public void fitAll() {
        TimelineModel m = model.get();
        if (m.size() > 0) {
            viewport.set(Fit.days(viewport.get(), m.firstDay().orElseThrow(), m.lastDay().orElseThrow()));
        }
    }

    /** Fits the selected event, or everything when nothing is selected. */
    public void fitSelection() {
        Optional<Event> e = selected().filter(s -> s.date().isDated());
        if (e.isPresent()) {
            viewport.set(Fit.days(viewport.get(), e.get().date().start(), e.get().date().end()));
        } else {
            fitAll();
        }
    }

    /** The selected event, if it is among those shown. */
    public Optional<Event> selected() {
        String id = selectedId.get();
        if (id == null) {
            return Optional.empty();
        }
        return all.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Keeps the time range and takes the control's new size. */
    public void resize(double width, double height) {
        Viewport v = viewport.get();
        if (width > 0 && height > 0 && (v.width() != width || v.height() != height)) {
            viewport.set(v.resize(width, height));
        }
    }
}
