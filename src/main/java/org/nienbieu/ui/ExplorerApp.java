package org.nienbieu.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer window: shows itself at once on the remembered bounds, then reads the corpus in
 * the background while the user can already use it. The scene's content is an
 * {@link ExplorerView} over one {@link ExplorerViewModel}; switching language swaps the view and
 * keeps the state. On close it remembers the window, corpus, language, zoom and filters.
 */
public final class ExplorerApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerApp.class);

    // Application.launch instantiates the class itself, so what to open is handed over here.
    private static volatile Path launchCorpus;
    private static volatile Locale launchLocale;
    // Kept strongly reachable: JUL forgets the level of a logger nobody references.
    private static final java.util.logging.Logger JAVAFX_STARTUP =
            java.util.logging.Logger.getLogger("javafx");

    private final Path corpus;
    private final Locale locale;
    private final UiSettings settings;
    private final java.util.function.Function<Path, Path> indexFolder;
    private ExecutorService background;
    private ScheduledExecutorService timer;
    private ExplorerViewModel vm;
    private ExplorerView view;
    private Stage stage;

    public ExplorerApp() {
        this(launchCorpus, launchLocale, UiSettings.user());
    }

    /** The window on {@code corpus}; a null locale means the remembered language (else Vietnamese). */
    public ExplorerApp(Path corpus, Locale locale) {
        this(corpus, locale, UiSettings.user());
    }

    public ExplorerApp(Path corpus, Locale locale, UiSettings settings) {
        this(corpus, locale, settings, org.nienbieu.ingest.IndexFolders::defaultIndex);
    }

    /** {@code indexFolder} gives a corpus's index folder (tests pass a temporary one); null: no index. */
    public ExplorerApp(Path corpus, Locale locale, UiSettings settings,
                       java.util.function.Function<Path, Path> indexFolder) {
        this.corpus = corpus;
        this.locale = locale;
        this.settings = settings;
        this.indexFolder = indexFolder;
    }

    /** Opens the window on {@code dir} and returns when it is closed; null language: the remembered one. */
    public static void open(Path dir, Locale language) {
        launchCorpus = dir;
        launchLocale = language;
        // JavaFX warns that it was loaded from the class path, which is how a single jar works.
        JAVAFX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        if (!Boolean.getBoolean("nienbieu.noPreload")) {
            StartupClasses.preload();
        }
        Application.launch(ExplorerApp.class);
    }

    /** The corpus of the last session, if it still exists. */
    public static Optional<Path> lastCorpus() {
        return UiSettings.user().corpus().filter(Files::isDirectory);
    }

    /** The view model, for tests. */
    ExplorerViewModel viewModel() {
        return vm;
    }

    /** The current view, for tests. */
    ExplorerView view() {
        return view;
    }

    @Override
    public void start(Stage primary) {
        startupStep("toolkit up");
        this.stage = primary;
        background = Executors.newFixedThreadPool(2, daemon("explorer-worker"));
        timer = Executors.newSingleThreadScheduledExecutor(daemon("explorer-timer"));
        vm = new ExplorerViewModel(new Dispatch(background, Platform::runLater, Dispatch.Timer.on(timer)), settings, indexFolder);
        if (locale != null) {
            vm.localeProperty().set(UiText.isVietnamese(locale) ? UiText.VIETNAMESE : Locale.ENGLISH);
        }
        startupStep("view model ready");
        view = new ExplorerView(vm, UiText.of(vm.localeProperty().get()), this::openCorpus);
        startupStep("view built");
        Scene scene = new Scene(view.root(), 1280, 800);
        stage.setScene(scene);
        placeWindow();
        updateTitle();
        vm.localeProperty().addListener((o, a, l) -> switchLanguage(l));
        vm.corpusProperty().addListener((o, a, c) -> updateTitle());
        stage.setOnCloseRequest(e -> remember());
        stage.show();
        startupStep("window shown");
        vm.open(corpus, threads());
    }

    /** Logs a start-up step: wall time since the JVM started and CPU time of all threads so far (steadier on a busy machine). */
    private static void startupStep(String step) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        long cpu = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (long id : threads.getAllThreadIds()) {
            cpu += Math.max(0, threads.getThreadCpuTime(id));
        }
        LOG.debug("{} {} ms after the JVM started (live threads' CPU {} ms)", step,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), cpu / 1_000_000);
    }

    private void openCorpus(Path dir) {
        vm.open(dir, threads());
    }

    private static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private void switchLanguage(Locale l) {
        ExplorerView old = view;
        view = new ExplorerView(vm, UiText.of(l), this::openCorpus);
        stage.getScene().setRoot(view.root());
        old.dispose();
        updateTitle();
        settings.language(l);
    }

    private void updateTitle() {
        Path c = vm.corpusProperty().get();
        String name = c == null ? "" : String.valueOf(c.toAbsolutePath().normalize().getFileName());
        stage.setTitle(UiText.of(vm.localeProperty().get()).get("window.title", name));
    }

    private void placeWindow() {
        settings.bounds().ifPresent(b -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(b.width(), screen.getWidth()));
            stage.setHeight(Math.min(b.height(), screen.getHeight()));
            boolean onScreen = !Double.isNaN(b.x()) && !Screen.getScreensForRectangle(b.x(), b.y(), 80, 40).isEmpty();
            if (onScreen) {
                stage.setX(b.x());
                stage.setY(b.y());
            }
            stage.setMaximized(b.maximized());
        });
    }

    private void remember() {
        if (!stage.isMaximized()) {
            settings.bounds(new UiSettings.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        } else {
            settings.bounds(new UiSettings.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), true));
        }
        vm.saveSettings();
    }

    @Override
    public void stop() {
        if (vm != null && stage != null && stage.isShowing()) {
            remember();
        }
        if (vm != null) {
            vm.close();
        }
        if (background != null) {
            background.shutdownNow();
            timer.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
