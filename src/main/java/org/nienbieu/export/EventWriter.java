package org.nienbieu.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;

/** Writes a list of events in one format; {@code entities} (by id) tells actors' kinds and countries. */
public interface EventWriter {

    void write(List<Event> events, Map<String, Entity> entities, OutputStream out) throws IOException;

    /** The writer for a format. */
    static EventWriter of(ExportFormat format) {
        return switch (format) {
            case JSON -> new JsonEventWriter();
            case CSV -> new CsvEventWriter();
            case ICS -> new IcsEventWriter();
            case TIMELINEJS -> new TimelineJsEventWriter();
            case PLOVER -> new PloverEventWriter();
        };
    }
}
