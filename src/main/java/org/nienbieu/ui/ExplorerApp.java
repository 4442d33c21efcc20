package org.nienbieu.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.article.CorpusReader;
import org.nienbieu.extract.time.TimeExpressionResolver;
import org.nienbieu.model.Article;
import org.nienbieu.model.TimeExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window, for now a plain reader: the corpus's articles on the left, the selected article
 * with its resolved time expressions on the right. Reading runs off the FX thread. The timeline
 * explorer replaces the centre of this window.
 */
public final class ExplorerApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerApp.class);

    // Application.launch instantiates the class itself, so what to open is handed over here.
    private static volatile Path launchCorpus;
    private static volatile Locale launchLocale = Locale.forLanguageTag("vi");
    // Kept strongly reachable: JUL forgets the level of a logger nobody references.
    private static final java.util.logging.Logger JAVAFX_STARTUP =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private final Path corpus;
    private final Locale locale;

    public ExplorerApp() {
        this(launchCorpus, launchLocale);
    }

    public ExplorerApp(Path corpus, Locale locale) {
        this.corpus = corpus;
        this.locale = locale;
    }

    /** Opens the window on {@code dir} and returns when it is closed. */
    public static void open(Path dir, Locale language) {
        launchCorpus = dir;
        launchLocale = language;
        // JavaFX warns that it was loaded from the class path, which is how a single jar works.
        JAVAFX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(ExplorerApp.class);
    }

    @Override
    public void start(Stage stage) {
        ResourceBundle text = UiText.bundle(locale);
        ObservableList<ReadArticle> articles = FXCollections.observableArrayList();
        ListView<ReadArticle> list = new ListView<>(articles);
        list.setId("articles");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReadArticle item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.article().published() + "  " + item.article().name());
            }
        });
        TextArea body = new TextArea();
        body.setWrapText(true);
        body.setEditable(false);
        TextArea dates = new TextArea();
        dates.setEditable(false);
        dates.setPrefRowCount(8);
        Label status = new Label(UiText.format(text, "status.reading", corpus));
        status.setPadding(new Insets(4, 8, 4, 8));
        status.setId("status");
        body.setId("article-text");

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                return;
            }
            body.setText(selected.article().text());
            StringBuilder lines = new StringBuilder();
            for (TimeExpression t : selected.times()) {
                lines.append(t.text()).append("  →  ").append(t.date()).append('\n');
            }
            dates.setText(lines.toString());
        });

        SplitPane right = new SplitPane(body, dates);
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        right.setDividerPositions(0.7);
        SplitPane centre = new SplitPane(list, right);
        centre.setDividerPositions(0.3);
        BorderPane root = new BorderPane(centre);
        root.setBottom(status);

        stage.setTitle(UiText.format(text, "window.title", corpus.getFileName()));
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();

        Task<List<ReadArticle>> reading = new Task<>() {
            @Override
            protected List<ReadArticle> call() throws BadArticleException {
                TimeExpressionResolver resolver = new TimeExpressionResolver();
                List<ReadArticle> read = new ArrayList<>();
                int[] bad = {0};
                new CorpusReader().read(corpus, r -> {
                    r.article().ifPresent(a -> read.add(new ReadArticle(a, resolver.resolve(a))));
                    r.problem().ifPresent(p -> {
                        bad[0]++;
                        LOG.warn("{}", p.getMessage());
                    });
                });
                updateMessage(UiText.format(text, "status.read", read.size(), bad[0]));
                return read;
            }
        };
        status.textProperty().bind(reading.messageProperty());
        reading.setOnSucceeded(e -> {
            articles.setAll(reading.getValue());
            if (!articles.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        reading.setOnFailed(e -> {
            status.textProperty().unbind();
            status.setText(UiText.format(text, "status.failed", corpus, reading.getException().getMessage()));
        });
        Thread worker = new Thread(reading, "corpus-reader");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        Platform.exit();
    }

    /** An article and its resolved time expressions. */
    record ReadArticle(Article article, List<TimeExpression> times) {
    }
}
