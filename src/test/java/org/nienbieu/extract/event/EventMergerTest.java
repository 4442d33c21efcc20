package org.nienbieu.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.Precision;
import org.nienbieu.model.Quote;
import org.nienbieu.model.Ranked;

/** Cross-article merging: the same meeting told twice is one event; the same people on two days are two. */
class EventMergerTest {

    private static Fixture meeting(String name, String body, String dateText, int day) throws Exception {
        Fixture f = new Fixture(name, LocalDate.of(2024, 3, 20), body)
                .person("Sergei Lavrov", "Sergei Lavrov", "Nga").person("Lavrov", "Sergei Lavrov", "Nga")
                .person("Vương Nghị", "Vương Nghị", "Trung Quốc").place("Bắc Kinh").place("Moscow");
        return dateText == null ? f : f.day(dateText, 3, day);
    }

    @Test
    void sameMeetingInTwoArticlesIsOneAndSamePeopleOnTwoDaysAreTwo() throws Exception {
        EventMerger merger = new EventMerger();
        merger.add(meeting("a.txt", "Ngoại trưởng Sergei Lavrov hội đàm với Ngoại trưởng Vương Nghị tại Bắc Kinh ngày 9/3. "
                + "“Chúng tôi đã thảo luận mọi vấn đề”, ông Lavrov nói.", "ngày 9/3", 9).extract());
        merger.add(meeting("b.txt", "Cuộc gặp giữa ông Vương Nghị và ông Lavrov hôm 9/3 diễn ra tốt đẹp.", "hôm 9/3", 9).extract());
        merger.add(meeting("c.txt", "Ông Lavrov gặp ông Vương Nghị tại Moscow ngày 16/3.", "ngày 16/3", 16).extract());
        merger.add(meeting("d.txt", "Ông Lavrov sẽ gặp ông Vương Nghị tại Bắc Kinh.", null, 0).extract());
        List<Event> events = merger.events();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).date().start()).isEqualTo(LocalDate.of(2024, 3, 9));
        assertThat(events.get(0).mentions()).extracting(m -> m.article()).containsExactly("a.txt", "b.txt", "d.txt");
        assertThat(events.get(0).status()).as("what happened beats what was planned").isEqualTo(EventStatus.OCCURRED);
        assertThat(events.get(1).date().start()).isEqualTo(LocalDate.of(2024, 3, 16));
        Quote q = merger.quotes().get(0);
        assertThat(q.text()).isEqualTo("Chúng tôi đã thảo luận mọi vấn đề");
        assertThat(q.speaker().orElseThrow().name()).isEqualTo("Sergei Lavrov");
        assertThat(q.eventId()).contains(events.get(0).id());
    }

    @Test
    void idsDoNotDependOnTheOrderArticlesArrive() throws Exception {
        EventMerger one = new EventMerger();
        EventMerger two = new EventMerger();
        ArticleEvents a = meeting("a.txt", "Ông Lavrov gặp ông Vương Nghị tại Bắc Kinh ngày 9/3.", "ngày 9/3", 9).extract();
        ArticleEvents b = meeting("b.txt", "Cuộc gặp giữa ông Vương Nghị và ông Lavrov hôm 9/3 diễn ra tốt đẹp.", "hôm 9/3", 9).extract();
        one.add(a);
        one.add(b);
        two.add(b);
        two.add(a);
        assertThat(one.events().get(0).id()).isEqualTo(two.events().get(0).id());
    }

    @Test
    void ranksFollowTheChronologyAndStayWhenAnotherArticleComesBetween() throws Exception {
        ArticleEvents a = meeting("a.txt", "Ông Lavrov gặp ông Vương Nghị tại Bắc Kinh ngày 9/3. "
                + "“Chúng tôi đã thảo luận mọi vấn đề”, ông Lavrov nói.", "ngày 9/3", 9).extract();
        ArticleEvents b = meeting("b.txt", "Ông Lavrov gặp ông Vương Nghị tại Moscow ngày 16/3.", "ngày 16/3", 16).extract();
        ArticleEvents c = meeting("c.txt", "Ông Lavrov hội đàm với ông Vương Nghị tại Moscow ngày 1/3.", "ngày 1/3", 1).extract();
        EventMerger without = new EventMerger();
        without.add(a);
        without.add(c);
        EventMerger with = new EventMerger();
        with.add(a);
        with.add(b);
        with.add(c);
        List<Ranked<Event>> before = ranked(without.iterateRankedEvents());
        List<Ranked<Event>> after = ranked(with.iterateRankedEvents());
        assertThat(after).extracting(Ranked::item).isEqualTo(with.events());
        assertThat(after).extracting(Ranked::rank).isSorted().doesNotHaveDuplicates();
        assertThat(after).as("a and c keep their ranks when b comes between them").containsAll(before);
        assertThat(after).hasSize(before.size() + 1);
        List<Ranked<Quote>> quotes = new ArrayList<>();
        with.iterateRankedQuotes().forEachRemaining(quotes::add);
        assertThat(quotes).extracting(Ranked::item).isEqualTo(with.quotes());
    }

    private static <T> List<Ranked<T>> ranked(Iterator<Ranked<T>> it) {
        List<Ranked<T>> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void aMeetingNarrowedIntoTheMonthBeforeIsFoundThereToo() throws Exception {
        EventMerger merger = new EventMerger();
        merger.add(meeting("a.txt", "Ông Lavrov hội đàm với ông Vương Nghị tại Bắc Kinh từ ngày 1 đến ngày 5/4.", null, 0)
                .time("từ ngày 1 đến ngày 5/4", DateSpan.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 5), Precision.DAYS))
                .extract());
        merger.add(meeting("b.txt", "Ông Lavrov hội đàm với ông Vương Nghị tại Bắc Kinh từ ngày 30/3 đến ngày 1/4.", null, 0)
                .time("từ ngày 30/3 đến ngày 1/4", DateSpan.of(LocalDate.of(2024, 3, 30), LocalDate.of(2024, 4, 1), Precision.DAYS))
                .extract());
        merger.add(meeting("c.txt", "Ông Lavrov hội đàm với ông Vương Nghị tại Bắc Kinh ngày 30/3.", "ngày 30/3", 30).extract());
        List<Event> events = merger.events();
        assertThat(events).as("the second report narrows the meeting to 30/3–1/4, where the third one falls").hasSize(1);
        assertThat(events.get(0).mentions()).extracting(m -> m.article()).containsExactly("a.txt", "b.txt", "c.txt");
    }

    @Test
    void aCancellationSupersedesThePlan() throws Exception {
        EventMerger merger = new EventMerger();
        merger.add(meeting("a.txt", "Ông Lavrov tuyên bố sẽ gặp ông Vương Nghị tại Bắc Kinh.", null, 0).extract());
        merger.add(meeting("b.txt", "Cuộc gặp giữa ông Lavrov và ông Vương Nghị tại Bắc Kinh đã bị hủy bỏ hôm 12/3.", "hôm 12/3", 12).extract());
        List<Event> events = merger.events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).status()).isEqualTo(EventStatus.CANCELLED);
    }
}
