package org.nienbieu.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.nienbieu.export.EventJson;
import org.nienbieu.model.DateSpan;

/** How model values look in the CLI's JSON, written once for every command. */
final class JsonFields {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFields() {
    }

    /** A streaming generator that can also write maps and lists. */
    static JsonGenerator generator(java.io.Writer out) throws IOException {
        return MAPPER.getFactory().createGenerator(out);
    }

    /** {@code {"start": "2025-10-17", "end": "2025-10-17", "precision": "day"}}; nulls when undated. */
    static void writeDateSpan(JsonGenerator json, DateSpan span) throws IOException {
        json.writeObject(EventJson.dateSpan(span));
    }

    /** Writes a value as indented JSON, arrays one element per line. */
    static void write(PrintWriter out, Object value) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        out.println(MAPPER.writer(pretty).writeValueAsString(value));
    }
}
