package org.nienbieu.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.nienbieu.model.DateSpan;

/**
 * Streams the answers of a generated corpus as JSON Lines with Jackson's generator: one object per
 * article ({@code file}, {@code published}, {@code times}, {@code events}) and nothing held back,
 * so a corpus of any size costs the memory of one article.
 */
final class AnswerWriter implements Closeable {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator out;

    AnswerWriter(OutputStream stream) throws IOException {
        out = JSON.createGenerator(stream, JsonEncoding.UTF8);
        out.setRootValueSeparator(null);
    }

    void write(GeneratedArticle article) throws IOException {
        out.writeStartObject();
        out.writeStringField("file", article.fileName());
        out.writeStringField("published", article.published().toString());
        out.writeArrayFieldStart("times");
        for (ExpectedTime t : article.times()) {
            out.writeStartObject();
            out.writeStringField("text", t.text());
            out.writeNumberField("start", t.start());
            out.writeNumberField("end", t.end());
            writeDate(t.date());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("events");
        for (ExpectedEvent e : article.events()) {
            out.writeStartObject();
            out.writeStringField("type", e.type());
            out.writeStringField("status", e.status());
            writeDate(e.date());
            out.writeArrayFieldStart("actors");
            for (String actor : e.actors()) {
                out.writeString(actor);
            }
            out.writeEndArray();
            out.writeStringField("place", e.place());
            out.writeNumberField("sentenceStart", e.sentenceStart());
            out.writeNumberField("sentenceEnd", e.sentenceEnd());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeRaw('\n');
    }

    private void writeDate(DateSpan date) throws IOException {
        out.writeObjectFieldStart("date");
        out.writeStringField("start", date.isDated() ? date.start().toString() : null);
        out.writeStringField("end", date.isDated() ? date.end().toString() : null);
        out.writeStringField("precision", date.precision().label());
        out.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
