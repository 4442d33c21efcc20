package org.nienbieu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nienbieu.export.AtomicOutput;
import org.nienbieu.export.EventFilter;
import org.nienbieu.export.EventWriter;
import org.nienbieu.export.ExportFormat;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
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
            description = "json, csv, ics, timelinejs, plover")
    ExportFormat format;

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
    public Integer call() throws IOException {
        CliMessages messages = CliMessages.forLanguage(lang);
        EventFilter filter;
        try {
            filter = new EventFilter(Optional.ofNullable(from), Optional.ofNullable(until),
                    types.stream().map(EventType::fromLabel).toList(),
                    statuses.stream().map(EventStatus::fromLabel).toList());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        BadFileReport bad = new BadFileReport(spec.commandLine().getErr(), messages);
        Chronology chronology = ChronologyCommand.build(corpus, Runtime.getRuntime().availableProcessors(), bad, messages);
        List<Event> events = filter.apply(chronology.events());
        Map<String, Entity> entities = chronology.entities().stream()
                .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        AtomicOutput.write(out, stream -> EventWriter.of(format).write(events, entities, stream));
        spec.commandLine().getErr().println(messages.get("summary.exported", events.size(), out));
        bad.finish(report);
        return 0;
    }
}
