package org.nienbieu.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.extract.time.TimeExpressionResolver;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.ingest.ChronologyBuilder;
import org.nienbieu.ingest.IngestListener;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Precision;
import org.nienbieu.model.TimeExpression;

/**
 * How the extractor does on one hand-annotated gold folder ({@code articles/}, {@code times.json},
 * {@code events.json}, see src/test/resources/gold/README.md). The gold and the held-out tests judge
 * their own folder with it and set their own bars.
 *
 * <p>A gold time expression is exactly right when the resolver finds the same text (its n-th
 * occurrence for the n-th gold entry of that text) with the same start, end and precision. An
 * extracted event matches a gold event of an article when the types agree, one of its mentions in
 * that article contains the gold evidence (or is contained in it), and the dates are compatible.
 * Precision and recall are counted over (event, article) pairs.
 */
final class GoldEvaluation {

    private static final TimeExpressionResolver RESOLVER = new TimeExpressionResolver();

    private GoldEvaluation() {
    }

    /** The time expressions of {@code gold}: how many are exactly right, and which non-dates were taken as dates. */
    static TimeScore times(Path gold) throws IOException {
        JsonNode annotations = new ObjectMapper().readTree(gold.resolve("times.json").toFile());
        Map<String, Article> articles = new HashMap<>();
        Map<String, List<TimeExpression>> found = new HashMap<>();
        int expected = 0;
        int exact = 0;
        List<String> misses = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (JsonNode g : annotations.get("times")) {
            String name = g.get("article").asText();
            List<TimeExpression> times = resolved(gold, name, articles, found);
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
        for (JsonNode n : annotations.get("not_dates")) {
            String name = n.get("article").asText();
            List<TimeExpression> times = resolved(gold, name, articles, found);
            String articleText = articles.get(name).text();
            String text = n.get("text").asText();
            for (int at = articleText.indexOf(text); at >= 0; at = articleText.indexOf(text, at + 1)) {
                int start = at;
                int end = at + text.length();
                for (TimeExpression t : times) {
                    if (t.start() < end && start < t.end()) {
                        falseDates++;
                        misses.add(name + " | " + text + " | not a date | got '" + t.text() + "'");
                    }
                }
            }
        }
        return new TimeScore(expected, exact, annotations.get("not_dates").size(), falseDates, misses);
    }

    private static List<TimeExpression> resolved(Path gold, String name, Map<String, Article> articles,
            Map<String, List<TimeExpression>> found) {
        Article article = articles.computeIfAbsent(name, n -> read(gold, n));
        return found.computeIfAbsent(name, n -> RESOLVER.resolve(article));
    }

    private static Article read(Path gold, String name) {
        try {
            return ArticleReader.read(gold.resolve("articles").resolve(name), name);
        } catch (Exception e) {
            throw new IllegalStateException("gold article " + name + " must read", e);
        }
    }

    /** Builds the chronology of {@code gold}'s articles, to be compared with its {@code events.json}. */
    static Events events(Path gold) throws Exception {
        return new Events(new ChronologyBuilder(2).build(gold.resolve("articles"), IngestListener.NONE),
                new ObjectMapper().readTree(gold.resolve("events.json").toFile()));
    }

    /** Writes {@code text} to {@code target/file}. */
    static void report(String file, String text) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve(file), text, StandardCharsets.UTF_8);
    }

    /** The result of {@link #times}: {@code misses} lists every wrong or missing expression and every non-date taken as a date. */
    record TimeScore(int expected, int exact, int notDates, int falseDates, List<String> misses) {

        double accuracy() {
            return exact / (double) expected;
        }

        String summary() {
            return String.format("exact %d/%d = %.3f, non-dates taken as dates: %d of %d", exact, expected, accuracy(),
                    falseDates, notDates);
        }

        String report() {
            return summary() + "\n" + String.join("\n", misses) + "\n";
        }
    }

    /** The result of {@link Events#score}: {@code log} lists every missed gold event, wrong status and extra extracted event. */
    record EventScore(int gold, int found, int matched, int extracted, int statusRight, List<String> log) {

        double recall() {
            return found / (double) gold;
        }

        double precision() {
            return matched / (double) Math.max(1, extracted);
        }

        double statusAccuracy() {
            return statusRight / (double) Math.max(1, found);
        }

        String summary() {
            return String.format("recall %d/%d = %.3f, precision %d/%d = %.3f, status right %d/%d = %.3f",
                    found, gold, recall(), matched, extracted, precision(), statusRight, found, statusAccuracy());
        }

        String report() {
            return summary() + "\n" + String.join("\n", log) + "\n";
        }
    }

    /** The result of {@link Events#sameAs}: for each same-as key, the ids of the events its annotations matched. */
    record SameAsScore(Map<String, Set<String>> groups) {

        /** Groups whose annotations all matched one and the same event. */
        long merged() {
            return groups.values().stream().filter(ids -> ids.size() == 1).count();
        }

        String summary() {
            return String.format("same-as groups merged into one event: %d/%d", merged(), groups.size());
        }
    }

    /** A gold folder's extracted chronology and its annotated events. */
    static final class Events {

        private final Chronology chronology;
        private final JsonNode gold;

        private Events(Chronology chronology, JsonNode gold) {
            this.chronology = chronology;
            this.gold = gold;
        }

        EventScore score() {
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
            return new EventScore(gold.size(), found, matchedPairs.size(), extractedPairs, statusRight, log);
        }

        SameAsScore sameAs() {
            Map<String, Set<String>> groups = new HashMap<>();
            for (JsonNode g : gold) {
                if (g.hasNonNull("same_as")) {
                    Event match = bestMatch(g, g.get("article").asText());
                    groups.computeIfAbsent(g.get("same_as").asText(), k -> new HashSet<>())
                            .add(match == null ? "missing:" + g.get("evidence").asText() : match.id());
                }
            }
            return new SameAsScore(groups);
        }

        private Event bestMatch(JsonNode g, String article) {
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
}
