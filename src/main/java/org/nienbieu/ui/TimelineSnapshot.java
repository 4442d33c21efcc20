package org.nienbieu.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.ingest.ChronologyBuilder;
import org.nienbieu.ingest.IngestListener;
import org.nienbieu.model.Event;
import org.nienbieu.timeline.LaneMode;
import org.nienbieu.timeline.TimelineModel;
import org.nienbieu.timeline.Viewport;

/**
 * Renders the timeline of a corpus to a PNG without a display: the JavaFX toolkit is started on
 * the headless Monocle platform with software rendering (unless it already runs), a
 * {@link TimelineView} is put in an off-screen scene of exactly the requested size, snapshotted and
 * written atomically. The same control as in the window, so documentation screenshots and CI
 * checks show what users see.
 */
public final class TimelineSnapshot {

    /** What to render: the corpus, the image size and file, an optional range, search and language. */
    public record Request(Path corpus, int width, int height, Path out, Optional<LocalDate> from,
                          Optional<LocalDate> to, String query, Locale locale, LaneMode lanes) {

        public Request {
            if (width < 64 || height < 64 || width > 10_000 || height > 10_000) {
                throw new IllegalArgumentException("image size must be within 64..10000 pixels, got " + width + "x" + height);
            }
            if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
                throw new IllegalArgumentException("the range ends (" + to.get() + ") before it starts (" + from.get() + ")");
            }
        }
    }

    /** What was rendered: events drawn and in the corpus, bad files. */
    public record Result(Path out, int width, int height, int events, int total, List<BadArticleException> badFiles) {

        /** One line for the command line, in {@code locale}. */
        public String summary(Locale locale) {
            return UiText.of(locale).get("snapshot.done", out, width, height, events, total, badFiles.size());
        }
    }

    // Kept strongly reachable: JUL forgets the level of a logger nobody references.
    private static final java.util.logging.Logger QUIET_STARTUP =
            java.util.logging.Logger.getLogger("javafx");

    private TimelineSnapshot() {
    }

    /** Asks for the headless platform; has no effect once the toolkit runs. */
    public static void useHeadlessPlatform() {
        // JavaFX warns that it was loaded from the class path, which is how a single jar works.
        QUIET_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    public static Result render(Request r, int threads) throws IOException, BadArticleException, InterruptedException {
        List<BadArticleException> bad = new ArrayList<>();
        Chronology c = new ChronologyBuilder(threads).build(r.corpus(), new IngestListener() {
            @Override
            public void badFile(BadArticleException problem) {
                bad.add(problem);
            }
        });
        QueryResult matches = new ChronologyQuery(c.events(), c.quotes())
                .run(new QueryCriteria(r.query() == null ? "" : r.query(), Set.of(), Set.of(), Set.of(), r.from(), r.to()));
        Set<String> keep = new HashSet<>(matches.eventIds());
        List<Event> events = c.events().stream().filter(e -> keep.contains(e.id())).toList();
        startToolkit();
        try {
            CompletableFuture<BufferedImage> image = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    image.complete(draw(r, TimelineModel.of(events)));
                } catch (RuntimeException e) {
                    image.completeExceptionally(e);
                }
            });
            BufferedImage img = image.get(60, TimeUnit.SECONDS);
            PngOutput.write(img, r.out());
            return new Result(r.out(), img.getWidth(), img.getHeight(), TimelineModel.of(events).size(),
                    c.events().size(), bad);
        } catch (ExecutionException e) {
            throw new IOException("rendering failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("rendering took more than a minute", e);
        }
        // The toolkit is left running: JavaFX cannot start twice in one process, and the command
        // line's System.exit ends it.
    }

    private static BufferedImage draw(Request r, TimelineModel model) {
        TimelineView view = new TimelineView();
        view.localeProperty().set(UiText.isVietnamese(r.locale()) ? UiText.VIETNAMESE : Locale.ENGLISH);
        view.laneModeProperty().set(r.lanes());
        view.placeholderProperty().set(UiText.of(r.locale()).get("timeline.empty"));
        view.modelProperty().set(model);
        double w = r.width() - TimelineViewSkin.GUTTER;
        double h = r.height() - TimelineViewSkin.BAND;
        Viewport start = new Viewport(0, Viewport.DAY, Math.max(1, w), Math.max(1, h));
        Viewport v;
        if (r.from().isPresent() || r.to().isPresent()) {
            LocalDate first = r.from().orElseGet(() -> model.firstDay().orElse(r.to().orElseThrow().minusMonths(1)));
            LocalDate last = r.to().orElseGet(() -> model.lastDay().orElse(first.plusMonths(1)));
            v = Viewport.ofDays(first, last, start.width(), start.height());
        } else if (model.size() > 0) {
            v = Fit.days(start, model.firstDay().orElseThrow(), model.lastDay().orElseThrow());
        } else {
            LocalDate today = LocalDate.now();
            v = Viewport.ofDays(today.minusMonths(3), today, start.width(), start.height());
        }
        view.viewportProperty().set(v);
        Scene scene = new Scene(view, r.width(), r.height());
        return SwingFXUtils.fromFXImage(scene.snapshot(null), null);
    }

    /** Starts the toolkit unless it already runs; no window closing ends it. */
    private static void startToolkit() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            Platform.setImplicitExit(false);
            return;
        }
        Platform.setImplicitExit(false);
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
        }
    }
}
