package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.Event;
import org.nienbieu.timeline.AxisUnit;
import org.nienbieu.timeline.Frame;
import org.nienbieu.timeline.Item;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle) on the seeds: search, click, keys, language. */
class ExplorerAppTest extends FxRobot {

    private ExplorerApp app;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path indexes;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (ExplorerApp) FxToolkit.setupApplication(
                () -> new ExplorerApp(Seeds.DIR, Locale.ENGLISH, MemoryPreferences.settings(),
                        corpus -> indexes.resolve("index")));
        // Wait for the index too, so a test's searches are not re-run under it when it lands.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.viewModel() != null
                && app.viewModel().chronologyProperty().get() != null && !app.viewModel().results().isEmpty()
                && app.viewModel().indexStateProperty().get() != ExplorerViewModel.IndexState.INDEXING);
        WaitForAsyncUtils.waitForFxEvents();
        // And for the timeline's first frame with its events, laid out on a later pulse on a busy machine.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frame() != null && !frame().items().isEmpty());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private TimelineView timeline() {
        return lookup("#timeline").queryAs(TimelineView.class);
    }

    private Frame frame() {
        return timeline().frameProperty().get();
    }

    @SuppressWarnings("unchecked")
    private ListView<Event> results() {
        return lookup("#results").queryAs(ListView.class);
    }

    @Test
    void opensOnTheSeedsWithEveryEventOnTheTimeline() {
        assertThat(frame().items()).isNotEmpty();
        assertThat(results().getItems()).hasSize(app.viewModel().chronologyProperty().get().events().size());
        assertThat(lookup("#status").queryAs(Label.class).getText()).contains("5 articles").contains("0 bad files");
    }

    @Test
    void searchNarrowsTheTimelineAndTheList() throws Exception {
        int before = frame().visibleEvents();
        int listBefore = results().getItems().size();
        clickOn("#search").write("Budapest");
        // Not the result of a half-typed word ("B" may match nothing): the one for the whole word.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> results().getItems().size() < listBefore
                && !results().getItems().isEmpty() && results().getItems().stream().allMatch(e -> e.label().contains("Budapest")
                || e.mentions().stream().anyMatch(m -> m.text().contains("Budapest"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame().visibleEvents()).isLessThan(before).isPositive();
        assertThat(results().getItems()).allMatch(e -> e.label().contains("Budapest")
                || e.mentions().stream().anyMatch(m -> m.text().contains("Budapest")));
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> results().getItems().size() == listBefore);
        assertThat(lookup("#search").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void clickingAnEventHighlightsItsSourceSentence() throws Exception {
        Item item = frame().items().get(0);
        Canvas canvas = lookup(".timeline-view Canvas").match(n -> ((Canvas) n).getWidth() > 300
                && ((Canvas) n).getHeight() > 100).queryAs(Canvas.class);
        Point2D screen = canvas.localToScreen((item.x0() + item.x1()) / 2, item.y() + item.height() / 2);
        clickOn(screen);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> item.eventId().equals(timeline().getSelectedEventId()));
        Event event = app.viewModel().selectedProperty().get();
        assertThat(event.id()).isEqualTo(item.eventId());
        assertThat(results().getSelectionModel().getSelectedItem()).isEqualTo(event);
        assertThat(lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(event.label());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> lookup("#source-highlight").queryAs(Text.class).getText().equals(event.mentions().get(0).text()));
        // Another source of the same event, when it has one.
        if (event.mentions().size() > 1) {
            String second = event.mentions().get(1).text();
            Label link = lookup(".source-link").nth(1).queryAs(Label.class);
            javafx.scene.control.ScrollPane detail = lookup(".scroll-pane").match(n -> n instanceof javafx.scene.control.ScrollPane sp
                    && sp.getContent() != null && "detail".equals(sp.getContent().getId())).queryAs(javafx.scene.control.ScrollPane.class);
            interact(() -> {
                double room = detail.getContent().getBoundsInLocal().getHeight() - detail.getViewportBounds().getHeight();
                detail.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, link.getBoundsInParent().getMinY() - 20) / room));
            });
            clickOn(link);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> lookup("#source-highlight").queryAs(Text.class).getText().equals(second));
        }
    }

    @Test
    void zoomKeysChangeTheAxisScale() throws Exception {
        clickOn(timeline());
        double duration = frame().viewport().duration();
        AxisUnit unit = frame().axis().unit();
        for (int i = 0; i < 4; i++) {
            type(KeyCode.EQUALS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> frame().viewport().duration() < duration / 4);
        assertThat(frame().axis().unit().ordinal()).isGreaterThan(unit.ordinal());
        type(KeyCode.F);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Math.abs(frame().viewport().duration() - duration) < 3600);
        for (int i = 0; i < 3; i++) {
            type(KeyCode.MINUS);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> frame().viewport().duration() > duration * 3);
    }

    private Canvas mainCanvas() {
        return lookup(".timeline-view Canvas").match(n -> ((Canvas) n).getWidth() > 300
                && ((Canvas) n).getHeight() > 100).queryAs(Canvas.class);
    }

    private Canvas overviewBand() {
        Canvas main = mainCanvas();
        return lookup(".timeline-view Canvas").match(n -> n != main && ((Canvas) n).getWidth() > 300)
                .queryAs(Canvas.class);
    }

    @Test
    void hoveringAnEventShowsItsLabelTypeAndDate() throws Exception {
        Item item = frame().items().get(0);
        Event event = app.viewModel().chronologyProperty().get().events().stream()
                .filter(e -> e.id().equals(item.eventId())).findFirst().orElseThrow();
        moveTo(mainCanvas().localToScreen((item.x0() + item.x1()) / 2, item.y() + item.height() / 2));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip() != null);
        String text = shownTooltip().getText();
        UiText english = UiText.of(Locale.ENGLISH);
        assertThat(text).startsWith(event.label()).contains(english.type(event.type()), english.status(event.status()));
        assertThat(text.lines().count()).isGreaterThanOrEqualTo(3);
        // Leaving the event hides it.
        moveTo(mainCanvas().localToScreen(mainCanvas().getWidth() - 5, mainCanvas().getHeight() - 5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip() == null);
    }

    private static javafx.scene.control.Tooltip shownTooltip() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> (javafx.scene.control.Tooltip) w).findFirst().orElse(null);
    }

    @Test
    void wheelAndPinchZoomAroundThePointerAndDragPans() throws Exception {
        Canvas canvas = mainCanvas();
        double x = canvas.getWidth() * 0.3;
        double y = canvas.getHeight() / 2;
        org.nienbieu.timeline.Viewport before = frame().viewport();
        double timeAtPointer = before.time(x);
        // Wheel up zooms in; the time under the pointer stays under it.
        Point2D atPointer = canvas.localToScene(x, y);
        interact(() -> canvas.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                atPointer.getX(), atPointer.getY(), 0, 0, false, false, false, false, false, false, 0, 120, 0, 120,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> frame().viewport().duration() < before.duration() * 0.9);
        assertThat(frame().viewport().time(x)).isCloseTo(timeAtPointer, org.assertj.core.data.Offset.offset(60.0));
        // A pinch (zoom gesture) by 2 halves the visible span, around the fingers.
        org.nienbieu.timeline.Viewport wheeled = frame().viewport();
        double x2 = canvas.getWidth() * 0.7;
        double timeAtFingers = wheeled.time(x2);
        Point2D atFingers = canvas.localToScene(x2, y);
        interact(() -> canvas.fireEvent(new javafx.scene.input.ZoomEvent(javafx.scene.input.ZoomEvent.ZOOM,
                atFingers.getX(), atFingers.getY(), 0, 0, false, false, false, false, false, false, 2.0, 2.0, null)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Math.abs(frame().viewport().duration() - wheeled.duration() / 2) < wheeled.duration() * 0.01);
        assertThat(frame().viewport().time(x2)).isCloseTo(timeAtFingers, org.assertj.core.data.Offset.offset(60.0));
        // Dragging left by 200 px shows what was 200 px to the right.
        org.nienbieu.timeline.Viewport pinched = frame().viewport();
        drag(canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() - 10)).moveBy(-100, 0).moveBy(-100, 0).drop();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> frame().viewport().start() > pinched.start());
        assertThat(frame().viewport().start()).isCloseTo(pinched.time(200),
                org.assertj.core.data.Offset.offset(pinched.secondsPerPixel() * 4));
        assertThat(frame().viewport().duration()).isCloseTo(pinched.duration(), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void draggingTheOverviewMovesTheVisibleWindow() throws Exception {
        clickOn(timeline());
        for (int i = 0; i < 4; i++) {
            type(KeyCode.EQUALS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        org.nienbieu.timeline.Viewport zoomed = frame().viewport();
        Canvas band = overviewBand();
        // Press near the band's left end, then drag to its right end: the window follows the pointer.
        drag(band.localToScreen(band.getWidth() * 0.2, band.getHeight() / 2)).moveTo(
                band.localToScreen(band.getWidth() * 0.9, band.getHeight() / 2)).drop();
        double centreBefore = (zoomed.start() + zoomed.end()) / 2;
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> (frame().viewport().start() + frame().viewport().end()) / 2 > centreBefore + zoomed.duration() / 4);
        assertThat(frame().viewport().duration()).isCloseTo(zoomed.duration(), org.assertj.core.data.Offset.offset(1.0));
        double centreAfterRight = (frame().viewport().start() + frame().viewport().end()) / 2;
        drag(band.localToScreen(band.getWidth() * 0.9, band.getHeight() / 2)).moveTo(
                band.localToScreen(band.getWidth() * 0.3, band.getHeight() / 2)).drop();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> (frame().viewport().start() + frame().viewport().end()) / 2 < centreBefore);
    }

    @Test
    void arrowKeysWalkThroughTheEventsInDateOrder() throws Exception {
        clickOn(timeline());
        type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline().getSelectedEventId() != null);
        String first = timeline().getSelectedEventId();
        type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !first.equals(timeline().getSelectedEventId()));
        List<Event> ordered = timeline().modelProperty().get().events();
        int a = ordered.indexOf(ordered.stream().filter(e -> e.id().equals(first)).findFirst().orElseThrow());
        assertThat(ordered.get(a + 1).id()).isEqualTo(timeline().getSelectedEventId());
        type(KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> first.equals(timeline().getSelectedEventId()));
    }

    @Test
    void controlFFocusesTheSearchBox() {
        clickOn(timeline());
        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#search").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void languageSwitchChangesTheLabels() throws Exception {
        assertThat(lookup("#search").queryAs(TextField.class).getPromptText()).startsWith("Search");
        clickOn("Language");
        clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> lookup("#search").queryAs(TextField.class).getPromptText().startsWith("Tìm"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#status").queryAs(Label.class).getText()).contains("bài");
        assertThat(timeline().localeProperty().get().getLanguage()).isEqualTo("vi");
        assertThat(frame().lanes().get(0).name()).isIn("Gặp gỡ", "Điện đàm", "Đề xuất", "Thỏa thuận", "Trừng phạt", "Tuyên bố");
        assertThat(app.viewModel().settings().language()).contains(UiText.VIETNAMESE);
    }
}
