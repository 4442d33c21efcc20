package org.nienbieu.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;

/**
 * One row per event, RFC 4180 (CRLF, quotes doubled), UTF-8 with a BOM: without the BOM Excel
 * reads the file as the system code page and garbles every Vietnamese letter.
 */
final class CsvEventWriter implements EventWriter {

    static final String[] HEADER = {"id", "type", "status", "start", "end", "precision", "label", "actors",
            "places", "source_article", "source_sentence"};

    @Override
    public void write(List<Event> events, Map<String, Entity> entities, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).build());
        for (Event e : events) {
            Mention first = e.mentions().isEmpty() ? null : e.mentions().get(0);
            csv.printRecord(e.id(), e.type().label(), e.status().label(),
                    e.date().isDated() ? e.date().start() : "", e.date().isDated() ? e.date().end() : "",
                    e.date().precision().label(), e.label(),
                    e.actors().stream().map(a -> a.name()).collect(Collectors.joining("; ")),
                    String.join("; ", e.places()),
                    first == null ? "" : first.article(), first == null ? "" : first.text());
        }
        csv.flush();
    }
}
