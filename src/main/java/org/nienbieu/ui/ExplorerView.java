package org.nienbieu.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.nienbieu.export.ExportFormat;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.timeline.LaneMode;

/**
 * The explorer's scene graph for one language, bound to an {@link ExplorerViewModel}: menus,
 * the search bar with its filters and facet counts, the result list, the timeline, the detail and
 * source panes, the status bar with ingest progress. It holds no state of its own: switching
 * language disposes it and builds a new one on the same view model.
 */
final class ExplorerView {

    private final ExplorerViewModel vm;
    private final UiText text;
    private final Subscriptions subs = new Subscriptions();
    private final BorderPane root = new BorderPane();
    private final TimelineView timeline = new TimelineView();
    private final ListView<Event> list = new ListView<>();
    private final TextField search = new TextField();
    private final SourcePane source;
    private final Label message = new Label();
    private final Map<EventType, CheckMenuItem> typeItems = new EnumMap<>(EventType.class);
    private final Map<EventStatus, CheckMenuItem> statusItems = new EnumMap<>(EventStatus.class);
    private final MenuButton typeFilter = new MenuButton();
    private final MenuButton statusFilter = new MenuButton();
    private final MenuButton actorFilter = new MenuButton();
    private final Consumer<Path> openCorpus;
    private boolean syncing;

    ExplorerView(ExplorerViewModel vm, UiText text, Consumer<Path> openCorpus) {
        this.vm = vm;
        this.text = text;
        this.openCorpus = openCorpus;
        this.source = new SourcePane(text);
        root.getStylesheets().add(ExplorerView.class.getResource("explorer.css").toExternalForm());
        root.setTop(new VBox(menus(), searchBar()));
        root.setCenter(centre());
        root.setBottom(statusBar());
        keys();
    }

    Parent root() {
        return root;
    }

    TimelineView timeline() {
        return timeline;
    }

    void dispose() {
        subs.dispose();
        timeline.setSkin(null);
    }

    // ---- menus --------------------------------------------------------------------------------

    private MenuBar menus() {
        MenuItem open = new MenuItem(text.get("menu.open"));
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseCorpus());
        Menu export = new Menu(text.get("menu.export"));
        for (ExportFormat f : ExportFormat.values()) {
            MenuItem item = new MenuItem(text.get("export." + f.name().toLowerCase(java.util.Locale.ROOT)));
            item.setOnAction(e -> exportEvents(f));
            export.getItems().add(item);
        }
        MenuItem png = new MenuItem(text.get("menu.exportPng"));
        png.setOnAction(e -> exportPng());
        MenuItem quit = new MenuItem(text.get("menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> window().ifPresent(w -> w.fireEvent(
                new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        Menu file = new Menu(text.get("menu.file"), null, open, export, png, new SeparatorMenuItem(), quit);

        ToggleGroup lanes = new ToggleGroup();
        RadioMenuItem byType = new RadioMenuItem(text.get("menu.lanesByType"));
        RadioMenuItem byActor = new RadioMenuItem(text.get("menu.lanesByActor"));
        byType.setToggleGroup(lanes);
        byActor.setToggleGroup(lanes);
        byType.setId("lanes-by-type");
        byActor.setId("lanes-by-actor");
        (vm.timeline().laneModeProperty().get() == LaneMode.BY_ACTOR ? byActor : byType).setSelected(true);
        byType.setOnAction(e -> vm.timeline().laneModeProperty().set(LaneMode.BY_TYPE));
        byActor.setOnAction(e -> vm.timeline().laneModeProperty().set(LaneMode.BY_ACTOR));
        MenuItem zoomIn = new MenuItem(text.get("menu.zoomIn"));
        zoomIn.setOnAction(e -> vm.timeline().zoomIn());
        MenuItem zoomOut = new MenuItem(text.get("menu.zoomOut"));
        zoomOut.setOnAction(e -> vm.timeline().zoomOut());
        MenuItem fitAll = new MenuItem(text.get("menu.fitAll"));
        fitAll.setOnAction(e -> vm.timeline().fitAll());
        MenuItem fitSelection = new MenuItem(text.get("menu.fitSelection"));
        fitSelection.setOnAction(e -> vm.timeline().fitSelection());
        Menu view = new Menu(text.get("menu.view"), null, byType, byActor, new SeparatorMenuItem(), zoomIn, zoomOut,
                fitAll, fitSelection);

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem vi = new RadioMenuItem("Tiếng Việt");
        RadioMenuItem en = new RadioMenuItem("English");
        vi.setId("language-vi");
        en.setId("language-en");
        vi.setToggleGroup(languages);
        en.setToggleGroup(languages);
        (UiText.isVietnamese(text.locale()) ? vi : en).setSelected(true);
        // Switching rebuilds this view; do it after the menu has closed.
        vi.setOnAction(e -> Platform.runLater(() -> vm.localeProperty().set(UiText.VIETNAMESE)));
        en.setOnAction(e -> Platform.runLater(() -> vm.localeProperty().set(java.util.Locale.ENGLISH)));
        Menu language = new Menu(text.get("menu.language"), null, vi, en);
        language.setId("menu-language");

        MenuItem keysHelp = new MenuItem(text.get("menu.keys"));
        keysHelp.setOnAction(e -> message.setText(text.get("help.keys")));
        Menu help = new Menu(text.get("menu.help"), null, keysHelp);
        MenuBar bar = new MenuBar(file, view, language, help);
        bar.setId("menu-bar");
        return bar;
    }

    // ---- search bar ---------------------------------------------------------------------------

    private Node searchBar() {
        search.setId("search");
        search.getStyleClass().add("search-field");
        search.setPromptText(text.get("search.prompt"));
        search.textProperty().bindBidirectional(vm.search().textProperty());
        subs.add(() -> search.textProperty().unbindBidirectional(vm.search().textProperty()));

        typeFilter.setId("type-filter");
        for (EventType t : EventType.values()) {
            CheckMenuItem item = new CheckMenuItem();
            item.setSelected(vm.search().types().contains(t));
            item.selectedProperty().addListener((o, a, on) -> toggle(vm.search().types(), t, on));
            typeItems.put(t, item);
            typeFilter.getItems().add(item);
        }
        statusFilter.setId("status-filter");
        for (EventStatus s : EventStatus.values()) {
            CheckMenuItem item = new CheckMenuItem();
            item.setSelected(vm.search().statuses().contains(s));
            item.selectedProperty().addListener((o, a, on) -> toggle(vm.search().statuses(), s, on));
            statusItems.put(s, item);
            statusFilter.getItems().add(item);
        }
        actorFilter.setId("actor-filter");
        SetChangeListener<Object> sync = c -> updateFilters();
        vm.search().types().addListener(sync);
        vm.search().statuses().addListener(sync);
        vm.search().actors().addListener(sync);
        subs.add(() -> {
            vm.search().types().removeListener(sync);
            vm.search().statuses().removeListener(sync);
            vm.search().actors().removeListener(sync);
        });
        subs.onInvalidate(vm.search().resultProperty(), o -> updateFilters());

        DatePicker from = new DatePicker();
        DatePicker to = new DatePicker();
        from.setId("from");
        to.setId("to");
        from.setPromptText(text.get("search.from"));
        to.setPromptText(text.get("search.to"));
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.search().fromProperty());
        to.valueProperty().bindBidirectional(vm.search().toProperty());
        subs.add(() -> {
            from.valueProperty().unbindBidirectional(vm.search().fromProperty());
            to.valueProperty().unbindBidirectional(vm.search().toProperty());
        });

        Button clear = new Button(text.get("search.clear"));
        clear.setId("clear");
        clear.setTooltip(new Tooltip(text.get("search.clearTip")));
        clear.setOnAction(e -> vm.search().clear());

        Button zoomOut = button("−", "zoom-out", "menu.zoomOut", () -> vm.timeline().zoomOut());
        Button zoomIn = button("+", "zoom-in", "menu.zoomIn", () -> vm.timeline().zoomIn());
        Button fit = button(text.get("toolbar.fit"), "fit", "menu.fitAll", () -> vm.timeline().fitAll());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(search, typeFilter, statusFilter, actorFilter, from, to, clear, spring, zoomOut, zoomIn, fit);
        bar.getStyleClass().add("search-bar");
        updateFilters();
        return bar;
    }

    private Button button(String label, String id, String tipKey, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setTooltip(new Tooltip(text.get(tipKey)));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private <T> void toggle(java.util.Set<T> set, T value, boolean on) {
        if (syncing) {
            return;
        }
        if (on) {
            set.add(value);
        } else {
            set.remove(value);
        }
    }

    /** Facet counts and check marks from the view model. */
    private void updateFilters() {
        syncing = true;
        try {
            QueryResult r = vm.search().resultProperty().get();
            for (EventType t : EventType.values()) {
                CheckMenuItem item = typeItems.get(t);
                item.setText(text.type(t) + "  (" + r.typeCount(t) + ")");
                item.setSelected(vm.search().types().contains(t));
            }
            for (EventStatus s : EventStatus.values()) {
                CheckMenuItem item = statusItems.get(s);
                item.setText(text.status(s) + "  (" + r.statusCount(s) + ")");
                item.setSelected(vm.search().statuses().contains(s));
            }
            typeFilter.setText(filterTitle("filter.type", vm.search().types().size()));
            statusFilter.setText(filterTitle("filter.status", vm.search().statuses().size()));
            actorFilter.setText(filterTitle("filter.actor", vm.search().actors().size()));
            List<MenuItem> actors = new ArrayList<>();
            int shown = 0;
            for (QueryResult.ActorCount a : r.actorCounts()) {
                if (shown++ >= 40 && !vm.search().actors().contains(a.entityId())) {
                    continue;
                }
                CheckMenuItem item = new CheckMenuItem(a.name() + "  (" + a.count() + ")");
                item.setSelected(vm.search().actors().contains(a.entityId()));
                item.selectedProperty().addListener((o, was, on) -> toggle(vm.search().actors(), a.entityId(), on));
                actors.add(item);
            }
            if (actors.isEmpty()) {
                MenuItem none = new MenuItem(text.get("filter.none"));
                none.setDisable(true);
                actors.add(none);
            }
            actorFilter.getItems().setAll(actors);
        } finally {
            syncing = false;
        }
    }

    private String filterTitle(String key, int active) {
        return active == 0 ? text.get(key) : text.get(key) + " (" + active + ")";
    }

    // ---- centre -------------------------------------------------------------------------------

    private Node centre() {
        timeline.setId("timeline");
        timeline.localeProperty().set(text.locale());
        timeline.placeholderProperty().set(text.get("timeline.empty"));
        timeline.modelProperty().bind(vm.timeline().modelProperty());
        timeline.viewportProperty().bindBidirectional(vm.timeline().viewportProperty());
        timeline.laneModeProperty().bindBidirectional(vm.timeline().laneModeProperty());
        timeline.selectedEventIdProperty().bindBidirectional(vm.timeline().selectedIdProperty());
        timeline.onActivateProperty().set(id -> openSource());
        subs.add(() -> {
            timeline.modelProperty().unbind();
            timeline.viewportProperty().unbindBidirectional(vm.timeline().viewportProperty());
            timeline.laneModeProperty().unbindBidirectional(vm.timeline().laneModeProperty());
            timeline.selectedEventIdProperty().unbindBidirectional(vm.timeline().selectedIdProperty());
        });

        list.setId("results");
        list.getStyleClass().add("result-list");
        list.setItems(vm.results());
        list.setCellFactory(v -> new ResultCell(text, timeline));
        list.setPlaceholder(new Label(text.get("results.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (!syncing && e != null) {
                vm.select(e.id());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSource();
                e.consume();
            }
        });
        subs.onChange(vm.selectedProperty(), (o, a, e) -> showSelection(e));
        Label count = new Label();
        count.getStyleClass().add("result-date");
        count.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        count.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("results.count", vm.results().size()), vm.results()));
        subs.add(() -> count.textProperty().unbind());
        BorderPane left = new BorderPane(list);
        left.setTop(count);

        DetailPane detail = new DetailPane(vm.detail(), text, subs);
        subs.onChange(vm.detail().sourceProperty(), (o, a, doc) -> source.show(doc, text));
        source.show(vm.detail().sourceProperty().get(), text);
        SplitPane right = new SplitPane(detail.root(), source.root());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.45);

        SplitPane centre = new SplitPane(left, timeline, right);
        centre.setDividerPositions(0.19, 0.72);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        showSelection(vm.selectedProperty().get());
        return centre;
    }

    private void showSelection(Event e) {
        syncing = true;
        try {
            if (e == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != e) {
                list.getSelectionModel().select(e);
                int i = list.getSelectionModel().getSelectedIndex();
                if (i >= 0) {
                    list.scrollTo(Math.max(0, i - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void openSource() {
        Event e = vm.selectedProperty().get();
        if (e != null && !e.mentions().isEmpty()) {
            vm.detail().openSource(vm.detail().openedMentionProperty().get() != null
                    && e.mentions().contains(vm.detail().openedMentionProperty().get())
                    ? vm.detail().openedMentionProperty().get() : e.mentions().get(0));
            source.focus();
        }
    }

    // ---- status bar ---------------------------------------------------------------------------

    private Node statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.ingestingProperty());
        progress.managedProperty().bind(vm.ingestingProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        MenuButton bad = new MenuButton();
        bad.setId("bad-files");
        bad.getStyleClass().add("bad-files-button");
        Runnable updateBad = () -> {
            bad.setText(text.get("status.badFiles", vm.badFiles().size()));
            bad.setVisible(!vm.badFiles().isEmpty());
            bad.setManaged(!vm.badFiles().isEmpty());
            List<MenuItem> items = new ArrayList<>();
            for (ExplorerViewModel.BadFile f : vm.badFiles()) {
                MenuItem item = new MenuItem(f.file() + " — " + f.reason(text.locale()));
                items.add(item);
            }
            MenuItem save = new MenuItem(text.get("report.save"));
            save.setId("save-bad-report");
            save.setOnAction(e -> saveBadFileReport());
            items.add(new javafx.scene.control.SeparatorMenuItem());
            items.add(save);
            bad.getItems().setAll(items);
        };
        subs.onList(vm.badFiles(), c -> updateBad.run());
        updateBad.run();
        message.setId("message");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(progress, status, bad, spring, message);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        subs.add(() -> {
            progress.progressProperty().unbind();
            progress.visibleProperty().unbind();
            progress.managedProperty().unbind();
            status.textProperty().unbind();
        });
        return bar;
    }

    // ---- keys ---------------------------------------------------------------------------------

    private void keys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F && e.isShortcutDown()) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                if (!vm.search().criteria().isAll()) {
                    vm.search().clear();
                } else {
                    vm.select(null);
                }
                e.consume();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isConsumed() || root.getScene() == null
                    || root.getScene().getFocusOwner() instanceof TextInputControl
                    || root.getScene().getFocusOwner() instanceof DatePicker
                    || e.isShortcutDown()) {
                return;
            }
            String ch = e.getText();
            if ("+".equals(ch) || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.EQUALS) {
                vm.timeline().zoomIn();
            } else if ("-".equals(ch) || e.getCode() == KeyCode.SUBTRACT || e.getCode() == KeyCode.MINUS) {
                vm.timeline().zoomOut();
            } else if (e.getCode() == KeyCode.F) {
                vm.timeline().fitAll();
            } else {
                return;
            }
            e.consume();
        });
    }

    // ---- files --------------------------------------------------------------------------------

    private java.util.Optional<Window> window() {
        return java.util.Optional.ofNullable(root.getScene()).map(s -> s.getWindow());
    }

    private void chooseCorpus() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("menu.open"));
        Path current = vm.corpusProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File dir = chooser.showDialog(window().orElse(null));
        if (dir != null) {
            openCorpus.accept(dir.toPath());
        }
    }

    private void exportEvents(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("menu.export"));
        chooser.setInitialFileName("nienbieu." + format.extension());
        File file = chooser.showSaveDialog(window().orElse(null));
        if (file != null) {
            vm.export(format, file.toPath(), message::setText);
        }
    }

    private void saveBadFileReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("report.save"));
        chooser.setInitialFileName("nienbieu-bad-files.json");
        File file = chooser.showSaveDialog(window().orElse(null));
        if (file != null) {
            vm.saveBadFileReport(file.toPath(), message::setText);
        }
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("menu.exportPng"));
        chooser.setInitialFileName("nienbieu-timeline.png");
        File file = chooser.showSaveDialog(window().orElse(null));
        if (file != null) {
            Path target = file.toPath();
            java.awt.image.BufferedImage image = javafx.embed.swing.SwingFXUtils.fromFXImage(timeline.snapshot(null, null), null);
            Thread writer = new Thread(() -> {
                String m;
                try {
                    PngOutput.write(image, target);
                    m = text.get("export.png", target);
                } catch (java.io.IOException ex) {
                    m = text.get("export.failed", target, ex.getMessage());
                }
                String done = m;
                Platform.runLater(() -> message.setText(done));
            }, "png-export");
            writer.setDaemon(true);
            writer.start();
        }
    }
}
