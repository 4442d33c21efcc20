package org.nienbieu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.export.AtomicOutput;
import org.nienbieu.export.EventFilter;
import org.nienbieu.export.EventWriter;
import org.nienbieu.export.ExportFormat;
import org.nienbieu.index.IndexLockedException;
import org.nienbieu.index.Schema;
import org.nienbieu.index.SearchRequest;
import org.nienbieu.index.SearchService;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.ingest.CorpusIndexer;
import org.nienbieu.ingest.IndexFolders;
import org.nienbieu.ingest.IngestListener;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.timeline.LaneMode;
import org.nienbieu.ui.TimelineSnapshot;
import org.nienbieu.ui.UiText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export --to FORMAT --corpus DIR --out FILE}: the events in a format other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the events of a corpus as JSON, CSV, iCalendar, TimelineJS or PLOVER.",
                "Xuất các sự kiện của kho bài ra JSON, CSV, iCalendar, TimelineJS hoặc PLOVER."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "json, csv, ics, timelinejs, plover, png")
    String format;

    @Option(names = "--query", paramLabel = "Q",
            description = "Only events matching this search (the search command's syntax) / Chỉ sự kiện khớp truy vấn")
    String query;

    @Option(names = "--index", paramLabel = "IDX", description = "Index folder for --query / Thư mục chỉ mục cho --query")
    Path index;

    @Option(names = "--width", defaultValue = "1600", paramLabel = "W", description = "png: width / chiều rộng")
    int width;

    @Option(names = "--height", defaultValue = "900", paramLabel = "H", description = "png: height / chiều cao")
    int height;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Corpus folder / Thư mục bài báo")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file / Tệp ghi ra")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after / Sự kiện từ ngày")
    LocalDate from;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Events on or before / Sự kiện đến ngày")
    LocalDate until;

    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "meeting, call, proposal, agreement, sanction, statement")
    List<String> types = List.of();

    @Option(names = "--status", split = ",", paramLabel = "STATUS", description = "occurred, planned, cancelled, postponed, rejected")
    List<String> statuses = List.of();

    @Option(names = "--report", paramLabel = "FILE.json", description = "Write the bad files as JSON / Ghi danh sách tệp lỗi")
    Path report;

    @Option(names = "--lang", paramLabel = "vi|en", description = "Language of messages / Ngôn ngữ thông báo")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CliMessages messages = CliMessages.forLanguage(lang);
        if ("png".equalsIgnoreCase(format)) {
            return png(messages);
        }
        ExportFormat target;
        EventFilter filter;
        try {
            target = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
            filter = new EventFilter(Optional.ofNullable(from), Optional.ofNullable(until),
                    types.stream().map(EventType::fromLabel).toList(),
                    statuses.stream().map(EventStatus::fromLabel).toList());
        } catch (IllegalArgumentException e) {
            throw new UserError("--to " + format + ": " + messages.get("export.badFormat"));
        }
        BadFileReport bad = new BadFileReport(spec.commandLine().getErr(), messages);
        Chronology chronology = ChronologyCommand.build(corpus, Runtime.getRuntime().availableProcessors(), bad, messages);
        List<Event> events = filter.apply(chronology.events());
        if (query != null && !query.isBlank()) {
            Set<String> matching = matchingEvents(messages);
            events = events.stream().filter(e -> matching.contains("e:" + e.id())).toList();
        }
        Map<String, Entity> entities = chronology.entities().stream()
                .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        List<Event> chosen = events;
        AtomicOutput.write(out, stream -> EventWriter.of(target).write(chosen, entities, stream));
        spec.commandLine().getErr().println(messages.get("summary.exported", chosen.size(), out));
        bad.finish(report);
        return 0;
    }

    /** The ids of the events the query matches, from the corpus's index (brought up to date first). */
    private Set<String> matchingEvents(CliMessages messages) throws IOException {
        Path dir = index != null ? index : IndexFolders.defaultIndex(corpus);
        try {
            new CorpusIndexer(Runtime.getRuntime().availableProcessors()).ingest(corpus, dir, IngestListener.NONE);
        } catch (IndexLockedException e) {
            spec.commandLine().getErr().println(messages.get("search.locked", dir));
        } catch (BadArticleException e) {
            throw new UserError(e.file() + ": " + e.reason(messages.locale()));
        } catch (IOException e) {
            throw IndexFailure.of(dir, e, messages);
        }
        try (SearchService search = SearchService.open(dir)) {
            return search.matchingIds(SearchRequest.of(query).withKind(Schema.Kind.EVENT));
        }
    }

    /** The timeline as the snapshot command draws it, with the same filters. */
    private int png(CliMessages messages) throws Exception {
        if (!types.isEmpty() || !statuses.isEmpty()) {
            throw new UserError("--to png: " + messages.get("export.pngFilters"));
        }
        TimelineSnapshot.useHeadlessPlatform();
        TimelineSnapshot.Result result = TimelineSnapshot.render(new TimelineSnapshot.Request(corpus, width, height, out,
                Optional.ofNullable(from), Optional.ofNullable(until), query == null ? "" : query,
                UiText.language(lang == null ? "vi" : lang), LaneMode.BY_TYPE), Runtime.getRuntime().availableProcessors());
        spec.commandLine().getErr().println(result.summary(UiText.language(lang == null ? "vi" : lang)));
        return 0;
    }
}
