package org.nienbieu.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.export.AtomicOutput;
import org.nienbieu.export.BadFileJson;
import org.nienbieu.export.EventWriter;
import org.nienbieu.export.ExportFormat;
import org.nienbieu.index.IndexLockedException;
import org.nienbieu.index.IndexMissingException;
import org.nienbieu.index.SearchService;
import org.nienbieu.index.StoredChronology;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.ingest.ChronologyBuilder;
import org.nienbieu.ingest.CorpusIndexer;
import org.nienbieu.ingest.IndexFolders;
import org.nienbieu.ingest.IndexProblem;
import org.nienbieu.ingest.IngestListener;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.timeline.Viewport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state and the services behind it: the corpus and its ingest (run in the
 * background, progress in files, rate and bad files with their reasons), the chronology once
 * built, the language, and the search, timeline and detail view models kept in step: a search
 * result narrows the timeline and the result list, a selection in either shows in the detail pane.
 * Exports write the current (filtered) events atomically. Touches no {@code javafx.scene} class.
 */
public final class ExplorerViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerViewModel.class);

    /** Where searches go: memory only, memory while the index is being built, the index, or its last commit. */
    public enum IndexState {
        /** No index for this window (or it could not be opened): searches run in memory. */
        NONE,
        /** The index is being brought up to date; searches run in memory meanwhile. */
        INDEXING,
        /** Searches run on the up-to-date index. */
        READY,
        /** Another process is writing the index: searches run on its last committed state. */
        LOCKED
    }

    /** A corpus file that could not be read, and why. */
    public record BadFile(String file, BadArticleException problem) {
        public String reason(Locale locale) {
            return problem.reason(locale);
        }
    }

    private final Dispatch dispatch;
    private final UiSettings settings;
    private final SearchViewModel search;
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final DetailViewModel detail;
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", UiText.VIETNAMESE);
    private final ReadOnlyObjectWrapper<Path> corpus = new ReadOnlyObjectWrapper<>(this, "corpus");
    private final ReadOnlyObjectWrapper<Chronology> chronology = new ReadOnlyObjectWrapper<>(this, "chronology");
    private final ReadOnlyBooleanWrapper ingesting = new ReadOnlyBooleanWrapper(this, "ingesting");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<BadFile> badFiles = FXCollections.observableArrayList();
    private final ObservableList<Event> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Event> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<IndexState> indexState = new ReadOnlyObjectWrapper<>(this, "indexState", IndexState.NONE);
    private final Function<Path, Path> indexFolder;
    private SearchService service;
    /** Why the index could not be written, when it could not: the status bar says it. */
    private IndexProblem indexProblem;
    private Map<String, Event> byId = Map.of();
    private long generation;
    private int done;
    private int total;
    private long started;
    private long elapsedMillis;

    /** The window's view model; each corpus is indexed in its default index folder (as the CLI does). */
    public ExplorerViewModel(Dispatch dispatch, UiSettings settings) {
        this(dispatch, settings, IndexFolders::defaultIndex);
    }

    /** {@code indexFolder} gives a corpus's index folder; null: no index, searches stay in memory. */
    public ExplorerViewModel(Dispatch dispatch, UiSettings settings, Function<Path, Path> indexFolder) {
        this.dispatch = dispatch;
        this.settings = settings;
        this.indexFolder = indexFolder;
        this.search = new SearchViewModel(dispatch);
        this.detail = new DetailViewModel(dispatch);
        detail.localeProperty().bind(locale);
        locale.addListener((o, a, b) -> updateStatus());
        search.resultProperty().addListener((o, a, r) -> showResult(r));
        timeline.selectedIdProperty().addListener((o, a, id) -> select(id));
        settings.language().ifPresent(locale::set);
        timeline.laneModeProperty().set(settings.laneMode());
    }

    public SearchViewModel search() {
        return search;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public DetailViewModel detail() {
        return detail;
    }

    public UiSettings settings() {
        return settings;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public ReadOnlyObjectProperty<Path> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Chronology> chronologyProperty() {
        return chronology.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ingestingProperty() {
        return ingesting.getReadOnlyProperty();
    }

    /** Fraction of files done, -1 before the files are counted. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line for the status bar: files done, rate, bad files; then what the corpus gave. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Where searches go now. */
    public ReadOnlyObjectProperty<IndexState> indexStateProperty() {
        return indexState.getReadOnlyProperty();
    }

    public ObservableList<BadFile> badFiles() {
        return badFiles;
    }

    /** The events the search left, in date order; the list beside the timeline shows these. */
    public ObservableList<Event> results() {
        return results;
    }

    /** The selected event, shared by the timeline, the result list and the detail pane. */
    public ReadOnlyObjectProperty<Event> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Selects the event with {@code id} (null clears the selection). */
    public void select(String id) {
        Event e = id == null ? null : byId.get(id);
        if (e == null && id != null) {
            timeline.selectedIdProperty().set(selected.get() == null ? null : selected.get().id());
            return;
        }
        if (e != selected.get()) {
            selected.set(e);
            detail.eventProperty().set(e);
            if (e != null && !e.mentions().isEmpty()) {
                detail.openSource(e.mentions().get(0));
            }
        }
        timeline.selectedIdProperty().set(id);
    }

    /**
     * Reads {@code dir} in the background with {@code threads} workers; the window stays usable
     * and shows progress. Opening another corpus meanwhile drops this one's result.
     */
    public void open(Path dir, int threads) {
        long gen = ++generation;
        corpus.set(dir);
        settings.corpus(dir);
        badFiles.clear();
        results.clear();
        select(null);
        chronology.set(null);
        indexProblem = null;
        closeService();
        indexState.set(indexFolder == null ? IndexState.NONE : IndexState.INDEXING);
        ingesting.set(true);
        progress.set(-1);
        done = 0;
        total = 0;
        started = System.nanoTime();
        updateStatus();
        AtomicInteger latestDone = new AtomicInteger();
        AtomicInteger latestTotal = new AtomicInteger();
        AtomicBoolean posted = new AtomicBoolean();
        IngestListener listener = new IngestListener() {
            @Override
            public void progress(int d, int t) {
                latestDone.set(d);
                latestTotal.set(t);
                // One hand-over at a time: a fast ingest does not flood the FX queue.
                if (posted.compareAndSet(false, true)) {
                    dispatch.fx().execute(() -> {
                        posted.set(false);
                        if (gen == generation) {
                            done = latestDone.get();
                            total = latestTotal.get();
                            progress.set(total == 0 ? -1 : (double) done / total);
                            updateStatus();
                        }
                    });
                }
            }

            @Override
            public void badFile(BadArticleException problem) {
                dispatch.fx().execute(() -> {
                    if (gen == generation) {
                        badFiles.add(new BadFile(problem.file(), problem));
                        updateStatus();
                    }
                });
            }
        };
        dispatch.background().execute(() -> {
            try {
                if (indexFolder == null) {
                    Chronology c = new ChronologyBuilder(threads).build(dir, listener);
                    IndexEventQuery query = new IndexEventQuery(new ChronologyQuery(c.events(), c.quotes()));
                    onFx(gen, () -> {
                        loaded(dir, c, query);
                        finished();
                    });
                } else {
                    openIndexed(dir, gen, threads, listener);
                }
            } catch (BadArticleException | RuntimeException e) {
                LOG.warn("could not read corpus {}", dir, e);
                onFx(gen, () -> {
                    ingesting.set(false);
                    progress.set(0);
                    status.set(UiText.of(locale.get()).get("status.failed", dir,
                            e instanceof BadArticleException b ? b.reason(locale.get()) : String.valueOf(e.getMessage())));
                });
            }
        });
    }

    /**
     * On the worker: the chronology comes from the corpus's index, so the articles are extracted
     * once (by the ingest) and a corpus seen before opens without reading them. What the index
     * already holds shows at once; the ingest then reads only what changed, and if anything did the
     * chronology is read again. When the index cannot be written (another process holds it) its last
     * commit is shown; when it cannot be used at all, the chronology is built in memory instead.
     */
    private void openIndexed(Path dir, long gen, int threads, IngestListener listener) throws BadArticleException {
        Path folder = indexFolder.apply(dir);
        boolean shown = storedChronology(folder).filter(StoredChronology::complete)
                .map(stored -> show(dir, gen, stored, false)).orElse(false);
        IndexState state = IndexState.READY;
        IndexProblem problem = null;
        boolean changed = true;
        try {
            changed = new CorpusIndexer(threads).ingest(dir, folder, listener).changedIndex();
        } catch (IndexLockedException e) {
            LOG.info("{}: the index is being written by another process; showing its last commit", folder);
            state = IndexState.LOCKED;
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not index {} into {}; building the chronology in memory", dir, folder, e);
            state = IndexState.NONE;
            problem = IndexProblem.of(folder, e);
        }
        if (state != IndexState.NONE && (changed || !shown)) {
            Optional<StoredChronology> stored = storedChronology(folder);
            if (stored.isPresent()) {
                shown = show(dir, gen, stored.get(), shown);
            } else {
                state = IndexState.NONE;
            }
        }
        if (state == IndexState.NONE) {
            // Bad files are reported again by this pass: the window's list is cleared first.
            onFx(gen, badFiles::clear);
            Chronology c = new ChronologyBuilder(threads).build(dir, listener);
            IndexEventQuery query = new IndexEventQuery(new ChronologyQuery(c.events(), c.quotes()));
            onFx(gen, () -> loaded(dir, c, query));
        }
        attachIndex(folder, gen, state, problem);
    }

    private static Optional<StoredChronology> storedChronology(Path folder) {
        try {
            return Optional.of(StoredChronology.read(folder));
        } catch (IndexMissingException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not read the chronology stored in {}", folder, e);
            return Optional.empty();
        }
    }

    /** Hands a chronology read from the index to the window; {@code again}: one was shown before. */
    private boolean show(Path dir, long gen, StoredChronology stored, boolean again) {
        Chronology c = new Chronology(stored.articles(), stored.events(), stored.quotes(), stored.entities());
        IndexEventQuery query = new IndexEventQuery(new ChronologyQuery(c.events(), c.quotes()));
        onFx(gen, () -> {
            if (again) {
                reloaded(c, query);
            } else {
                loaded(dir, c, query);
            }
        });
        return true;
    }

    /** On the worker: opens the index for searching and hands it to the search box; ingest is over. */
    private void attachIndex(Path folder, long gen, IndexState state, IndexProblem problem) {
        SearchService opened = null;
        IndexState st = state;
        if (st != IndexState.NONE) {
            try {
                opened = SearchService.open(folder);
            } catch (IndexMissingException e) {
                LOG.info("{}: no committed index yet; searching in memory", folder);
                st = IndexState.NONE;
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not open the index {}; searching in memory", folder, e);
                st = IndexState.NONE;
            }
        }
        SearchService s = opened;
        IndexState finalState = st;
        dispatch.fx().execute(() -> {
            if (gen != generation) {
                closeQuietly(s);
                return;
            }
            service = s;
            indexProblem = problem;
            if (query() instanceof IndexEventQuery q) {
                q.attach(s);
            }
            indexState.set(finalState);
            finished();
            if (s != null) {
                search.searchNow();
            }
        });
    }

    private EventQuery query() {
        return search.queryProperty().get();
    }

    /** Runs {@code r} on the FX thread unless another corpus was opened meanwhile. */
    private void onFx(long gen, Runnable r) {
        dispatch.fx().execute(() -> {
            if (gen == generation) {
                r.run();
            }
        });
    }

    private void closeService() {
        SearchService s = service;
        service = null;
        closeQuietly(s);
    }

    private static void closeQuietly(SearchService s) {
        if (s == null) {
            return;
        }
        try {
            s.close();
        } catch (IOException e) {
            LOG.debug("closing the index failed: {}", e.toString());
        }
    }

    /** Closes the index; the window is going away. */
    public void close() {
        generation++;
        closeService();
    }

    private void loaded(Path dir, Chronology c, EventQuery query) {
        elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        LOG.debug("{}: {} events from {} articles in {} ms", dir, c.events().size(), c.articles(), elapsedMillis);
        byId = c.events().stream().collect(Collectors.toMap(Event::id, Function.identity(), (a, b) -> a, HashMap::new));
        chronology.set(c);
        detail.setCorpus(dir, c.quotes());
        timeline.setEvents(c.events());
        double[] range = settings.range(dir).orElse(null);
        if (range != null) {
            Viewport v = timeline.viewport();
            timeline.viewportProperty().set(Viewport.clamped(range[0], range[1], v.width(), v.height()));
        } else {
            timeline.fitAll();
        }
        updateStatus();
        search.restore(settings.criteria(dir), query);
    }

    /** The chronology changed under the open window: keep the view, the search and the selection. */
    private void reloaded(Chronology c, EventQuery query) {
        String selectedId = selected.get() == null ? null : selected.get().id();
        Viewport v = timeline.viewport();
        byId = c.events().stream().collect(Collectors.toMap(Event::id, Function.identity(), (a, b) -> a, HashMap::new));
        chronology.set(c);
        detail.setCorpus(corpus.get(), c.quotes());
        timeline.setEvents(c.events());
        timeline.viewportProperty().set(v);
        search.restore(search.criteria(), query);
        if (selectedId != null && byId.containsKey(selectedId)) {
            select(selectedId);
        }
    }

    /** The ingest is over (or failed over to memory): the status bar says what the corpus gave. */
    private void finished() {
        elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        ingesting.set(false);
        progress.set(1);
        updateStatus();
    }

    private void showResult(QueryResult r) {
        List<Event> shown = r.eventIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        results.setAll(shown);
        timeline.showOnly(r.eventIds());
        Event sel = selected.get();
        if (sel != null && !r.eventIds().contains(sel.id())) {
            select(null);
        }
        updateStatus();
    }

    private void updateStatus() {
        UiText text = UiText.of(locale.get());
        if (ingesting.get()) {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            status.set(text.get("status.ingesting", done, total, Math.round(done / seconds), badFiles.size()));
            return;
        }
        Chronology c = chronology.get();
        if (c == null) {
            return;
        }
        status.set(text.get("status.loaded", results.size(), c.events().size(), c.articles(), badFiles.size(),
                elapsedMillis / 1000.0) + switch (indexState.get()) {
                    case NONE -> indexProblem == null ? "" : switch (indexProblem.cause()) {
                        case DISK_FULL -> text.get("status.index.diskFull");
                        case READ_ONLY -> text.get("status.index.readOnly", indexProblem.indexDir());
                        case NOT_A_FOLDER -> text.get("status.index.notAFolder", indexProblem.fileInTheWay().orElseThrow());
                        case OTHER -> text.get("status.index.failed", indexProblem.reason());
                    };
                    case INDEXING -> text.get("status.index.indexing");
                    case READY -> text.get("status.index.ready");
                    case LOCKED -> text.get("status.index.locked");
                });
    }

    /** Writes the events the search left in {@code format} to {@code file}, atomically, in the background. */
    public void export(ExportFormat format, Path file, Consumer<String> done) {
        List<Event> events = List.copyOf(results);
        Chronology c = chronology.get();
        Map<String, Entity> entities = new LinkedHashMap<>();
        if (c != null) {
            c.entities().forEach(e -> entities.put(e.id(), e));
        }
        writeInBackground(file, () -> AtomicOutput.write(file, out -> EventWriter.of(format).write(events, entities, out)),
                UiText.of(locale.get()).get("export.done", events.size(), file), done);
    }

    /**
     * Writes the bad files met while opening the corpus as the CLI's {@code --report} does (same
     * JSON), atomically, in the background.
     */
    public void saveBadFileReport(Path file, Consumer<String> done) {
        List<BadArticleException> problems = badFiles.stream().map(BadFile::problem).toList();
        Chronology c = chronology.get();
        int read = c == null ? 0 : c.articles();
        writeInBackground(file, () -> BadFileJson.write(file, read, problems),
                UiText.of(locale.get()).get("report.saved", problems.size(), file), done);
    }

    private interface FileWrite {
        void run() throws IOException;
    }

    /** Runs {@code write} on a worker, then hands {@code success} or the failure's message to {@code done} on the FX thread. */
    private void writeInBackground(Path file, FileWrite write, String success, Consumer<String> done) {
        UiText text = UiText.of(locale.get());
        dispatch.background().execute(() -> {
            String message;
            try {
                write.run();
                message = success;
            } catch (IOException | RuntimeException e) {
                LOG.warn("writing {} failed", file, e);
                message = text.get("export.failed", file, String.valueOf(e.getMessage()));
            }
            String m = message;
            dispatch.fx().execute(() -> done.accept(m));
        });
    }

    /** Remembers the language, range, lanes and search for the next run. */
    public void saveSettings() {
        settings.language(locale.get());
        settings.laneMode(timeline.laneModeProperty().get());
        if (chronology.get() != null) {
            settings.range(timeline.viewport().start(), timeline.viewport().end());
            settings.criteria(search.criteria());
        }
        settings.flush();
    }
}
