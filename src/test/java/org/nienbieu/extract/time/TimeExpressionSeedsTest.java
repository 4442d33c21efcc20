package org.nienbieu.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;
import org.nienbieu.model.TimeExpression;

/** The five seed articles: every expression, exactly, and the numbers that are not dates. */
class TimeExpressionSeedsTest {

    private static final Path SEEDS = Path.of("seeds");
    private static TimeExpressionResolver resolver;

    @BeforeAll
    static void loadVocabulariesOnce() {
        resolver = new TimeExpressionResolver();
    }

    private static List<TimeExpression> resolve(String file) throws Exception {
        Article article = ArticleReader.read(SEEDS.resolve(file), file);
        List<TimeExpression> found = resolver.resolve(article);
        for (TimeExpression e : found) {
            assertThat(article.slice(e.start(), e.end())).isEqualTo(e.text());
            assertThat(e.start()).isGreaterThanOrEqualTo(article.bodyStart());
        }
        assertThat(found).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static DateSpan day(String iso) {
        return DateSpan.day(LocalDate.parse(iso));
    }

    private static DateSpan span(String first, String last, Precision precision) {
        return DateSpan.of(LocalDate.parse(first), LocalDate.parse(last), precision);
    }

    @Test
    void findsEveryExpressionOfTheWitkoffUshakovArticle() throws Exception {
        assertThat(resolve("000_a19bd3d2391c6770.txt")).extracting(TimeExpression::text, TimeExpression::date)
                .containsExactly(
                        tuple("thứ Sáu (ngày 17/10)", day("2025-10-17")),
                        tuple("Hai ngày sau (ngày 16/10)", day("2025-10-16")),
                        tuple("ngày 17/10", day("2025-10-17")),
                        tuple("đầu tháng này", span("2025-11-01", "2025-11-10", Precision.PART_OF_MONTH)),
                        tuple("ba ngày, kể từ ngày 24/10", span("2025-10-24", "2025-10-26", Precision.DAYS)),
                        tuple("Hôm 25/11", day("2025-11-25")));
    }

    @Test
    void findsEveryExpressionOfThe28PointPlanArticle() throws Exception {
        assertThat(resolve("001_6efe2a1278e5d9a0.txt")).extracting(TimeExpression::text, TimeExpression::date)
                .containsExactly(
                        tuple("ngày 18/11", day("2025-11-18")),
                        tuple("từ ngày 24 đến 26/10", span("2025-10-24", "2025-10-26", Precision.DAYS)),
                        tuple("hôm 25/10", day("2025-10-25")),
                        tuple("ngày 19/11", day("2025-11-19")),
                        // a week before the date last mentioned, the planned meeting of 19/11
                        tuple("một tuần trước đó", day("2025-11-12")));
    }

    @Test
    void findsEveryExpressionOfTheUshakovInterview() throws Exception {
        assertThat(resolve("002_f4125744e7e531c3.txt")).extracting(TimeExpression::text, TimeExpression::date)
                .containsExactly(
                        tuple("ngày 3/12", day("2025-12-03")),
                        tuple("hôm 2/12", day("2025-12-02")),
                        tuple("hôm 2/12", day("2025-12-02")),
                        tuple("hôm qua", day("2025-12-03")));
    }

    @Test
    void findsEveryExpressionOfTheKremlinMeetingArticle() throws Exception {
        assertThat(resolve("003_e7f3d8cbe46bf37c.txt")).extracting(TimeExpression::text, TimeExpression::date)
                .containsExactly(
                        tuple("hôm 11/4", day("2025-04-11")),
                        tuple("ngày mai", day("2025-12-02")),
                        tuple("hôm qua", day("2025-11-30")),
                        tuple("hôm nay 1/12", day("2025-12-01")),
                        tuple("chiều 2/12", day("2025-12-02")),
                        tuple("hôm nay", day("2025-12-01")),
                        tuple("ngày mai", day("2025-12-02")),
                        tuple("ngày 1/12", day("2025-12-01")),
                        tuple("Tháng trước", span("2025-11-01", "2025-11-30", Precision.MONTH)),
                        tuple("hôm 23/11", day("2025-11-23")),
                        tuple("ngày 30/11", day("2025-11-30")));
    }

    @Test
    void findsEveryExpressionOfTheMoscowTalksArticle() throws Exception {
        assertThat(resolve("004_be94a817387f0ba4.txt")).extracting(TimeExpression::text, TimeExpression::date)
                .containsExactly(
                        tuple("ngày 6-8", day("2025-08-06")),
                        tuple("ngày 8-8", day("2025-08-08")),
                        // "in the coming days and weeks": a time expression that cannot be placed
                        tuple("những ngày và tuần tới", DateSpan.undated()),
                        tuple("tuần tới", span("2025-08-11", "2025-08-17", Precision.WEEK)),
                        tuple("vài ngày tới", DateSpan.undated()),
                        tuple("ngày 6-8", day("2025-08-06")),
                        tuple("ngày 6-8", day("2025-08-06")),
                        tuple("cùng ngày", day("2025-08-06")));
    }

    @Test
    void leavesPointsDurationsAndHoursAlone() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        for (String f : List.of("000_a19bd3d2391c6770.txt", "001_6efe2a1278e5d9a0.txt", "002_f4125744e7e531c3.txt",
                "003_e7f3d8cbe46bf37c.txt", "004_be94a817387f0ba4.txt")) {
            resolve(f).forEach(e -> texts.add(e.text()));
        }
        for (String notADate : List.of("28 điểm", "20 điểm", "2 tiếng rưỡi", "3 giờ đồng hồ", "hơn 5 giờ",
                "vài ngày trước", "28", "20", "2 tiếng", "3 giờ", "5 giờ")) {
            assertThat(texts).noneMatch(t -> t.contains(notADate));
        }
    }
}
