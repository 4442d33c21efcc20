package org.nienbieu.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.Quote;

/** Quotation marks, speakers before and after, the last named speaker, scare quotes. */
class QuoteFinderTest {

    private static List<Quote> quotes(Fixture f) {
        List<Quote> out = f.extract().quotes();
        for (Quote q : out) {
            assertThat(f.article.slice(q.start(), q.end())).isEqualTo(q.text());
        }
        return out;
    }

    @Test
    void speakersBeforeAfterAndByPronoun() throws Exception {
        Fixture f = Fixture.of("Ngoại trưởng Vương Nghị nói: “Trung Quốc ủng hộ đối thoại.” "
                + "“Chúng tôi sẵn sàng hợp tác”, ông Blinken nói. "
                + "Ông Blinken nhắc lại lập trường của Mỹ. Ông nói: \"Mỹ không thay đổi chính sách\". "
                + "\"Hòa bình là ưu tiên\" – Tổng thống Joe Biden viết.")
                .person("Vương Nghị", "Vương Nghị", "Trung Quốc").person("Blinken", "Antony Blinken", "Mỹ")
                .person("Joe Biden", "Joe Biden", "Mỹ").country("Trung Quốc").country("Mỹ");
        List<Quote> qs = quotes(f);
        assertThat(qs).extracting(Quote::text).containsExactly("Trung Quốc ủng hộ đối thoại.",
                "Chúng tôi sẵn sàng hợp tác", "Mỹ không thay đổi chính sách", "Hòa bình là ưu tiên");
        assertThat(qs).extracting(q -> q.speaker().map(a -> a.name()).orElse("-"))
                .containsExactly("Vương Nghị", "Antony Blinken", "Antony Blinken", "Joe Biden");
    }

    @Test
    void scareQuotesKeepNoSpeakerOfTheirOwnUnlessIntroduced() throws Exception {
        Fixture f = Fixture.of("Ông Blinken gọi Trung Quốc là “đối thủ chiến lược” trong bài phát biểu. "
                + "Ông Vương Nghị cho biết hai bên đã trao đổi “thẳng thắn”.")
                .person("Blinken", "Antony Blinken", "Mỹ").person("Vương Nghị", "Vương Nghị", "Trung Quốc")
                .country("Trung Quốc");
        List<Quote> qs = quotes(f);
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).speaker()).isEmpty();
        assertThat(qs.get(1).speaker().orElseThrow().name()).isEqualTo("Vương Nghị");
    }

    @Test
    void aQuoteBelongsToTheEventOfItsSentence() throws Exception {
        Fixture f = Fixture.of("Ông Blinken gặp ông Vương Nghị tại Bắc Kinh ngày 5/3. "
                + "“Cuộc gặp rất hữu ích”, ông Blinken nói.")
                .person("Blinken", "Antony Blinken", "Mỹ").person("Vương Nghị", "Vương Nghị", "Trung Quốc")
                .place("Bắc Kinh").day("ngày 5/3", 3, 5);
        ArticleEvents ae = f.extract();
        assertThat(ae.events()).hasSize(1);
        assertThat(ae.quotes()).hasSize(1);
        assertThat(ae.quotes().get(0).eventId()).contains(ae.events().get(0).id());
        assertThat(ae.events().get(0).mentions()).hasSize(2);
    }
}
