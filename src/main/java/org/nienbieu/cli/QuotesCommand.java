package org.nienbieu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.nienbieu.export.EventJson;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.model.Quote;
import picocli.CommandLine.Command;

/** {@code quotes DIR}: every direct quotation, with its speaker and event when known. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"List the direct quotations of a corpus with their speakers.",
                "Liệt kê các trích dẫn trực tiếp trong kho bài cùng người phát biểu."})
final class QuotesCommand extends ChronologyCommand {

    @Override
    void printJson(PrintWriter out, Chronology chronology) throws IOException {
        JsonFields.write(out, chronology.quotes().stream().map(EventJson::quote).toList());
    }

    @Override
    void printText(PrintWriter out, CliMessages messages, Chronology chronology) {
        for (Quote q : chronology.quotes()) {
            String speaker = q.speaker().map(a -> a.name()).orElse(messages.get("speaker.unknown"));
            out.printf("%s [%d-%d] %s: “%s”%n", q.article(), q.start(), q.end(), speaker, EventsCommand.shorten(q.text()));
        }
    }
}
