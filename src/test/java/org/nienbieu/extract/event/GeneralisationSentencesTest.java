package org.nienbieu.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Precision;

/** The families the gold corpus taught: adopted texts, fronted dates, call-offs, rejections, statements, visits, merging. */
class GeneralisationSentencesTest {

    private static DateSpan march(int day) {
        return DateSpan.day(LocalDate.of(2024, 3, day));
    }

    private static Event only(Fixture f) {
        List<Event> events = f.extract().events();
        assertThat(events).as("events of %s", f.article.text()).hasSize(1);
        return events.get(0);
    }

    private static Fixture andes(String body) throws Exception {
        return Fixture.of(body).person("Ana Ramos", "Ana Ramos", "Peru").person("Ramos", "Ana Ramos", "Peru")
                .person("Luis Vera", "Luis Vera", "Chile").person("Vera", "Luis Vera", "Chile")
                .country("Chile").country("Peru").place("Lima").place("Santiago");
    }

    @Test
    void adoptingAPackageIsASanctionAndAdoptingACharterAnAgreement() throws Exception {
        Event sanction = only(Fixture.of("Hôm 5/3, Hội đồng châu Âu đã thông qua gói trừng phạt thứ 9 nhằm vào Belarus.")
                .org("Hội đồng châu Âu").country("Belarus").day("Hôm 5/3", 3, 5));
        assertThat(sanction.type()).isEqualTo(EventType.SANCTION);
        assertThat(sanction.date()).isEqualTo(march(5));
        Event charter = only(andes("Ngày 4/3, Chile và Peru đã thông qua Hiến chương hợp tác nghề cá.").day("Ngày 4/3", 3, 4));
        assertThat(charter.type()).isEqualTo(EventType.AGREEMENT);
        assertThat(charter.date()).isEqualTo(march(4));
    }

    @Test
    void aFrontedDateReachesPastTitlesToItsEvent() throws Exception {
        Event e = only(andes("Nhân dịp Quốc khánh Peru, chiều 6/3, Ngoại trưởng, Phó Thủ tướng Ana Ramos đã có cuộc gặp "
                + "Ngoại trưởng Chile Luis Vera.").day("chiều 6/3", 3, 6));
        assertThat(e.type()).isEqualTo(EventType.MEETING);
        assertThat(e.date()).isEqualTo(march(6));
    }

    @Test
    void aCancelledVisitKeepsItsScheduledDate() throws Exception {
        Event e = only(andes("Bà Ramos hôm 8/3 đã hủy chuyến thăm Chile dự kiến từ 20/3 đến 22/3.").day("hôm 8/3", 3, 8)
                .time("từ 20/3 đến 22/3", DateSpan.days(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 22))));
        assertThat(e.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void aPostponementThatIsOnlyAPredicateBelongsToTheSubject() throws Exception {
        Event e = only(andes("Cuộc hội đàm giữa ông Vera và bà Ramos tại Santiago, dự kiến diễn ra ngày 18/3, đã bị hoãn.")
                .day("ngày 18/3", 3, 18));
        assertThat(e.status()).isEqualTo(EventStatus.POSTPONED);
        assertThat(e.date()).isEqualTo(march(18));
    }

    @Test
    void aRejectedProposalIsOneEventDatedWhenItWasMade() throws Exception {
        Event e = only(andes("Tối 2/3, Ngoại trưởng Ana Ramos đề nghị Chile mở lại cửa khẩu Tacna. "
                + "Hai ngày sau, phía Chile bác bỏ đề nghị này.").day("Tối 2/3", 3, 2).day("Hai ngày sau", 3, 4));
        assertThat(e.type()).isEqualTo(EventType.PROPOSAL);
        assertThat(e.status()).isEqualTo(EventStatus.REJECTED);
        assertThat(e.date()).isEqualTo(march(2));
    }

    @Test
    void aDatedDeclarationIsAStatementAnUndatedRemarkIsNothing() throws Exception {
        Event e = only(andes("Sáng 7/3, Bộ Ngoại giao Chile tuyên bố Santiago không công nhận kết quả bầu cử.")
                .org("Bộ Ngoại giao").day("Sáng 7/3", 3, 7));
        assertThat(e.type()).isEqualTo(EventType.STATEMENT);
        assertThat(e.date()).isEqualTo(march(7));
        assertThat(andes("Ông Vera tuyên bố Santiago không công nhận kết quả bầu cử.").extract().events()).isEmpty();
    }

    @Test
    void aPressConferenceIsNotAMeeting() throws Exception {
        Event e = only(andes("Trong cuộc họp báo chiều 5/3, ông Vera cáo buộc Peru vi phạm thỏa thuận.").day("chiều 5/3", 3, 5));
        assertThat(e.type()).isEqualTo(EventType.STATEMENT);
    }

    @Test
    void goingToACapitalIsAVisit() throws Exception {
        Event e = only(andes("Ông Luis Vera dự kiến tới Lima vào ngày 15/3 để dự lễ ký.").day("ngày 15/3", 3, 15));
        assertThat(e.type()).isEqualTo(EventType.MEETING);
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(e.date()).isEqualTo(march(15));
        assertThat(e.places()).containsExactly("Lima");
    }

    @Test
    void anAnnouncedResultTakesTheDayOfTheAnnouncementButHearsayDoesNot() throws Exception {
        Event e = only(andes("Ngoại trưởng Luis Vera tối 3/3 tuyên bố Chile và Peru đã đạt thỏa thuận phân định biển.")
                .day("tối 3/3", 3, 3));
        assertThat(e.type()).isEqualTo(EventType.AGREEMENT);
        assertThat(e.date()).isEqualTo(march(3));
        Event told = only(andes("Ông Vera hôm 3/3 xác nhận cuộc hội đàm với bà Ramos tại Lima.").day("hôm 3/3", 3, 3));
        assertThat(told.date().isDated()).as("the confirmation's date is not the meeting's").isFalse();
    }

    @Test
    void aFrontedDateReachesAnAnnouncedPlan() throws Exception {
        Event e = only(andes("Hôm qua, Ngoại trưởng Luis Vera công bố một kế hoạch 6 điểm về hợp tác biên giới.")
                .day("Hôm qua", 3, 9));
        assertThat(e.type()).isEqualTo(EventType.PROPOSAL);
        assertThat(e.date()).isEqualTo(march(9));
        assertThat(e.label()).isEqualTo("Đề xuất kế hoạch 6 điểm");
    }

    @Test
    void undatedReportsOfArticlesFarApartStayApart() throws Exception {
        String body = "Ông Vera và bà Ramos gặp nhau tại Lima.";
        EventMerger close = new EventMerger();
        close.add(at("a.txt", LocalDate.of(2024, 3, 10), body).extract());
        close.add(at("b.txt", LocalDate.of(2024, 3, 20), body).extract());
        assertThat(close.events()).hasSize(1);
        EventMerger far = new EventMerger();
        far.add(at("a.txt", LocalDate.of(2024, 3, 10), body).extract());
        far.add(at("b.txt", LocalDate.of(2026, 1, 10), body).extract());
        assertThat(far.events()).hasSize(2);
    }

    @ParameterizedTest(name = "[{index}] {1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chiều 6/3, Ngoại trưởng Luis Vera có buổi làm việc với lãnh đạo Phòng Thương mại Peru. | MEETING
            Chiều 6/3, Ngoại trưởng Luis Vera đã làm việc với Bộ trưởng Nông nghiệp Ana Ramos tại Lima. | MEETING
            Chiều 6/3, phiên đàm phán thứ 3 về hiệp định thương mại diễn ra tại Lima. | MEETING
            Chiều 6/3, phiên họp lần thứ 2 của ủy ban liên chính phủ Chile - Peru diễn ra tại Santiago. | MEETING
            Chiều 6/3, hội chợ quốc tế về nghề cá khai mạc tại Lima. | MEETING
            Chiều 6/3, Tổng thống Peru chủ trì lễ đón chính thức Ngoại trưởng Luis Vera tại Phủ Tổng thống. | MEETING
            Chiều 6/3, bà Ana Ramos và ông Luis Vera đồng chủ trì diễn đàn doanh nghiệp Chile - Peru. | MEETING
            Chiều 6/3, văn bản hiệp định về nghề cá giữa Chile và Peru đã được ký tắt tại Lima. | AGREEMENT
            Chiều 6/3, quan hệ Chile - Peru được nâng lên Đối tác chiến lược. | AGREEMENT
            Chiều 6/3, Peru tuyên bố tạm ngừng xuất khẩu khí đốt sang Chile trong ba tháng. | SANCTION
            Chiều 6/3, Chile quyết định ngừng tái xuất khẩu đồng sang Peru. | SANCTION
            Chiều 6/3, các nước thành viên đã nhất trí thông qua tuyên bố báo chí về tình hình Peru. | STATEMENT
            """)
    void newsWordingsOfMeetingsAgreementsAndCurbsAreEvents(String sentence, EventType type) throws Exception {
        Event e = only(andes(sentence).day("Chiều 6/3", 3, 6));
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.date()).isEqualTo(march(6));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chiều 6/3, Bộ Kinh tế yêu cầu doanh nghiệp thực hiện đúng các hợp đồng đã ký với đối tác Peru.
            Toàn văn hiệp định sẽ được công bố vào ngày 6/3 để lấy ý kiến người dân.
            Chiều 6/3, Chile đóng cửa sân bay Santiago vì bão tuyết.
            Chiều 6/3, sân bay quốc tế Lima đóng cửa do biểu tình lan rộng.
            Chiều 6/3, ông Vera kêu gọi các phe quay lại bàn đối thoại.
            """)
    void signedContractsPublishedTextsAndAirportsAreNoEvents(String sentence) throws Exception {
        Fixture f = andes(sentence);
        f = sentence.contains("Chiều 6/3") ? f.day("Chiều 6/3", 3, 6) : f.day("ngày 6/3", 3, 6);
        assertThat(f.extract().events()).as(sentence).isEmpty();
    }

    @Test
    void aLandmarkBehindKeTuKhiDatesNeitherTheEventBeforeItNorANewEvent() throws Exception {
        Event visit = only(andes("Đây là chuyến thăm Peru đầu tiên của ông Luis Vera kể từ khi hai nước ký hiệp ước biên giới năm 1998.")
                .time("năm 1998", DateSpan.of(LocalDate.of(1998, 1, 1), LocalDate.of(1998, 12, 31), Precision.YEAR)));
        assertThat(visit.type()).isEqualTo(EventType.MEETING);
        assertThat(visit.date().isDated()).as("1998 is the treaty's year, not the visit's").isFalse();
        assertThat(andes("Chile sẽ đăng cai hội nghị vào ngày 15/3, đúng 20 năm sau khi Hiệp ước Lima được ký kết.")
                .day("ngày 15/3", 3, 15).extract().events()).extracting(Event::type).containsExactly(EventType.MEETING);
    }

    @Test
    void aRejectionReferringBackTakesTheDateOfTheSentenceBefore() throws Exception {
        Event e = only(andes("Căng thẳng lên cao vào ngày 4/3, khi phía Chile yêu cầu Peru dỡ bỏ hạn ngạch đánh bắt. "
                + "Lima đã từ chối yêu cầu này.").day("ngày 4/3", 3, 4));
        assertThat(e.type()).isEqualTo(EventType.PROPOSAL);
        assertThat(e.status()).isEqualTo(EventStatus.REJECTED);
        assertThat(e.date()).isEqualTo(march(4));
        Event draft = only(andes("Chiều 6/3, Chile công bố dự thảo nghị quyết về nghề cá. Peru đã bác bỏ dự thảo này.")
                .day("Chiều 6/3", 3, 6));
        assertThat(draft.type()).isEqualTo(EventType.PROPOSAL);
        assertThat(draft.status()).isEqualTo(EventStatus.REJECTED);
        assertThat(draft.date()).isEqualTo(march(6));
    }

    @Test
    void aPassivePostponementWithItsAgentBelongsToTheSubject() throws Exception {
        Event e = only(andes("Cuộc hội đàm giữa ông Vera và bà Ramos, vốn được lên lịch vào ngày 18/3, đã được hai bên "
                + "thống nhất hoãn lại.").day("ngày 18/3", 3, 18));
        assertThat(e.status()).isEqualTo(EventStatus.POSTPONED);
        assertThat(e.date()).isEqualTo(march(18));
    }

    private static Fixture at(String name, LocalDate published, String body) throws Exception {
        return new Fixture(name, published, body).person("Vera", "Luis Vera", "Chile").person("Ramos", "Ana Ramos", "Peru")
                .place("Lima");
    }
}
