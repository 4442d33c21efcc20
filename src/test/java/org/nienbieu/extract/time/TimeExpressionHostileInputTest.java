package org.nienbieu.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.TimeExpression;

/**
 * A safety net against catastrophic backtracking: a two-megabyte line of digits and separators
 * must resolve in linear-ish time. The bound is generous on purpose; this is not a benchmark.
 */
class TimeExpressionHostileInputTest {

    private static final int TWO_MB = 2 * 1024 * 1024;

    private final TimeExpressionResolver resolver = new TimeExpressionResolver();

    @ParameterizedTest
    @ValueSource(strings = {"1/", "24-26-", "1/1 ", "ngày 1/1 ", "//", "9", "thứ Hai (", "- 3/4 -", "từ 1 đến ",
            "sẽ ngày 1/1 ", "đã thứ Sáu tuần trước ", "hôm qua (30/11) ", "1.000.000,5 "})
    void resolvesAHugeLineOfRepeatedDigitsAndSeparatorsQuickly(String unit) throws Exception {
        String line = unit.repeat(TWO_MB / unit.length());
        Article article = ArticleReader.parse("hostile", " date 2025-11-26 " + line);

        // A guard against blow-up, not a speed target: linear work on 2 MB takes about a second, a
        // quadratic one hours; 60 s leaves room for a machine shared with other builds.
        List<TimeExpression> found = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> resolver.resolve(article));

        for (TimeExpression e : found.subList(0, Math.min(found.size(), 50))) {
            assertThat(article.slice(e.start(), e.end())).isEqualTo(e.text());
        }
    }
}
