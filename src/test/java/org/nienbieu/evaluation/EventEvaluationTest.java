package org.nienbieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.ingest.ChronologyBuilder;
import org.nienbieu.ingest.IngestListener;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Precision;

/**
 * The event extractor judged on the hand-annotated gold articles (src/test/resources/gold, other
 * people, places and topics than the seeds, annotated independently of the code). An extracted
 * event reported in an article matches a gold event of that article when the types agree, one of
 * its sentences contains the gold evidence, and the dates are compatible. Precision and recall
 * are counted over (event, article) pairs and must both exceed 0.9, the bar.
 */
class EventEvaluationTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static Chronology chronology;
    private static JsonNode gold;

    @BeforeAll
    static void extract() throws Exception {
        chronology = new ChronologyBuilder(2).build(GOLD.resolve("articles"), IngestListener.NONE);
        gold = new ObjectMapper().readTree(GOLD.resolve("events.json").toFile());
    }

    @Test
    void findsTheGoldEventsWithPrecisionAndRecallAbove90Percent() throws Exception {
        List<String> log = new ArrayList<>();
        Set<String> matchedPairs = new HashSet<>();
        int found = 0;
        int statusRight = 0;
        for (JsonNode g : gold) {
            String article = g.get("article").asText();
            Event match = bestMatch(g, article);
            if (match == null) {
                log.add("MISSED " + article + " | " + g.get("type").asText() + " " + g.get("status").asText() + " "
                        + g.get("start").asText(null) + " | " + g.get("evidence").asText());
                continue;
            }
            found++;
            matchedPairs.add(match.id() + "\u0000" + article);
            if (match.status().label().equals(g.get("status").asText())) {
                statusRight++;
            } else {
                log.add("STATUS " + article + " | want " + g.get("status").asText() + " got " + match.status().label()
                        + " | " + match.label());
            }
        }
        int extractedPairs = 0;
        for (Event e : chronology.events()) {
            Set<String> articles = new HashSet<>();
            e.mentions().forEach(m -> articles.add(m.article()));
            for (String a : articles) {
                extractedPairs++;
                if (!matchedPairs.contains(e.id() + "\u0000" + a)) {
                    log.add("EXTRA " + a + " | " + e.type().label() + " " + e.status().label() + " " + e.date() + " | "
                            + e.label() + " | " + firstMention(e, a));
                }
            }
        }
        double recall = found / (double) gold.size();
        double precision = matchedPairs.size() / (double) Math.max(1, extractedPairs);
        double statusAccuracy = statusRight / (double) Math.max(1, found);
        String summary = String.format("recall %d/%d = %.3f, precision %d/%d = %.3f, status right %d/%d = %.3f",
                found, gold.size(), recall, matchedPairs.size(), extractedPairs, precision, statusRight, found, statusAccuracy);
        TimeEvaluationTest.report("evaluation-events-gold.txt", summary + "\n" + String.join("\n", log) + "\n");
        assertThat(recall).as(summary).isGreaterThan(0.9);
        assertThat(precision).as(summary).isGreaterThan(0.9);
    }

    @Test
    void mergesTheSameEventReportedByDifferentArticles() {
        Map<String, Set<String>> groups = new HashMap<>();
        for (JsonNode g : gold) {
            if (g.hasNonNull("same_as")) {
                Event match = bestMatch(g, g.get("article").asText());
                groups.computeIfAbsent(g.get("same_as").asText(), k -> new HashSet<>())
                        .add(match == null ? "missing:" + g.get("evidence").asText() : match.id());
            }
        }
        long merged = groups.values().stream().filter(ids -> ids.size() == 1).count();
        assertThat(merged).as("same-as groups merged into one event: %s", groups).isGreaterThanOrEqualTo(groups.size() * 6 / 10);
    }

    private static Event bestMatch(JsonNode g, String article) {
        String evidence = g.get("evidence").asText();
        DateSpan want = span(g);
        Event best = null;
        for (Event e : chronology.events()) {
            if (!e.type().label().equals(g.get("type").asText()) || !compatible(e.date(), want)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.article().equals(article) && (m.text().contains(evidence) || evidence.contains(m.text()))) {
                    if (best == null || e.status().label().equals(g.get("status").asText())) {
                        best = e;
                    }
                }
            }
        }
        return best;
    }

    private static DateSpan span(JsonNode g) {
        if (!g.hasNonNull("start")) {
            return DateSpan.undated();
        }
        return DateSpan.of(LocalDate.parse(g.get("start").asText()), LocalDate.parse(g.get("end").asText()),
                Precision.fromLabel(g.get("precision").asText()));
    }

    private static boolean compatible(DateSpan got, DateSpan want) {
        if (!got.isDated() || !want.isDated()) {
            return got.isDated() == want.isDated();
        }
        return got.overlaps(want);
    }

    private static String firstMention(Event e, String article) {
        return e.mentions().stream().filter(m -> m.article().equals(article)).findFirst().map(Mention::text).orElse("");
    }
}
