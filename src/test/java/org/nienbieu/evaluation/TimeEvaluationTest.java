package org.nienbieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        JsonNode gold = new ObjectMapper().readTree(GOLD.resolve("times.json").toFile());
        Map<String, List<TimeExpression>> found = new HashMap<>();
        int expected = 0;
        int exact = 0;
        List<String> misses = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (JsonNode g : gold.get("times")) {
            String name = g.get("article").asText();
            List<TimeExpression> times = found.computeIfAbsent(name, TimeEvaluationTest::resolveGold);
            expected++;
            String text = g.get("text").asText();
            int from = used.getOrDefault(name + "\u0000" + text, 0);
            TimeExpression match = null;
            int seen = 0;
            for (TimeExpression t : times) {
                if (t.text().equals(text) && seen++ == from) {
                    match = t;
                    break;
                }
            }
            used.put(name + "\u0000" + text, from + 1);
            String want = g.get("start").asText(null) + ".." + g.get("end").asText(null) + " " + g.get("precision").asText();
            String got = match == null ? "not found" : match.date().start() + ".." + match.date().end() + " " + match.date().precision().label();
            if (want.equals(got)) {
                exact++;
            } else {
                misses.add(name + " | " + text + " | want " + want + " | got " + got);
            }
        }
        int falseDates = 0;
        for (JsonNode n : gold.get("not_dates")) {
            String name = n.get("article").asText();
            Article article = readGold(name);
            String text = n.get("text").asText();
            for (int at = article.text().indexOf(text); at >= 0; at = article.text().indexOf(text, at + 1)) {
                int start = at;
                int end = at + text.length();
                for (TimeExpression t : found.computeIfAbsent(name, TimeEvaluationTest::resolveGold)) {
                    if (t.start() < end && start < t.end()) {
                        falseDates++;
                        misses.add(name + " | " + text + " | not a date | got '" + t.text() + "'");
                    }
                }
            }
        }
        double accuracy = exact / (double) expected;
        report("evaluation-times-gold.txt", String.format("exact %d/%d = %.3f, non-dates taken as dates: %d of %d%n%s%n",
                exact, expected, accuracy, falseDates, gold.get("not_dates").size(), String.join("\n", misses)));
        assertThat(accuracy).as("exactly resolved gold expressions, misses:%n%s", String.join("\n", misses))
                .isGreaterThanOrEqualTo(0.95);
        assertThat(falseDates).as("non-dates taken as dates").isLessThanOrEqualTo(gold.get("not_dates").size() / 20);
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
        report("evaluation-times-generated.txt", String.format("exact %d/%d = %.3f%n%s%n",
                exact, expected, accuracy, String.join("\n", misses)));
        assertThat(accuracy).as("exactly resolved generated expressions").isGreaterThanOrEqualTo(0.95);
    }

    private static List<TimeExpression> resolveGold(String name) {
        return RESOLVER.resolve(readGold(name));
    }

    private static Article readGold(String name) {
        try {
            return ArticleReader.read(GOLD.resolve("articles").resolve(name), name);
        } catch (Exception e) {
            throw new IllegalStateException("gold article " + name + " must read", e);
        }
    }

    static void report(String file, String text) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve(file), text, StandardCharsets.UTF_8);
    }
}
