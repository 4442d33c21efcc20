package org.nienbieu.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.Precision;

/**
 * TimelineJS3's JSON: {@code events} with {@code start_date}/{@code end_date} given only down to
 * the precision known (a month event has no day), the label as headline, the source sentence as
 * text, grouped by type. TimelineJS needs a start date, so undated events are left out.
 */
final class TimelineJsEventWriter implements EventWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(List<Event> events, Map<String, Entity> entities, OutputStream out) throws IOException {
        List<Map<String, Object>> slides = new ArrayList<>();
        for (Event e : events) {
            if (!e.date().isDated()) {
                continue;
            }
            Map<String, Object> slide = new LinkedHashMap<>();
            Precision p = e.date().precision();
            slide.put("start_date", date(e.date().start(), p));
            if (!e.date().start().equals(e.date().end()) && p != Precision.MONTH && p != Precision.YEAR) {
                slide.put("end_date", date(e.date().end(), p));
            }
            if (p != Precision.DAY && p != Precision.DAYS) {
                slide.put("display_date", e.date().start() + " – " + e.date().end() + " (" + p.label() + ")");
            }
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("headline", e.label());
            text.put("text", e.mentions().isEmpty() ? "" : e.mentions().get(0).text());
            slide.put("text", text);
            slide.put("group", e.type().label());
            slide.put("unique_id", e.id());
            slides.add(slide);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("text", Map.of("headline", "Niên biểu", "text", events.size() + " sự kiện / events"));
        root.put("title", title);
        root.put("events", slides);
        MAPPER.writeValue(out, root);
    }

    private static Map<String, Object> date(LocalDate day, Precision precision) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("year", day.getYear());
        if (precision != Precision.YEAR) {
            d.put("month", day.getMonthValue());
        }
        if (precision == Precision.DAY || precision == Precision.DAYS || precision == Precision.WEEK
                || precision == Precision.PART_OF_MONTH) {
            d.put("day", day.getDayOfMonth());
        }
        return d;
    }
}
