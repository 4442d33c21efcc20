package org.nienbieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.extract.time.TimeExpressionResolver;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.generate.ExpectedTime;
import org.nienbieu.generate.GeneratedArticle;
import org.nienbieu.model.Article;
import org.nienbieu.model.TimeExpression;

/**
 * The resolver judged on text it was not written against: the hand-annotated gold articles
 * (src/test/resources/gold, written independently of the code) and a generated corpus whose
 * answers are correct by construction. The bar is the issue's: at least 95% exactly right.
 */
class TimeEvaluationTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final TimeExpressionResolver RESOLVER = new TimeExpressionResolver();

    @Test
    void resolvesAtLeast95PercentOfTheGoldExpressionsExactly() throws Exception {
        GoldEvaluation.TimeScore score = GoldEvaluation.times(GOLD);
        GoldEvaluation.report("evaluation-times-gold.txt", score.report());
        assertThat(score.accuracy()).as("exactly resolved gold expressions, misses:%n%s", String.join("\n", score.misses()))
                .isGreaterThanOrEqualTo(0.95);
        assertThat(score.falseDates()).as("non-dates taken as dates").isLessThanOrEqualTo(score.notDates() / 20);
    }

    @Test
    void resolvesAtLeast95PercentOfAGeneratedCorpusExactly() throws Exception {
        int expected = 0;
        int exact = 0;
        List<String> misses = new ArrayList<>();
        for (GeneratedArticle g : new CorpusGenerator(20251126L).articles(400).toList()) {
            Article article = ArticleReader.parse(g.fileName(), g.text());
            Map<Integer, TimeExpression> byStart = new HashMap<>();
            RESOLVER.resolve(article).forEach(t -> byStart.put(t.start(), t));
            for (ExpectedTime want : g.times()) {
                expected++;
                TimeExpression got = byStart.get(want.start());
                if (got != null && got.end() == want.end() && got.date().equals(want.date())) {
                    exact++;
                } else if (misses.size() < 200) {
                    misses.add(g.fileName() + " | " + want.text() + " | want " + want.date() + " | got "
                            + (got == null ? "not found" : got.text() + " " + got.date()));
                }
            }
        }
        double accuracy = exact / (double) expected;
        GoldEvaluation.report("evaluation-times-generated.txt", String.format("exact %d/%d = %.3f%n%s%n",
                exact, expected, accuracy, String.join("\n", misses)));
        assertThat(accuracy).as("exactly resolved generated expressions").isGreaterThanOrEqualTo(0.95);
    }
}
