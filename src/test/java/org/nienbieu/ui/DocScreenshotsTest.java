package org.nienbieu.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.Event;
import org.nienbieu.timeline.LaneMode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Makes the user guide's window screenshots (vi and en) from the real window, headless: run with
 * {@code NIENBIEU_SCREENSHOTS=docs} in the environment (or the system property
 * {@code nienbieu.screenshots}). Skipped otherwise.
 */
class DocScreenshotsTest extends FxRobot {

    private static final String DIR = System.getProperty("nienbieu.screenshots", System.getenv("NIENBIEU_SCREENSHOTS"));
    private ExplorerApp app;

    @org.junit.jupiter.api.io.TempDir
    Path indexes;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void windowInVietnamese() throws Exception {
        shoot(UiText.VIETNAMESE, "window-vi.png", "", LaneMode.BY_TYPE);
    }

    @Test
    void windowInEnglish() throws Exception {
        shoot(Locale.ENGLISH, "window-en.png", "", LaneMode.BY_TYPE);
    }

    @Test
    void searchByActorInEnglish() throws Exception {
        shoot(Locale.ENGLISH, "search-actors-en.png", "Witkoff", LaneMode.BY_ACTOR);
    }

    private void shoot(Locale locale, String file, String query, LaneMode lanes) throws Exception {
        assumeTrue(DIR != null, "set -Dnienbieu.screenshots=DIR to make the screenshots");
        FxToolkit.registerPrimaryStage();
        app = (ExplorerApp) FxToolkit.setupApplication(() -> new ExplorerApp(Seeds.DIR, locale, MemoryPreferences.settings(),
                corpus -> indexes.resolve("index")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.viewModel() != null
                && app.viewModel().chronologyProperty().get() != null && !app.viewModel().results().isEmpty()
                && app.viewModel().indexStateProperty().get() != ExplorerViewModel.IndexState.INDEXING);
        interact(() -> {
            app.viewModel().timeline().laneModeProperty().set(lanes);
            app.viewModel().search().textProperty().set(query);
            app.viewModel().search().searchNow();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Event chosen = app.viewModel().results().stream()
                .filter(e -> e.mentions().size() > 1 && e.label().contains("Putin")).findFirst()
                .orElse(app.viewModel().results().get(0));
        interact(() -> app.viewModel().select(chosen.id()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.viewModel().detail().sourceProperty().get() != null);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = app.view().root().getScene().snapshot(null));
        PngOutput.write(SwingFXUtils.fromFXImage(image[0], null), Path.of(DIR).resolve(file));
    }
}
