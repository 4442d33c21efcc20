package org.nienbieu.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PoolsTest {

    private static final Pools POOLS = Pools.get();
    private static final Set<String> SLOTS = Set.of("A", "B", "CA", "CB", "CB@", "place", "time", "period",
            "anchored", "subject", "goal", "media", "org", "n", "nd", "nth", "pct", "frac", "dur", "bn", "yrs", "g");
    /** Time words a filler must not contain, or it would hold an unrecorded time expression. */
    private static final Pattern TIME_WORDS = Pattern.compile("(?iu)(hôm (nay|qua|kia)|ngày (mai|kia|\\d)|tuần (này|trước|tới|sau)"
            + "|tháng (này|trước|tới|\\d)|năm (nay|ngoái|tới|\\d{4})|quý [IV]+\\b|mùa (xuân|hè|thu|đông)"
            + "|thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)\\b|chủ nhật|(sáng|chiều|tối|đêm|trưa) (nay|qua|mai)|\\d{1,2}/\\d{1,2}/\\d{4})");
    /** Words that would make a non-event sentence look like a planted event. */
    private static final List<String> EVENT_WORDS = List.of("hội đàm", "điện đàm", "cuộc gọi", "chuyến thăm",
            "trừng phạt", "trục xuất", "tuyên bố", "đề xuất", "thỏa thuận", "hủy bỏ", "bị hoãn", "bác bỏ",
            "hội nghị thượng đỉnh");

    @Test
    void poolsAreLoadedAndVaried() {
        assertThat(POOLS.people).hasSizeGreaterThan(80);
        assertThat(POOLS.topics).hasSizeGreaterThanOrEqualTo(12);
        assertThat(POOLS.media).contains("Reuters", "AFP", "TTXVN", "Axios");
        assertThat(POOLS.capitalOf).containsKeys("Thổ Nhĩ Kỳ", "Hàn Quốc", "Trung Quốc", "Ả Rập Xê Út", "Việt Nam");
        assertThat(POOLS.people).extracting(Pools.Person::title).anyMatch(t -> t.startsWith("Tổng thống"))
                .anyMatch(t -> t.startsWith("Thủ tướng")).anyMatch(t -> t.startsWith("Ngoại trưởng"))
                .anyMatch(t -> t.startsWith("Bộ trưởng Ngoại giao")).anyMatch(t -> t.startsWith("Đặc phái viên"))
                .anyMatch(t -> t.startsWith("Người phát ngôn")).anyMatch(t -> t.startsWith("Tổng thư ký"));
    }

    @Test
    void eventTemplatesStateTheirTenseAndStatusInWords() {
        List<Template> all = new ArrayList<>(POOLS.events);
        all.addAll(POOLS.anchoredEvents);
        assertThat(all).extracting(Template::type).containsAll(ExpectedEvent.TYPES);
        assertThat(all).extracting(Template::status).containsAll(ExpectedEvent.STATUSES);
        for (Template t : all) {
            String s = t.source();
            boolean futureWords = s.contains("sẽ") || s.contains("dự kiến");
            switch (t.tense()) {
                case PAST -> assertThat(futureWords).as(s).isFalse();
                case FUTURE -> assertThat(futureWords).as(s).isTrue();
                case NEUTRAL -> { }
            }
            assertThat(s.split("\\{(time|anchored)}", -1).length).as("at most one time in %s", s).isLessThanOrEqualTo(2);
            assertThat(s).as(s).doesNotContain("{period}");
            assertThat(CorpusGeneratorTest.TRIGGERS.get(t.type())).as(s).anyMatch(s.toLowerCase()::contains);
            if (CorpusGeneratorTest.STATUS_CUES.containsKey(t.status())) {
                assertThat(CorpusGeneratorTest.STATUS_CUES.get(t.status())).as(s).anyMatch(s::contains);
            }
            assertThat(s).as(s).endsWith(".");
            assertSlotsKnown(t);
        }
    }

    @Test
    void contextSentencesHaveOneTimeAndNoEventWords() {
        for (Template t : POOLS.context) {
            String s = t.source();
            assertThat(s.split("\\{(time|period)}", -1).length).as(s).isEqualTo(2);
            assertThat(EVENT_WORDS).as(s).noneMatch(s.toLowerCase()::contains);
            if (t.tense() == Tense.FUTURE) {
                assertThat(s.contains("sẽ") || s.contains("dự kiến")).as(s).isTrue();
            } else {
                assertThat(s).as(s).doesNotContain("sẽ", "dự kiến");
            }
            assertSlotsKnown(t);
        }
    }

    @Test
    void fillersAndQuotesHaveNeitherTimesNorEventWords() {
        List<String> texts = new ArrayList<>();
        POOLS.fillersByTopic.values().forEach(list -> list.forEach(t -> {
            texts.add(t.source());
            assertSlotsKnown(t);
            assertThat(t.source()).doesNotContain("{time}", "{period}", "{anchored}");
        }));
        POOLS.quotesByTopic.values().forEach(list -> list.forEach(q -> texts.add(q.text())));
        for (String s : texts) {
            assertThat(TIME_WORDS.matcher(s).find()).as(s).isFalse();
            assertThat(EVENT_WORDS).as(s).noneMatch(s.toLowerCase()::contains);
        }
    }

    @Test
    void topicWordsCarryNoEventWords() {
        for (Pools.Topic topic : POOLS.topics) {
            List<String> words = new ArrayList<>(topic.subjects());
            words.addAll(topic.goals());
            for (String w : words) {
                assertThat(EVENT_WORDS).as(w).noneMatch(w.toLowerCase()::contains);
                assertThat(w).as(w).doesNotContain("cấm vận", "kế hoạch", "sáng kiến", "gặp");
            }
        }
    }

    @Test
    void abbreviationLikeEndingsAreRecognised() {
        assertThat(Pools.endsLikeAbbreviation("quý I")).isTrue();
        assertThat(Pools.endsLikeAbbreviation("Nam Á")).isTrue();
        assertThat(Pools.endsLikeAbbreviation("TP")).isTrue();
        assertThat(Pools.endsLikeAbbreviation("quý III")).isFalse();
        assertThat(Pools.endsLikeAbbreviation("G7")).isFalse();
        assertThat(Pools.endsLikeAbbreviation("(Thụy Sĩ)")).isFalse();
    }

    private static void assertSlotsKnown(Template t) {
        for (int i = 1; i < t.parts().size(); i += 2) {
            assertThat(SLOTS).as(t.source()).contains(t.parts().get(i));
        }
    }
}
