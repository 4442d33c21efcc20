package org.nienbieu.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;
import org.nienbieu.model.Sentence;

class CorpusGeneratorTest {

    /** Words that must appear in an event's sentence, by event type. */
    static final Map<String, List<String>> TRIGGERS = Map.of(
            "meeting", List.of("gặp", "hội đàm", "hội nghị", "cuộc họp"),
            "call", List.of("điện đàm", "cuộc gọi"),
            "visit-as-meeting", List.of("thăm"),
            "proposal", List.of("đề xuất", "kế hoạch", "sáng kiến"),
            "agreement", List.of("thỏa thuận"),
            "sanction", List.of("trừng phạt", "trục xuất"),
            "statement", List.of("tuyên bố"));
    /** Words that must appear in an event's sentence, by status. */
    static final Map<String, List<String>> STATUS_CUES = Map.of(
            "planned", List.of("sẽ", "dự kiến"),
            "cancelled", List.of("hủy"),
            "postponed", List.of("hoãn"),
            "rejected", List.of("bác bỏ", "từ chối"));

    private static final Pattern DAY_MONTH = Pattern.compile("(?i)(?:ngày|hôm|sáng|chiều|tối|trưa) (\\d{1,2})[/-](\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)ngày (\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern LONG_DATE = Pattern.compile("(?i)ngày (\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})");
    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?i)(?:hôm )?(thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật)");
    private static final Pattern YEAR = Pattern.compile("(?i)năm (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)tháng (\\d{1,2})(?:/| năm )(\\d{4})");

    @Test
    void sameSeedGivesTheSameArticlesByteForByteAndOtherSeedsDiffer() {
        List<GeneratedArticle> a = new CorpusGenerator(42).articles(50).toList();
        List<GeneratedArticle> b = new CorpusGenerator(42).articles(50).toList();
        List<GeneratedArticle> c = new CorpusGenerator(43).articles(50).toList();
        assertThat(a).isEqualTo(b);
        assertThat(a).extracting(GeneratedArticle::text).doesNotContainAnyElementsOf(
                c.stream().map(GeneratedArticle::text).toList());
        // an article depends on its index only, not on how many are generated (same layout)
        assertThat(new CorpusGenerator(42).articles(10).toList()).isEqualTo(a.subList(0, 10));
    }

    @Test
    void everyArticleReadsBackWithExactOffsetsAndEventSentences() throws Exception {
        List<GeneratedArticle> articles = new CorpusGenerator(7).articles(300).toList();
        int times = 0;
        int events = 0;
        for (GeneratedArticle g : articles) {
            Article a = ArticleReader.parse(g.fileName(), g.text());
            assertThat(a.published()).isEqualTo(g.published());
            assertThat(g.text()).startsWith(" date " + g.published() + " ");
            assertThat(a.paragraphs().size()).isBetween(4, 12);
            assertThat(g.published()).isBetween(CorpusGenerator.FIRST_DAY, CorpusGenerator.LAST_DAY);
            int previousEnd = 0;
            for (ExpectedTime t : g.times()) {
                assertThat(a.slice(t.start(), t.end())).as(g.fileName()).isEqualTo(t.text());
                assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = t.end();
                times++;
            }
            Set<String> sentences = a.sentences().stream().map(s -> s.start() + ":" + s.end()).collect(Collectors.toSet());
            for (ExpectedEvent e : g.events()) {
                assertThat(sentences).as("%s: event sentence %s..%s is a sentence of the reader", g.fileName(),
                        e.sentenceStart(), e.sentenceEnd()).contains(e.sentenceStart() + ":" + e.sentenceEnd());
                String sentence = a.slice(e.sentenceStart(), e.sentenceEnd()).toLowerCase();
                assertThat(TRIGGERS.get(e.type())).as(sentence).anyMatch(sentence::contains);
                if (STATUS_CUES.containsKey(e.status())) {
                    assertThat(STATUS_CUES.get(e.status())).as(sentence).anyMatch(sentence::contains);
                } else {
                    assertThat(sentence).doesNotContain("sẽ", "dự kiến", "hủy", "hoãn", "bác bỏ");
                }
                for (String actor : e.actors()) {
                    String[] words = actor.toLowerCase().split(" ");
                    assertThat(sentence.contains(words[0]) || sentence.contains(words[words.length - 1]))
                            .as("%s named in %s", actor, sentence).isTrue();
                }
                if (e.date().isDated()) {
                    assertThat(g.times()).as(sentence).anyMatch(t -> t.date().equals(e.date())
                            && t.start() >= e.sentenceStart() && t.end() <= e.sentenceEnd());
                }
                events++;
            }
        }
        assertThat(times).isGreaterThan(300 * 4);
        assertThat(events).isGreaterThan(300 * 2);
    }

    /**
     * An independent reading of the simplest families (explicit dates, deictic words, weekdays,
     * year and month words), using only the sentence's wording for the direction, agrees with the
     * planted answers.
     */
    @Test
    void answersAgreeWithAnIndependentReadingOfTheWords() throws Exception {
        int checked = 0;
        for (GeneratedArticle g : new CorpusGenerator(99).articles(400).toList()) {
            Article a = ArticleReader.parse(g.fileName(), g.text());
            LocalDate dct = g.published();
            for (ExpectedTime t : g.times()) {
                Sentence s = a.sentences().stream().filter(x -> x.start() <= t.start() && t.end() <= x.end())
                        .findFirst().orElseThrow();
                boolean future = s.text().contains("sẽ") || s.text().contains("dự kiến");
                String text = t.text().toLowerCase();
                DateSpan expected;
                try {
                    expected = independentReading(text, dct, future);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + " in '" + s.text() + "'", e);
                }
                if (expected != null) {
                    assertThat(t.date()).as("%s in '%s' (%s)", t.text(), s.text(), dct).isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    private static DateSpan independentReading(String text, LocalDate dct, boolean future) {
        Matcher m;
        if ((m = DAY_MONTH_YEAR.matcher(text)).matches() || (m = LONG_DATE.matcher(text)).matches()) {
            return DateSpan.day(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        }
        if ((m = DAY_MONTH.matcher(text)).matches()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
                if (day > java.time.YearMonth.of(y, month).lengthOfMonth()) {
                    continue;
                }
                LocalDate candidate = LocalDate.of(y, month, day);
                boolean inDirection = future ? candidate.isAfter(dct) : !candidate.isAfter(dct);
                if (inDirection && Math.abs(candidate.toEpochDay() - dct.toEpochDay()) < 183) {
                    return DateSpan.day(candidate);
                }
            }
            throw new AssertionError("no reading of " + text + " near " + dct);
        }
        if ((m = BARE_WEEKDAY.matcher(text)).matches()) {
            List<String> names = List.of("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật");
            DayOfWeek day = DayOfWeek.of(names.indexOf(m.group(1)) + 1);
            for (int k = 1; k <= 7; k++) {
                LocalDate candidate = future ? dct.plusDays(k) : dct.minusDays(k);
                if (candidate.getDayOfWeek() == day) {
                    return DateSpan.day(candidate);
                }
            }
        }
        if ((m = YEAR.matcher(text)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return DateSpan.of(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
        }
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 1);
            return DateSpan.of(first, first.plusMonths(1).minusDays(1), Precision.MONTH);
        }
        LocalDate monday = dct.minusDays(dct.getDayOfWeek().getValue() - 1L);
        return switch (text) {
            case "hôm nay", "sáng nay", "chiều nay", "trưa nay", "tối nay" -> DateSpan.day(dct);
            case "hôm qua", "tối qua", "đêm qua" -> DateSpan.day(dct.minusDays(1));
            case "hôm kia" -> DateSpan.day(dct.minusDays(2));
            case "ngày mai", "sáng mai", "tối mai" -> DateSpan.day(dct.plusDays(1));
            case "ngày kia" -> DateSpan.day(dct.plusDays(2));
            case "tuần này" -> DateSpan.of(monday, monday.plusDays(6), Precision.WEEK);
            case "tuần trước" -> DateSpan.of(monday.minusDays(7), monday.minusDays(1), Precision.WEEK);
            case "tuần tới" -> DateSpan.of(monday.plusDays(7), monday.plusDays(13), Precision.WEEK);
            case "cuối tuần này" -> DateSpan.days(monday.plusDays(5), monday.plusDays(6));
            case "năm nay" -> DateSpan.of(dct.withDayOfYear(1), dct.withMonth(12).withDayOfMonth(31), Precision.YEAR);
            case "năm ngoái" -> DateSpan.of(LocalDate.of(dct.getYear() - 1, 1, 1), LocalDate.of(dct.getYear() - 1, 12, 31), Precision.YEAR);
            case "tháng này" -> DateSpan.of(dct.withDayOfMonth(1), dct.withDayOfMonth(dct.lengthOfMonth()), Precision.MONTH);
            default -> null;
        };
    }

    @Test
    void coversEveryFamilyOfTimeExpressionEveryEventTypeAndStatus() {
        List<GeneratedArticle> articles = new CorpusGenerator(5).articles(500).toList();
        Set<String> texts = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        Set<Precision> precisions = new HashSet<>();
        for (GeneratedArticle g : articles) {
            g.times().forEach(t -> {
                texts.add(t.text().toLowerCase());
                precisions.add(t.date().precision());
            });
            g.events().forEach(e -> kinds.add(e.type() + "/" + e.status()));
        }
        String[] families = {
            "ngày \\d+/\\d+", "ngày \\d+-\\d+", "hôm \\d+/\\d+", "chiều \\d+/\\d+", "tối \\d+/\\d+",
            "ngày \\d+ tháng \\d+ năm \\d{4}", "ngày \\d+/\\d+/\\d{4}", "hôm nay", "sáng nay", "tối qua", "hôm qua",
            "hôm kia", "ngày mai", "ngày kia", "(hai|ba|\\d) ngày (sau|trước)", "thứ sáu", "chủ nhật",
            "thứ hai tuần tới", "thứ sáu tuần trước", "thứ \\S+ \\(\\d+/\\d+\\)", "từ ngày \\d+ đến \\d+/\\d+",
            "(ngày )?\\d+-\\d+/\\d+", "từ \\d+/\\d+ đến \\d+/\\d+", "tuần trước", "tuần này", "tuần tới", "cuối tuần này",
            "tháng \\d+/\\d{4}", "tháng trước", "tháng này", "tháng tới", "đầu tháng này", "giữa tháng \\d+",
            "cuối tháng \\d+", "quý [iv]+", "mùa hè năm nay", "năm \\d{4}", "năm ngoái", "năm nay", "năm tới"};
        for (String family : families) {
            Pattern p = Pattern.compile(family);
            assertThat(texts).as(family).anyMatch(t -> p.matcher(t).matches());
        }
        assertThat(precisions).containsAll(Set.of(Precision.DAY, Precision.DAYS, Precision.WEEK, Precision.MONTH,
                Precision.PART_OF_MONTH, Precision.QUARTER, Precision.SEASON, Precision.YEAR));
        for (String type : ExpectedEvent.TYPES) {
            assertThat(kinds).as(type).anyMatch(k -> k.startsWith(type + "/"));
        }
        for (String status : ExpectedEvent.STATUSES) {
            assertThat(kinds).as(status).anyMatch(k -> k.endsWith("/" + status));
        }
        Set<Integer> years = articles.stream().map(g -> g.published().getYear()).collect(Collectors.toSet());
        assertThat(years).hasSizeGreaterThanOrEqualTo(12);
        String all = articles.stream().map(GeneratedArticle::text).collect(Collectors.joining("\n"));
        assertThat(all).contains(" điểm", "2 tiếng rưỡi", "3 giờ đồng hồ", "hơn 5 giờ", "Covid-19", "G7", "F-16", "%",
                "Thổ Nhĩ Kỳ", "Hàn Quốc", "Trung Quốc", "Ả Rập Xê Út", "ASEAN", "Reuters", "TTXVN", "Axios", "“", "nói");
    }

    @Test
    void writeProducesTheFilesAndAnswersAndNoTemporaryFiles(@TempDir Path dir) throws Exception {
        GenerationSummary summary = new CorpusGenerator(1).write(1200, dir);
        assertThat(summary.articles()).isEqualTo(1200);
        assertThat(summary.answers()).isEqualTo(dir.resolve("answers.jsonl"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> texts = files.stream().filter(p -> p.toString().endsWith(".txt")).toList();
        assertThat(texts).hasSize(1200);
        assertThat(files).hasSize(1201);
        assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith("."));
        assertThat(dir.resolve("000")).isDirectory();
        assertThat(dir.resolve("001")).isDirectory();
        assertThat(texts.get(1000).getParent().getFileName().toString()).isEqualTo("001");
        assertThat(texts.get(123).getFileName().toString()).matches("000123_[0-9a-f]{16}\\.txt");

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(summary.answers(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(json.readTree(line));
            }
        }
        assertThat(lines).hasSize(1200);
        long times = 0;
        long events = 0;
        for (int i = 0; i < lines.size(); i += 97) {
            JsonNode answer = lines.get(i);
            Path file = dir.resolve(answer.get("file").asText());
            Article a = ArticleReader.read(file, answer.get("file").asText());
            assertThat(a.published()).hasToString(answer.get("published").asText());
            for (JsonNode t : answer.get("times")) {
                assertThat(a.slice(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
                assertThat(Precision.fromLabel(t.get("date").get("precision").asText())).isNotEqualTo(Precision.UNDATED);
            }
            for (JsonNode e : answer.get("events")) {
                assertThat(ExpectedEvent.TYPES).contains(e.get("type").asText());
                assertThat(e.get("actors").isArray()).isTrue();
                assertThat(e.has("place")).isTrue();
            }
        }
        for (JsonNode answer : lines) {
            times += answer.get("times").size();
            events += answer.get("events").size();
        }
        assertThat(times).isEqualTo(summary.times());
        assertThat(events).isEqualTo(summary.events());
        List<GeneratedArticle> generated = new CorpusGenerator(1).articles(1200).limit(3).toList();
        assertThat(Files.readString(dir.resolve(generated.get(2).fileName()))).isEqualTo(generated.get(2).text());
    }

    @Test
    void smallCorporaAreFlatAndAnEmptyOneHasEmptyAnswers(@TempDir Path dir) throws Exception {
        new CorpusGenerator(2).write(5, dir.resolve("small"));
        try (Stream<Path> list = Files.list(dir.resolve("small"))) {
            assertThat(list.filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(5);
        }
        GenerationSummary empty = new CorpusGenerator(2).write(0, dir.resolve("empty"));
        assertThat(Files.size(empty.answers())).isZero();
        assertThat(CorpusGenerator.fileName(5, 5, "x")).matches("000005_[0-9a-f]{16}\\.txt");
        assertThat(CorpusGenerator.fileName(123456, 2_000_000, "x")).matches("0123/0123456_[0-9a-f]{16}\\.txt");
    }
}
