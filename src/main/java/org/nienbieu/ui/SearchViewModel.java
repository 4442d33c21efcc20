package org.nienbieu.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search box and its filters: the words typed (searched {@value #DEBOUNCE_MS} ms after the
 * last key), event types, statuses, actors and a date range (searched at once). Each search gets a
 * sequence number and runs on the background executor; a result arriving after a newer search has
 * started is dropped, so the list never flickers back to an older answer.
 */
public final class SearchViewModel {

    static final long DEBOUNCE_MS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);

    private final Dispatch dispatch;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableSet<EventType> types = FXCollections.observableSet();
    private final ObservableSet<EventStatus> statuses = FXCollections.observableSet();
    private final ObservableSet<String> actors = FXCollections.observableSet();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<EventQuery> query = new SimpleObjectProperty<>(this, "query");
    private final ReadOnlyObjectWrapper<QueryResult> result = new ReadOnlyObjectWrapper<>(this, "result", QueryResult.EMPTY);
    private final ReadOnlyLongWrapper dropped = new ReadOnlyLongWrapper(this, "dropped");
    private long sequence;
    private Runnable pendingDebounce = () -> { };
    private boolean muted;

    public SearchViewModel(Dispatch dispatch) {
        this.dispatch = dispatch;
        text.addListener((o, a, b) -> debounce());
        SetChangeListener<Object> now = c -> searchNow();
        types.addListener(now);
        statuses.addListener(now);
        actors.addListener(now);
        from.addListener((o, a, b) -> searchNow());
        to.addListener((o, a, b) -> searchNow());
        query.addListener((o, a, b) -> searchNow());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableSet<EventType> types() {
        return types;
    }

    public ObservableSet<EventStatus> statuses() {
        return statuses;
    }

    public ObservableSet<String> actors() {
        return actors;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The service searched; results stay empty until one is set. */
    public ObjectProperty<EventQuery> queryProperty() {
        return query;
    }

    /** The latest answer, replaced as a whole on the FX side. */
    public ReadOnlyObjectProperty<QueryResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** How many answers came back after a newer search had started and were thrown away. */
    public ReadOnlyLongProperty droppedProperty() {
        return dropped.getReadOnlyProperty();
    }

    public QueryCriteria criteria() {
        return new QueryCriteria(text.get() == null ? "" : text.get(), types, statuses, actors,
                Optional.ofNullable(from.get()), Optional.ofNullable(to.get()));
    }

    /** Sets every filter at once (restoring a session) with a single search. */
    public void restore(QueryCriteria c) {
        restore(c, query.get());
    }

    /** Sets the service and every filter at once (a corpus was opened) with a single search. */
    public void restore(QueryCriteria c, EventQuery service) {
        muted = true;
        try {
            query.set(service);
            text.set(c.text());
            types.clear();
            types.addAll(c.types());
            statuses.clear();
            statuses.addAll(c.statuses());
            actors.clear();
            actors.addAll(c.actorIds());
            from.set(c.from().orElse(null));
            to.set(c.to().orElse(null));
        } finally {
            muted = false;
        }
        searchNow();
    }

    /** Empties the box and every filter. */
    public void clear() {
        restore(QueryCriteria.ALL);
    }

    private void debounce() {
        if (muted) {
            return;
        }
        pendingDebounce.run();
        pendingDebounce = dispatch.timer().schedule(() -> dispatch.fx().execute(this::searchNow), DEBOUNCE_MS);
    }

    /** Searches with the current criteria now (the debounce is skipped). */
    public void searchNow() {
        if (muted) {
            return;
        }
        pendingDebounce.run();
        pendingDebounce = () -> { };
        EventQuery service = query.get();
        long seq = ++sequence;
        if (service == null) {
            result.set(QueryResult.EMPTY);
            return;
        }
        QueryCriteria criteria = criteria();
        dispatch.background().execute(() -> {
            QueryResult answer;
            try {
                answer = service.run(criteria);
            } catch (RuntimeException e) {
                LOG.warn("search for '{}' failed", criteria.text(), e);
                answer = QueryResult.EMPTY;
            }
            QueryResult done = answer;
            dispatch.fx().execute(() -> {
                if (seq == sequence) {
                    result.set(done);
                } else {
                    dropped.set(dropped.get() + 1);
                }
            });
        });
    }
}
