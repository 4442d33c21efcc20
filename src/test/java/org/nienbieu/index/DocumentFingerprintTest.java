package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.nienbieu.model.Quote;

/**
 * A fingerprint stands for the document an event or quote makes: a re-ingest keeps a document
 * whose fingerprint it holds, without building it. So equal inputs must agree and any input that
 * shows in the document must change it.
 */
class DocumentFingerprintTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 20);
    private static final Actor WITKOFF = new Actor("person:steve-witkoff", "Steve Witkoff", Optional.of("Đặc phái viên"));
    private static final Actor ZELENSKY = new Actor("person:volodymyr-zelensky", "Volodymyr Zelensky", Optional.empty());
    private static final Map<String, Entity> ENTITIES = Map.of(
            WITKOFF.entityId(), new Entity(WITKOFF.entityId(), "Steve Witkoff", EntityKind.PERSON, Optional.of("US"), List.of()),
            ZELENSKY.entityId(), new Entity(ZELENSKY.entityId(), "Volodymyr Zelensky", EntityKind.PERSON, Optional.of("UA"), List.of()));

    private static Event meeting(String id, EventStatus status, DateSpan date, List<Actor> actors, List<String> places,
                                 String label, List<Mention> mentions) {
        return new Event(id, EventType.MEETING, status, date, actors, places, label, mentions);
    }

    private static final Mention SAID = new Mention("a.txt", 120, 190,
            "Ông Witkoff đã gặp Tổng thống Zelensky tại Kiev ngày 20/11 để bàn kế hoạch 28 điểm.");

    private static Event base() {
        return meeting("ev-1", EventStatus.OCCURRED, DateSpan.day(DAY), List.of(WITKOFF, ZELENSKY), List.of("Kiev"),
                "Gặp Witkoff – Zelensky tại Kiev", List.of(SAID));
    }

    @Test
    void equalEventsAndQuotesAgree() {
        // Built apart, so that nothing is shared but the values.
        assertThat(Documents.fingerprint(base(), "r1", ENTITIES)).isEqualTo(Documents.fingerprint(base(), "r1", Map.copyOf(ENTITIES)));
        Quote q = new Quote("a.txt", 10, 40, "Chúng tôi sẽ gặp lại", Optional.of(WITKOFF), Optional.of("ev-1"));
        Quote same = new Quote("a.txt", 10, 40, new String("Chúng tôi sẽ gặp lại"), Optional.of(WITKOFF), Optional.of("ev-1"));
        assertThat(Documents.fingerprint(q, "q1", DAY, ENTITIES)).isEqualTo(Documents.fingerprint(same, "q1", DAY, ENTITIES));
    }

    @Test
    void everyPartOfAnEventsDocumentChangesItsFingerprint() {
        Event e = base();
        List<Long> variants = List.of(
                Documents.fingerprint(e, "r1", ENTITIES),
                Documents.fingerprint(e, "r2", ENTITIES),
                Documents.fingerprint(meeting("ev-2", e.status(), e.date(), e.actors(), e.places(), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(new Event(e.id(), EventType.CALL, e.status(), e.date(), e.actors(), e.places(), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), EventStatus.PLANNED, e.date(), e.actors(), e.places(), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), DateSpan.day(DAY.plusDays(1)), e.actors(), e.places(), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), DateSpan.of(DAY, DAY, Precision.WEEK), e.actors(), e.places(), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), DateSpan.undated(), e.actors(), e.places(), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), e.date(), List.of(ZELENSKY, WITKOFF), e.places(), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), e.date(), List.of(WITKOFF), e.places(), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), e.date(), List.of(new Actor(WITKOFF.entityId(), WITKOFF.name(), Optional.empty()), ZELENSKY), e.places(), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), e.date(), e.actors(), List.of(), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), e.date(), e.actors(), List.of("Kyiv"), e.label(), e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), e.date(), e.actors(), e.places(), "Gặp Witkoff – Zelensky", e.mentions()), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), e.date(), e.actors(), e.places(), e.label(), List.of(new Mention("b.txt", 120, 190, SAID.text()))), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), e.date(), e.actors(), e.places(), e.label(), List.of(new Mention("a.txt", 121, 190, SAID.text()))), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), e.date(), e.actors(), e.places(), e.label(), List.of(new Mention("a.txt", 120, 190, SAID.text() + " "))), "r1", ENTITIES),
                Documents.fingerprint(meeting(e.id(), e.status(), e.date(), e.actors(), e.places(), e.label(), List.of(SAID, SAID)), "r1", ENTITIES),
                // Exports read an actor's kind and country from the document: they count too.
                Documents.fingerprint(e, "r1", Map.of(WITKOFF.entityId(), new Entity(WITKOFF.entityId(), "Steve Witkoff",
                        EntityKind.PERSON, Optional.empty(), List.of()), ZELENSKY.entityId(), ENTITIES.get(ZELENSKY.entityId()))),
                Documents.fingerprint(e, "r1", Map.of()));
        assertThat(new HashSet<>(variants)).hasSize(variants.size());
    }

    @Test
    void everyPartOfAQuotesDocumentChangesItsFingerprint() {
        Quote q = new Quote("a.txt", 10, 40, "Chúng tôi sẽ gặp lại", Optional.of(WITKOFF), Optional.of("ev-1"));
        Set<Long> variants = new HashSet<>(List.of(
                Documents.fingerprint(q, "q1", DAY, ENTITIES),
                Documents.fingerprint(q, "q2", DAY, ENTITIES),
                Documents.fingerprint(q, "q1", DAY.plusDays(1), ENTITIES),
                Documents.fingerprint(new Quote("b.txt", 10, 40, q.text(), q.speaker(), q.eventId()), "q1", DAY, ENTITIES),
                Documents.fingerprint(new Quote("a.txt", 11, 40, q.text(), q.speaker(), q.eventId()), "q1", DAY, ENTITIES),
                Documents.fingerprint(new Quote("a.txt", 10, 41, q.text(), q.speaker(), q.eventId()), "q1", DAY, ENTITIES),
                Documents.fingerprint(new Quote("a.txt", 10, 40, "Chúng tôi sẽ gặp lại.", q.speaker(), q.eventId()), "q1", DAY, ENTITIES),
                Documents.fingerprint(new Quote("a.txt", 10, 40, q.text(), Optional.empty(), q.eventId()), "q1", DAY, ENTITIES),
                Documents.fingerprint(new Quote("a.txt", 10, 40, q.text(), Optional.of(ZELENSKY), q.eventId()), "q1", DAY, ENTITIES),
                Documents.fingerprint(new Quote("a.txt", 10, 40, q.text(), q.speaker(), Optional.empty()), "q1", DAY, ENTITIES),
                Documents.fingerprint(new Quote("a.txt", 10, 40, q.text(), q.speaker(), Optional.of("ev-2")), "q1", DAY, ENTITIES)));
        assertThat(variants).hasSize(11);
    }
}
