package org.nienbieu.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.Precision;

/**
 * iCalendar (RFC 5545): one all-day VEVENT per dated event (DTEND exclusive), a UID that is the
 * event's stable id, text escaped, lines folded at 75 octets without splitting a UTF-8 character,
 * CRLF line ends. Imprecise dates become all-day spans over what is known, with the precision in
 * the description. Undated events have no place in a calendar and are left out.
 */
final class IcsEventWriter implements EventWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    @Override
    public void write(List<Event> events, Map<String, Entity> entities, OutputStream out) throws IOException {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Nien bieu//nienbieu//VI");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape("Niên biểu"));
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        for (Event e : events) {
            if (!e.date().isDated()) {
                continue;
            }
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + e.id() + "@nienbieu");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;VALUE=DATE:" + e.date().start().format(DAY));
            line(ics, "DTEND;VALUE=DATE:" + e.date().end().plusDays(1).format(DAY));
            line(ics, "SUMMARY:" + escape(e.label()));
            line(ics, "DESCRIPTION:" + escape(description(e)));
            if (!e.places().isEmpty()) {
                line(ics, "LOCATION:" + escape(String.join(", ", e.places())));
            }
            line(ics, "CATEGORIES:" + escape(e.type().label()));
            line(ics, "STATUS:" + status(e.status()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        out.write(ics.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String description(Event e) {
        StringBuilder d = new StringBuilder();
        d.append(e.type().label()).append(", ").append(e.status().label());
        if (e.date().precision() != Precision.DAY && e.date().precision() != Precision.DAYS) {
            d.append(", precision: ").append(e.date().precision().label());
        }
        if (!e.actors().isEmpty()) {
            d.append("\n").append(String.join(", ", e.actors().stream().map(a -> a.name()).toList()));
        }
        if (!e.mentions().isEmpty()) {
            d.append("\n").append(e.mentions().get(0).text()).append(" (").append(e.mentions().get(0).article()).append(')');
        }
        return d.toString();
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case OCCURRED -> "CONFIRMED";
            case PLANNED, POSTPONED -> "TENTATIVE";
            case CANCELLED, REJECTED -> "CANCELLED";
        };
    }

    /** RFC 5545 TEXT escaping: backslash, semicolon, comma and newline. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 sequence, then CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
