package org.nienbieu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.nienbieu.export.EventJson;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.model.Entity;
import picocli.CommandLine.Command;

/** {@code entities DIR}: the people, organisations, places and media a corpus names. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"List the people, organisations, countries, places and media of a corpus.",
                "Liệt kê người, tổ chức, quốc gia, địa danh và cơ quan báo chí trong kho bài."})
final class EntitiesCommand extends ChronologyCommand {

    @Override
    void printJson(PrintWriter out, Chronology chronology) throws IOException {
        JsonFields.write(out, chronology.entities().stream().map(EventJson::entity).toList());
    }

    @Override
    void printText(PrintWriter out, CliMessages messages, Chronology chronology) {
        for (Entity e : chronology.entities()) {
            out.printf("%-14s %-32s %s%n", messages.get("kind." + e.kind().name().toLowerCase(java.util.Locale.ROOT)),
                    e.canonicalName(), String.join(" | ", e.surfaceForms()));
        }
    }
}
