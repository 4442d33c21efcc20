package org.nienbieu.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Mention;

/** Sentences of other diplomacy (other people, places, months): type, status, date, actors, places. */
class EventSentencesTest {

    private static DateSpan march(int day) {
        return DateSpan.day(LocalDate.of(2024, 3, day));
    }

    private static Event only(Fixture f) {
        List<Event> events = f.extract().events();
        assertThat(events).as("events of %s", f.article.text()).hasSize(1);
        Event e = events.get(0);
        for (Mention m : e.mentions()) {
            assertThat(f.article.slice(m.start(), m.end())).isEqualTo(m.text());
        }
        return e;
    }

    private static List<String> names(Event e) {
        return e.actors().stream().map(Actor::name).toList();
    }

    @Test
    void meetingWithPlaceAndDate() throws Exception {
        Event e = only(Fixture.of("Ngày 2/3, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Tokyo.")
                .person("Phạm Minh Chính", "Phạm Minh Chính", "Việt Nam").country("Nhật Bản")
                .person("Kishida Fumio", "Kishida Fumio", "Nhật Bản").place("Tokyo").day("Ngày 2/3", 3, 2));
        assertThat(e.type()).isEqualTo(EventType.MEETING);
        assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(e.date()).isEqualTo(march(2));
        assertThat(names(e)).containsExactly("Phạm Minh Chính", "Kishida Fumio");
        assertThat(e.places()).containsExactly("Tokyo");
        assertThat(e.label()).isEqualTo("Gặp Chính – Kishida tại Tokyo");
    }

    @Test
    void phoneCall() throws Exception {
        Event e = only(Fixture.of("Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Mỹ Antony Blinken ngày 5/3.")
                .person("Bùi Thanh Sơn", "Bùi Thanh Sơn", "Việt Nam").country("Mỹ")
                .person("Antony Blinken", "Antony Blinken", "Mỹ").day("ngày 5/3", 3, 5));
        assertThat(e.type()).isEqualTo(EventType.CALL);
        assertThat(e.date()).isEqualTo(march(5));
        assertThat(names(e)).containsExactly("Bùi Thanh Sơn", "Antony Blinken");
        assertThat(e.label()).isEqualTo("Điện đàm Sơn – Blinken");
    }

    @Test
    void plannedVisit() throws Exception {
        Event e = only(Fixture.of("Chủ tịch Trung Quốc Tập Cận Bình dự kiến thăm Hà Nội vào ngày 20/3.")
                .country("Trung Quốc").person("Tập Cận Bình", "Tập Cận Bình", "Trung Quốc").place("Hà Nội")
                .day("ngày 20/3", 3, 20));
        assertThat(e.type()).isEqualTo(EventType.MEETING);
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(e.date()).isEqualTo(march(20));
        assertThat(e.places()).containsExactly("Hà Nội");
        assertThat(e.label()).isEqualTo("Tập thăm Hà Nội");
    }

    @Test
    void postponedSummit() throws Exception {
        Event e = only(Fixture.of("Hội nghị thượng đỉnh ASEAN dự kiến tổ chức tại Jakarta đã bị hoãn.")
                .org("ASEAN").place("Jakarta"));
        assertThat(e.type()).isEqualTo(EventType.MEETING);
        assertThat(e.status()).isEqualTo(EventStatus.POSTPONED);
        assertThat(e.date().isDated()).isFalse();
        assertThat(e.places()).containsExactly("Jakarta");
    }

    @Test
    void expellingDiplomatsIsASanction() throws Exception {
        Event e = only(Fixture.of("Nga đã trục xuất hai nhà ngoại giao Đức hôm 8/3.")
                .country("Nga").country("Đức").day("hôm 8/3", 3, 8));
        assertThat(e.type()).isEqualTo(EventType.SANCTION);
        assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(e.date()).isEqualTo(march(8));
        assertThat(names(e)).contains("Nga");
    }

    @Test
    void summoningAnAmbassadorIsAMeeting() throws Exception {
        Event e = only(Fixture.of("Trung Quốc đã triệu tập Đại sứ Philippines ngày 7/3.")
                .country("Trung Quốc").country("Philippines").day("ngày 7/3", 3, 7));
        assertThat(e.type()).isEqualTo(EventType.MEETING);
        assertThat(e.date()).isEqualTo(march(7));
        assertThat(e.label()).startsWith("Triệu tập Đại sứ");
    }

    @Test
    void sanctionsPackage() throws Exception {
        Event e = only(Fixture.of("Liên minh châu Âu thông qua gói trừng phạt mới đối với Iran ngày 9/3.")
                .org("Liên minh châu Âu").country("Iran").day("ngày 9/3", 3, 9));
        assertThat(e.type()).isEqualTo(EventType.SANCTION);
        assertThat(e.date()).isEqualTo(march(9));
        assertThat(names(e)).contains("Liên minh châu Âu");
    }

    @Test
    void invitationIsAProposal() throws Exception {
        Event e = only(Fixture.of("Tổng thống Pháp Emmanuel Macron đã mời Thủ tướng Ấn Độ Narendra Modi tới Paris.")
                .country("Pháp").person("Emmanuel Macron", "Emmanuel Macron", "Pháp").country("Ấn Độ")
                .person("Narendra Modi", "Narendra Modi", "Ấn Độ").place("Paris"));
        assertThat(e.type()).isEqualTo(EventType.PROPOSAL);
        assertThat(names(e)).containsExactly("Emmanuel Macron", "Narendra Modi");
    }

    @Test
    void rejectedProposal() throws Exception {
        Event e = only(Fixture.of("Iran bác bỏ đề xuất ngừng bắn của Mỹ.").country("Iran").country("Mỹ"));
        assertThat(e.type()).isEqualTo(EventType.PROPOSAL);
        assertThat(e.status()).isEqualTo(EventStatus.REJECTED);
    }

    @Test
    void cancelledMeeting() throws Exception {
        Event e = only(Fixture.of("Cuộc gặp giữa ông Kim Jong-un và ông Putin tại Vladivostok đã bị hủy bỏ.")
                .person("Kim Jong-un", "Kim Jong-un", "Triều Tiên").person("Putin", "Vladimir Putin", "Nga")
                .place("Vladivostok"));
        assertThat(e.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(e.places()).containsExactly("Vladivostok");
        assertThat(e.label()).isEqualTo("Gặp Kim – Putin tại Vladivostok");
    }

    @Test
    void signedAgreement() throws Exception {
        Event e = only(Fixture.of("Việt Nam và Australia đã ký kết hiệp định thương mại vào ngày 1/3.")
                .country("Việt Nam").country("Australia").day("ngày 1/3", 3, 1));
        assertThat(e.type()).isEqualTo(EventType.AGREEMENT);
        assertThat(e.date()).isEqualTo(march(1));
        assertThat(names(e)).containsExactly("Việt Nam", "Australia");
    }

    @Test
    void plannedUndatedMeeting() throws Exception {
        Event e = only(Fixture.of("Ngoại trưởng Anh David Cameron sẽ gặp người đồng cấp Trung Quốc Vương Nghị tại Munich.")
                .country("Anh").person("David Cameron", "David Cameron", "Anh").country("Trung Quốc")
                .person("Vương Nghị", "Vương Nghị", "Trung Quốc").place("Munich"));
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(e.date().isDated()).as("never guessed from the publication date").isFalse();
        assertThat(names(e)).containsExactly("David Cameron", "Vương Nghị");
    }

    @Test
    void tariffFromAFutureDateIsPlanned() throws Exception {
        Event e = only(Fixture.of("Trung Quốc áp thuế 25% đối với hàng hóa Mỹ từ ngày 15/3.")
                .country("Trung Quốc").country("Mỹ").day("từ ngày 15/3", 3, 15));
        assertThat(e.type()).isEqualTo(EventType.SANCTION);
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void jointStatement() throws Exception {
        Event e = only(Fixture.of("Mỹ và Trung Quốc ra tuyên bố chung về biến đổi khí hậu hôm 6/3.")
                .country("Mỹ").country("Trung Quốc").day("hôm 6/3", 3, 6));
        assertThat(e.type()).isEqualTo(EventType.STATEMENT);
        assertThat(e.date()).isEqualTo(march(6));
    }

    @Test
    void ultimatumIsAProposal() throws Exception {
        Event e = only(Fixture.of("Triều Tiên gửi tối hậu thư tới Hàn Quốc ngày 4/3.")
                .country("Triều Tiên").country("Hàn Quốc").day("ngày 4/3", 3, 4));
        assertThat(e.type()).isEqualTo(EventType.PROPOSAL);
        assertThat(e.label()).startsWith("Tối hậu thư");
    }

    @Test
    void hypotheticalsAndGenericsAreNotEvents() throws Exception {
        assertThat(Fixture.of("Liệu ông Erdogan có gặp ông Zelensky hay không vẫn chưa rõ.")
                .person("Erdogan", "Recep Tayyip Erdogan", "Thổ Nhĩ Kỳ").person("Zelensky", "Volodymyr Zelensky", "Ukraine")
                .extract().events()).isEmpty();
        assertThat(Fixture.of("Thủ tướng Ấn Độ Narendra Modi nên gặp Tổng thống Pakistan.")
                .country("Ấn Độ").person("Narendra Modi", "Narendra Modi", "Ấn Độ").country("Pakistan")
                .extract().events()).isEmpty();
        assertThat(Fixture.of("Các cuộc đàm phán hòa bình giữa Israel và Palestine thường kéo dài nhiều năm.")
                .country("Israel").country("Palestine").extract().events()).isEmpty();
        assertThat(Fixture.of("Ông Blinken trao đổi với các quan chức châu Âu gần như mỗi ngày.")
                .person("Blinken", "Antony Blinken", "Mỹ").extract().events()).isEmpty();
    }

    @Test
    void telephoneDecidesACallAndAPlaceAMeeting() throws Exception {
        Event call = only(Fixture.of("Tổng thống Hàn Quốc Yoon Suk Yeol đã trao đổi qua điện thoại với Thủ tướng Nhật Bản Kishida Fumio ngày 2/3.")
                .country("Hàn Quốc").person("Yoon Suk Yeol", "Yoon Suk Yeol", "Hàn Quốc").country("Nhật Bản")
                .person("Kishida Fumio", "Kishida Fumio", "Nhật Bản").day("ngày 2/3", 3, 2));
        assertThat(call.type()).isEqualTo(EventType.CALL);
        Event meeting = only(Fixture.of("Ông Yoon Suk Yeol trao đổi với ông Kishida Fumio tại Seoul ngày 2/3.")
                .person("Yoon Suk Yeol", "Yoon Suk Yeol", "Hàn Quốc").person("Kishida Fumio", "Kishida Fumio", "Nhật Bản")
                .place("Seoul").day("ngày 2/3", 3, 2));
        assertThat(meeting.type()).isEqualTo(EventType.MEETING);
        assertThat(meeting.places()).containsExactly("Seoul");
    }

    @Test
    void relativeLeadDatesTheTalkBefore() throws Exception {
        Fixture f = Fixture.of("Cuộc gặp giữa ông Blinken và ông Vương Nghị diễn ra tại Bắc Kinh. "
                + "Ba ngày sau (ngày 14/3), cuộc điện đàm giữa ông Macron và ông Scholz diễn ra.")
                .person("Blinken", "Antony Blinken", "Mỹ").person("Vương Nghị", "Vương Nghị", "Trung Quốc")
                .place("Bắc Kinh").person("Macron", "Emmanuel Macron", "Pháp").person("Scholz", "Olaf Scholz", "Đức")
                .day("Ba ngày sau (ngày 14/3)", 3, 14);
        List<Event> events = f.extract().events();
        assertThat(events).hasSize(2);
        Event meeting = events.stream().filter(e -> e.type() == EventType.MEETING).findFirst().orElseThrow();
        Event call = events.stream().filter(e -> e.type() == EventType.CALL).findFirst().orElseThrow();
        assertThat(call.date()).isEqualTo(march(14));
        assertThat(meeting.date()).isEqualTo(march(11));
    }

    @Test
    void aReportingVerbKeepsItsOwnDate() throws Exception {
        Event e = only(Fixture.of("Hôm 9/3, Bộ Ngoại giao Nhật Bản xác nhận cuộc gặp giữa ông Kishida và ông Yoon Suk Yeol.")
                .country("Nhật Bản").person("Kishida", "Kishida Fumio", "Nhật Bản")
                .person("Yoon Suk Yeol", "Yoon Suk Yeol", "Hàn Quốc").day("Hôm 9/3", 3, 9));
        assertThat(e.date().isDated()).isFalse();
        assertThat(names(e)).containsExactly("Kishida Fumio", "Yoon Suk Yeol");
    }

    @Test
    void aFollowUpIsAnotherMentionNotAnotherEvent() throws Exception {
        Fixture f = Fixture.of("Thủ tướng Anh Rishi Sunak đã gặp Tổng thống Ukraine Volodymyr Zelensky tại London ngày 8/3. "
                + "Cuộc gặp kéo dài hai giờ. Cuộc gặp đó được đánh giá là thành công.")
                .country("Anh").person("Rishi Sunak", "Rishi Sunak", "Anh").country("Ukraine")
                .person("Volodymyr Zelensky", "Volodymyr Zelensky", "Ukraine").place("London").day("ngày 8/3", 3, 8);
        Event e = only(f);
        assertThat(e.mentions()).hasSize(3);
        assertThat(names(e)).containsExactly("Rishi Sunak", "Volodymyr Zelensky");
    }

    @Test
    void captionsAreSkipped() throws Exception {
        Fixture f = Fixture.of("Ông Blinken gặp ông Vương Nghị tại Bắc Kinh hôm 1/2. Ảnh: Reuters.\n\n"
                + "Ông Blinken sẽ gặp ông Vương Nghị tại Washington.")
                .person("Blinken", "Antony Blinken", "Mỹ").person("Vương Nghị", "Vương Nghị", "Trung Quốc")
                .place("Bắc Kinh").place("Washington").time("hôm 1/2", DateSpan.day(LocalDate.of(2024, 2, 1)));
        Event e = only(f);
        assertThat(e.date().isDated()).as("the caption's date must not leak").isFalse();
        assertThat(e.places()).containsExactly("Washington");
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void dateBelongsToTheNearestTriggerOfItsClause() throws Exception {
        Fixture f = Fixture.of("Cuộc điện đàm giữa ông Macron và ông Scholz được đánh giá cao, khi ông Modi tới Paris vào ngày 7/3.")
                .person("Macron", "Emmanuel Macron", "Pháp").person("Scholz", "Olaf Scholz", "Đức")
                .person("Modi", "Narendra Modi", "Ấn Độ").place("Paris").day("ngày 7/3", 3, 7);
        // "ông Modi tới Paris" is a visit of its own: the date is the visit's, the call stays undated
        List<Event> events = f.extract().events();
        assertThat(events).extracting(Event::type).containsExactly(EventType.CALL, EventType.MEETING);
        assertThat(events.get(0).date().isDated()).isFalse();
        assertThat(events.get(1).date()).isEqualTo(march(7));
        assertThat(events.get(1).places()).containsExactly("Paris");
    }
}
