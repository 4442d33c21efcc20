package org.nienbieu.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityKind;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Precision;

/** Every export read back by an independent parser: Jackson, Commons CSV, ical4j. */
class EventWritersTest {

    private static final String LONG_SENTENCE = "Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Antony Blinken hội đàm tại Hà Nội hôm 15/4, "
            + "thảo luận về hợp tác kinh tế, an ninh hàng hải, biến đổi khí hậu; hai bên nhất trí “tăng cường tin cậy”, và \"đối thoại thường xuyên\".";

    private static final Event MEETING = new Event("ev-1", EventType.MEETING, EventStatus.OCCURRED,
            DateSpan.day(LocalDate.of(2024, 4, 15)),
            List.of(new Actor("person:bui-thanh-son", "Bùi Thanh Sơn", Optional.of("Bộ trưởng Ngoại giao")),
                    new Actor("person:antony-blinken", "Antony Blinken", Optional.of("Ngoại trưởng"))),
            List.of("Hà Nội"), "Hội đàm Sơn – Blinken tại Hà Nội, “lần thứ 2”",
            List.of(new Mention("a.txt", 17, 17 + LONG_SENTENCE.length(), LONG_SENTENCE)));
    private static final Event PLAN = new Event("ev-2", EventType.PROPOSAL, EventStatus.REJECTED,
            DateSpan.of(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 10), Precision.PART_OF_MONTH),
            List.of(new Actor("government:nha-trang", "Nhà Trắng", Optional.empty())), List.of(),
            "Đề xuất kế hoạch hòa bình 28 điểm", List.of(new Mention("b.txt", 0, 10, "Kế hoạch này")));
    private static final Event UNDATED = new Event("ev-3", EventType.STATEMENT, EventStatus.OCCURRED, DateSpan.undated(),
            List.of(), List.of(), "Tuyên bố chung", List.of());
    private static final Event MONTH = new Event("ev-4", EventType.SANCTION, EventStatus.PLANNED,
            DateSpan.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30), Precision.MONTH),
            List.of(), List.of(), "Trừng phạt; gói 15", List.of());
    private static final List<Event> EVENTS = List.of(MEETING, PLAN, UNDATED, MONTH);
    private static final Map<String, Entity> ENTITIES = Map.of(
            "person:bui-thanh-son", new Entity("person:bui-thanh-son", "Bùi Thanh Sơn", EntityKind.PERSON, Optional.of("Việt Nam"), List.of()),
            "person:antony-blinken", new Entity("person:antony-blinken", "Antony Blinken", EntityKind.PERSON, Optional.of("Mỹ"), List.of()));

    private static byte[] export(ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventWriter.of(format).write(EVENTS, ENTITIES, out);
        return out.toByteArray();
    }

    @Test
    void jsonIsTheEventsArrayWithVietnameseIntact() throws Exception {
        JsonNode json = new ObjectMapper().readTree(export(ExportFormat.JSON));
        assertThat(json.size()).isEqualTo(4);
        assertThat(json.get(0).get("label").asText()).isEqualTo("Hội đàm Sơn – Blinken tại Hà Nội, “lần thứ 2”");
        assertThat(json.get(1).get("date").get("precision").asText()).isEqualTo("part-of-month");
        assertThat(json.get(2).get("date").get("start").isNull()).isTrue();
        assertThat(json.get(0).get("mentions").get(0).get("text").asText()).isEqualTo(LONG_SENTENCE);
    }

    @Test
    void csvHasABomAndRoundTripsQuotesCommasAndVietnamese() throws Exception {
        byte[] bytes = export(ExportFormat.CSV);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\r\n");
        try (CSVParser csv = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).get("source_sentence")).isEqualTo(LONG_SENTENCE);
            assertThat(rows.get(0).get("actors")).isEqualTo("Bùi Thanh Sơn; Antony Blinken");
            assertThat(rows.get(1).get("status")).isEqualTo("rejected");
            assertThat(rows.get(2).get("start")).isEmpty();
            assertThat(csv.getHeaderNames()).containsExactly(CsvEventWriter.HEADER);
        }
    }

    @Test
    void icsParsesWithAllDayExclusiveEndsAndLeavesOutUndated() throws Exception {
        byte[] bytes = export(ExportFormat.ICS);
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
        assertThat(vevents).hasSize(3);
        VEvent meeting = vevents.get(0);
        assertThat(meeting.getSummary().getValue()).isEqualTo("Hội đàm Sơn – Blinken tại Hà Nội, “lần thứ 2”");
        assertThat(meeting.getStartDate().getValue()).isEqualTo("20240415");
        assertThat(meeting.getEndDate().getValue()).isEqualTo("20240416");
        assertThat(meeting.getUid().getValue()).isEqualTo("ev-1@nienbieu");
        assertThat(meeting.getDescription().getValue()).contains(LONG_SENTENCE);
        assertThat(meeting.getLocation().getValue()).isEqualTo("Hà Nội");
        VEvent plan = vevents.get(1);
        assertThat(plan.getEndDate().getValue()).isEqualTo("20251111");
        assertThat(plan.getDescription().getValue()).contains("part-of-month");
        assertThat(vevents.get(2).getSummary().getValue()).isEqualTo("Trừng phạt; gói 15");
    }

    @Test
    void timelineJsGivesDatesOnlyToTheirPrecision() throws Exception {
        JsonNode json = new ObjectMapper().readTree(export(ExportFormat.TIMELINEJS));
        JsonNode events = json.get("events");
        assertThat(events.size()).isEqualTo(3);
        assertThat(events.get(0).get("start_date").toString()).isEqualTo("{\"year\":2024,\"month\":4,\"day\":15}");
        assertThat(events.get(0).get("text").get("headline").asText()).startsWith("Hội đàm Sơn");
        assertThat(events.get(0).get("group").asText()).isEqualTo("meeting");
        assertThat(events.get(2).get("start_date").toString()).isEqualTo("{\"year\":2024,\"month\":9}");
        assertThat(events.get(2).has("end_date")).isFalse();
        assertThat(events.get(1).get("end_date").get("day").asInt()).isEqualTo(10);
    }

    @Test
    void ploverCodesCategoriesAndActorsCountries() throws Exception {
        String[] lines = new String(export(ExportFormat.PLOVER), StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(4);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode meeting = mapper.readTree(lines[0]);
        assertThat(meeting.get("event").asText()).isEqualTo("CONSULT");
        assertThat(meeting.get("actor1_country").asText()).isEqualTo("Việt Nam");
        assertThat(meeting.get("actor2").asText()).isEqualTo("Antony Blinken");
        assertThat(meeting.get("source").get("text").asText()).isEqualTo(LONG_SENTENCE);
        assertThat(mapper.readTree(lines[1]).get("event").asText()).isEqualTo("REJECT");
        assertThat(mapper.readTree(lines[1]).get("mode").asText()).isEqualTo("reject propose");
        assertThat(mapper.readTree(lines[3]).get("event").asText()).isEqualTo("SANCTION");
    }

    @Test
    void filterKeepsEventsOverlappingTheRangeAndOfTheType() {
        EventFilter september = new EventFilter(Optional.of(LocalDate.of(2024, 9, 15)), Optional.of(LocalDate.of(2024, 12, 31)),
                List.of(), List.of());
        assertThat(september.apply(EVENTS)).containsExactly(MONTH);
        EventFilter proposals = new EventFilter(Optional.empty(), Optional.empty(), List.of(EventType.PROPOSAL), List.of());
        assertThat(proposals.apply(EVENTS)).containsExactly(PLAN);
    }
}
