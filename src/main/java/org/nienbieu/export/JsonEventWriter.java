package org.nienbieu.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;

/** The events as a top-level JSON array of the same objects {@code events --format json} prints. */
final class JsonEventWriter implements EventWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(List<Event> events, Map<String, Entity> entities, OutputStream out) throws IOException {
        MAPPER.writeValue(out, events.stream().map(EventJson::event).toList());
    }
}
