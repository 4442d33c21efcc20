package org.nienbieu.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.nienbieu.model.DateSpan;

/** How model values look in the CLI's JSON, written once for every command. */
final class JsonFields {

    private JsonFields() {
    }

    /** {@code {"start": "2025-10-17", "end": "2025-10-17", "precision": "day"}}; nulls when undated. */
    static void writeDateSpan(JsonGenerator json, DateSpan span) throws IOException {
        json.writeStartObject();
        json.writeStringField("start", span.isDated() ? span.start().toString() : null);
        json.writeStringField("end", span.isDated() ? span.end().toString() : null);
        json.writeStringField("precision", span.precision().label());
        json.writeEndObject();
    }
}
