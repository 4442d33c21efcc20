package org.nienbieu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.nienbieu.export.EventJson;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;
import picocli.CommandLine.Command;

/** {@code events DIR}: the merged chronology of a corpus. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"List the events of a corpus, merged across articles, in date order.",
                "Liệt kê các sự kiện trong kho bài, đã gộp giữa các bài, theo thứ tự thời gian."})
final class EventsCommand extends ChronologyCommand {

    @Override
    void printJson(PrintWriter out, Chronology chronology) throws IOException {
        JsonFields.write(out, chronology.events().stream().map(EventJson::event).toList());
    }

    @Override
    void printText(PrintWriter out, CliMessages messages, Chronology chronology) {
        for (Event e : chronology.events()) {
            out.printf("%-36s %-9s %-9s %s%n", DatesCommand.describe(messages, e.date()),
                    messages.get("type." + e.type().label()), messages.get("status." + e.status().label()), e.label());
            if (!e.actors().isEmpty()) {
                out.println("    " + e.actors().stream().map(EventsCommand::actor).collect(Collectors.joining(", ")));
            }
            for (Mention m : e.mentions()) {
                out.printf("    %s [%d-%d] %s%n", m.article(), m.start(), m.end(), shorten(m.text()));
            }
        }
        out.println(messages.get("summary.events", chronology.events().size(), chronology.articles()));
    }

    private static String actor(Actor a) {
        return a.role().map(r -> r + " " + a.name()).orElse(a.name());
    }

    static String shorten(String text) {
        return text.length() <= 140 ? text : text.substring(0, 139) + "…";
    }
}
