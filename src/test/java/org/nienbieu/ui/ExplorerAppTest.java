package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): it opens on the seeds and shows an article. */
class ExplorerAppTest extends FxRobot {

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void opensOnTheSeedsAndShowsTheFirstArticle() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new ExplorerApp(Path.of("seeds"), Locale.ENGLISH));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup("#articles").queryAs(ListView.class).getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#article-text").queryAs(TextArea.class).getText()).startsWith(" date 2025-11-26");
        assertThat(lookup("#status").queryAs(Label.class).getText()).isEqualTo("5 articles read, 0 files could not be read");
    }
}
