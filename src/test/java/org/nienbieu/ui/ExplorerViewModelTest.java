package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.export.ExportFormat;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventType;
import org.nienbieu.timeline.LaneMode;

/** The window's state without a window: ingest, search in step with timeline and list, selection, export, settings. */
class ExplorerViewModelTest {

    @TempDir
    static Path indexes;

    private static ExplorerViewModel opened(UiSettings settings) {
        ExplorerViewModel vm = new ExplorerViewModel(Dispatch.direct(), settings, corpus -> indexes.resolve("index"));
        vm.open(Seeds.DIR, 2);
        return vm;
    }

    @Test
    void openingReadsTheCorpusAndShowsEveryEvent() {
        ExplorerViewModel vm = opened(MemoryPreferences.settings());
        assertThat(vm.ingestingProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        int all = vm.chronologyProperty().get().events().size();
        assertThat(vm.results()).hasSize(all);
        assertThat(vm.timeline().model().size() + vm.timeline().model().undated().size()).isEqualTo(all);
        assertThat(vm.statusProperty().get()).contains("5 bài");
    }

    @Test
    void searchNarrowsTheListAndTheTimelineTogether() {
        ExplorerViewModel vm = opened(MemoryPreferences.settings());
        int before = vm.timeline().model().size();
        vm.search().textProperty().set("Budapest");
        vm.search().searchNow();
        assertThat(vm.results()).isNotEmpty().allMatch(e -> e.label().contains("Budapest")
                || e.mentions().stream().anyMatch(m -> m.text().contains("Budapest")));
        assertThat(vm.timeline().model().size()).isLessThan(before)
                .isEqualTo((int) vm.results().stream().filter(e -> e.date().isDated()).count());
    }

    @Test
    void selectingInTheTimelineSelectsInTheListAndOpensTheFirstSource() {
        ExplorerViewModel vm = opened(MemoryPreferences.settings());
        Event e = vm.results().stream().filter(x -> !x.mentions().isEmpty()).findFirst().orElseThrow();
        vm.timeline().selectedIdProperty().set(e.id());
        assertThat(vm.selectedProperty().get()).isEqualTo(e);
        assertThat(vm.detail().titleProperty().get()).isEqualTo(e.label());
        assertThat(vm.detail().sourceProperty().get().highlighted()).isEqualTo(e.mentions().get(0).text());
        vm.select(null);
        assertThat(vm.timeline().selectedIdProperty().get()).isNull();
    }

    @Test
    void aSelectionTheSearchFiltersOutIsCleared() {
        ExplorerViewModel vm = opened(MemoryPreferences.settings());
        Event call = vm.results().stream().filter(x -> x.type() == EventType.CALL).findFirst().orElseThrow();
        vm.select(call.id());
        vm.search().types().add(EventType.MEETING);
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void exportWritesTheFilteredEvents(@TempDir Path dir) throws Exception {
        ExplorerViewModel vm = opened(MemoryPreferences.settings());
        vm.search().types().add(EventType.CALL);
        Path out = dir.resolve("calls.json");
        AtomicReference<String> message = new AtomicReference<>();
        vm.export(ExportFormat.JSON, out, message::set);
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        JsonNode events = json.isArray() ? json : json.path("events");
        assertThat(events.size()).isEqualTo(vm.results().size()).isPositive();
        assertThat(message.get()).contains(out.toString());
    }

    @Test
    void settingsRememberLanguageLanesRangeAndSearchForTheSameCorpus() {
        UiSettings settings = MemoryPreferences.settings();
        ExplorerViewModel first = opened(settings);
        first.localeProperty().set(Locale.ENGLISH);
        first.timeline().laneModeProperty().set(LaneMode.BY_ACTOR);
        first.timeline().zoomIn();
        first.search().textProperty().set("Putin");
        first.search().searchNow();
        double start = first.timeline().viewport().start();
        first.saveSettings();

        ExplorerViewModel second = opened(settings);
        assertThat(second.localeProperty().get().getLanguage()).isEqualTo("en");
        assertThat(second.timeline().laneModeProperty().get()).isEqualTo(LaneMode.BY_ACTOR);
        assertThat(second.search().textProperty().get()).isEqualTo("Putin");
        assertThat(second.results()).hasSameSizeAs(first.results());
        assertThat(second.timeline().viewport().start()).isCloseTo(start, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aCorpusSeenBeforeOpensFromItsIndexAndAChangedFileIsReadAgain(@TempDir Path dir) throws Exception {
        Path corpus = Seeds.copyTo(dir.resolve("corpus"));
        Path index = dir.resolve("index");
        ExplorerViewModel first = new ExplorerViewModel(Dispatch.direct(), MemoryPreferences.settings(), c -> index);
        first.open(corpus, 2);
        assertThat(first.indexStateProperty().get()).isEqualTo(ExplorerViewModel.IndexState.READY);
        List<Event> events = first.chronologyProperty().get().events();

        // The index alone answers: its chronology is the one the first window showed.
        ExplorerViewModel second = new ExplorerViewModel(Dispatch.direct(), MemoryPreferences.settings(), c -> index);
        second.open(corpus, 2);
        assertThat(second.chronologyProperty().get().events()).isEqualTo(events);
        assertThat(second.results()).hasSameSizeAs(first.results());

        // A file changed since: the window shows what it says now.
        Path changed;
        try (var files = Files.list(corpus)) {
            changed = files.filter(f -> uncheckedRead(f).contains("Witkoff")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed).replace("Witkoff", "Kushner"));
        ExplorerViewModel third = new ExplorerViewModel(Dispatch.direct(), MemoryPreferences.settings(), c -> index);
        third.open(corpus, 2);
        assertThat(third.chronologyProperty().get().events()).isNotEqualTo(events)
                .anySatisfy(e -> assertThat(e.mentions()).anyMatch(m -> m.article().equals(changed.getFileName().toString())
                        && m.text().contains("Kushner")));
        assertThat(third.ingestingProperty().get()).isFalse();
    }

    @Test
    void badFilesAreListedAndSavedInTheCommandLineReportShape(@TempDir Path dir) throws Exception {
        Path corpus = Seeds.copyTo(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("zz-no-header.txt"), "Hà Nội hôm nay mưa.\n");
        ExplorerViewModel vm = new ExplorerViewModel(Dispatch.direct(), MemoryPreferences.settings(), c -> dir.resolve("index"));
        vm.open(corpus, 2);
        assertThat(vm.badFiles()).extracting(ExplorerViewModel.BadFile::file).containsExactly("zz-no-header.txt");
        Path report = dir.resolve("report.json");
        AtomicReference<String> message = new AtomicReference<>();
        vm.saveBadFileReport(report, message::set);
        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        assertThat(json.path("articles_read").asInt()).isEqualTo(5);
        assertThat(json.path("bad_files")).hasSize(1);
        assertThat(json.path("bad_files").get(0).path("file").asText()).isEqualTo("zz-no-header.txt");
        assertThat(json.path("bad_files").get(0).path("problem").asText()).isEqualTo("no_header");
        assertThat(message.get()).contains(report.toString()).contains("1 tệp lỗi");
    }

    @Test
    void anIndexThatCannotBeWrittenIsSaidInTheStatusBarAndTheWindowStillWorks(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        ExplorerViewModel vm = new ExplorerViewModel(Dispatch.direct(), MemoryPreferences.settings(),
                c -> file.resolve("index"));
        vm.open(Seeds.DIR, 2);
        assertThat(vm.indexStateProperty().get()).isEqualTo(ExplorerViewModel.IndexState.NONE);
        assertThat(vm.chronologyProperty().get().events()).hasSameSizeAs(Seeds.chronology().events());
        assertThat(vm.statusProperty().get()).contains("5 bài").contains(file.toString()).contains("là tệp");
        vm.localeProperty().set(Locale.ENGLISH);
        assertThat(vm.statusProperty().get()).contains("is a file, not a folder");
        vm.search().textProperty().set("Budapest");
        vm.search().searchNow();
        assertThat(vm.results()).isNotEmpty();
    }

    private static String uncheckedRead(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
