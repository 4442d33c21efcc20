package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nienbieu.ingest.CorpusIndexer;
import org.nienbieu.ingest.IngestListener;
import org.nienbieu.model.Actor;

/** Search behaviour on the seed articles plus a few short articles written for one point each. */
class SearchServiceTest {

    @TempDir
    static Path temp;
    static Path corpus;
    static SearchService search;

    @BeforeAll
    static void indexSeedsAndExamples() throws Exception {
        corpus = temp.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.toList()) {
                Files.copy(s, corpus.resolve(s.getFileName()));
            }
        }
        write("100_ban.txt", "2025-06-02", "Hai bên đã ngồi vào bàn thương lượng tại Hà Nội.");
        write("101_ban.txt", "2025-06-03", "Nga bán dầu cho Ấn Độ với giá thấp.");
        write("102_hoa.txt", "2025-06-04", "Hai nước cam kết gìn giữ hoà bình lâu dài ở khu vực.");
        write("103_phrase.txt", "2025-06-05", "Kế hoạch của Nga có 28 điểm, không giống hòa bình trong kế hoạch cũ.");
        new CorpusIndexer(2).ingest(corpus, temp.resolve("index"), IngestListener.NONE);
        search = SearchService.open(temp.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    static void write(String name, String date, String body) throws IOException {
        Files.writeString(corpus.resolve(name), " date " + date + "\n" + body + "\n");
    }

    static SearchResult passages(String query) throws IOException {
        return search.search(SearchRequest.of(query).withKind(Schema.Kind.PASSAGE).withLimit(50));
    }

    static SearchResult events(SearchRequest request) throws IOException {
        return search.search(request.withKind(Schema.Kind.EVENT).withLimit(100));
    }

    @Test
    void queryWithoutDiacriticsFindsAccentedText() throws IOException {
        SearchResult r = passages("dam phan");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.text().toLowerCase()).contains("đàm phán"));
    }

    @Test
    void exactSpellingRanksAboveTheOtherAccents() throws IOException {
        List<String> bàn = passages("bàn").hits().stream().map(SearchHit::article).toList();
        assertThat(bàn).contains("100_ban.txt", "101_ban.txt");
        assertThat(bàn.indexOf("100_ban.txt")).isLessThan(bàn.indexOf("101_ban.txt"));
        List<String> bán = passages("bán").hits().stream().map(SearchHit::article).toList();
        assertThat(bán.indexOf("101_ban.txt")).isLessThan(bán.indexOf("100_ban.txt"));
    }

    @Test
    void plainWordFindsEveryAccentedSpelling() throws IOException {
        assertThat(passages("ban").hits()).extracting(SearchHit::article).contains("100_ban.txt", "101_ban.txt");
    }

    @Test
    void oldAndModernTonePlacementFindEachOther() throws IOException {
        assertThat(passages("hòa bình").hits()).extracting(SearchHit::article).contains("102_hoa.txt");
        assertThat(passages("\"hoà bình\"").hits()).extracting(SearchHit::article)
                .contains("102_hoa.txt", "001_6efe2a1278e5d9a0.txt");
    }

    @Test
    void phraseMatchesOnlyAdjacentSyllables() throws IOException {
        SearchResult r = passages("\"kế hoạch hòa bình 28 điểm\"");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.text().toLowerCase()).contains("kế hoạch hòa bình 28 điểm"));
        assertThat(r.hits()).extracting(SearchHit::article).doesNotContain("103_phrase.txt");
        assertThat(passages("kế hoạch hòa bình 28 điểm").hits()).extracting(SearchHit::article).contains("103_phrase.txt");
    }

    @Test
    void excludedWordRemovesItsPassages() throws IOException {
        assertThat(passages("Putin").hits()).anySatisfy(h -> assertThat(h.text()).contains("Witkoff"));
        SearchResult r = passages("Putin -Witkoff");
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.text()).contains("Putin").doesNotContain("Witkoff"));
    }

    @Test
    void actorFieldFindsTheEventsOfThatActor() throws IOException {
        SearchResult r = events(SearchRequest.of("actor:Witkoff"));
        assertThat(r.hits()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(r.hits()).allSatisfy(h ->
                assertThat(h.actors()).extracting(Actor::name).contains("Steve Witkoff"));
        assertThat(events(SearchRequest.of("").withActor("witkoff")).total()).isEqualTo(r.total());
    }

    @Test
    void typeFieldKeepsOnlyThatType() throws IOException {
        SearchResult r = events(SearchRequest.of("type:meeting"));
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.type()).contains("meeting"));
        assertThat(events(SearchRequest.of("").withType("meeting")).total()).isEqualTo(r.total());
    }

    @Test
    void typesAndStatusesAreFoundByTheirVietnameseNamesWithOrWithoutDiacritics() throws IOException {
        long calls = events(SearchRequest.of("type:call")).total();
        assertThat(calls).isPositive();
        for (String q : List.of("type:\"điện đàm\"", "type:dien-dam", "type:\"Điện Đàm\"", "type:diendam")) {
            assertThat(events(SearchRequest.of(q)).total()).as(q).isEqualTo(calls);
        }
        assertThat(events(SearchRequest.of("").withType("Gặp gỡ")).total())
                .isEqualTo(events(SearchRequest.of("type:meeting")).total()).isPositive();
        long cancelled = events(SearchRequest.of("status:cancelled")).total();
        assertThat(cancelled).isPositive();
        assertThat(events(SearchRequest.of("status:\"bị huỷ\"")).total()).isEqualTo(cancelled);
        assertThat(events(SearchRequest.of("status:huy")).total()).isEqualTo(cancelled);
        // A word that names no type finds nothing rather than everything.
        assertThat(events(SearchRequest.of("type:banana")).total()).isZero();
    }

    @Test
    void hitsCanBeOrderedByDateEarliestFirstWithUndatedLast() throws IOException {
        SearchResult byScore = events(SearchRequest.of("Putin").withLimit(100));
        SearchResult byDate = events(SearchRequest.of("Putin").withLimit(100).withOrder(SearchRequest.Order.DATE));
        assertThat(byDate.total()).isEqualTo(byScore.total()).isGreaterThan(3);
        assertThat(byDate.hits()).extracting(SearchHit::id).containsExactlyInAnyOrderElementsOf(
                byScore.hits().stream().map(SearchHit::id).toList());
        List<Long> starts = byDate.hits().stream()
                .map(h -> h.date().isDated() ? h.date().start().toEpochDay() : Long.MAX_VALUE).toList();
        assertThat(starts).isSorted();
        assertThat(byDate.hits()).extracting(SearchHit::id).isNotEqualTo(byScore.hits().stream().map(SearchHit::id).toList());
        // With facets counted too, the same order.
        assertThat(events(SearchRequest.of("Putin").withLimit(100).withOrder(SearchRequest.Order.DATE)
                .withFacets(SearchRequest.Facets.COUNT)).hits()).extracting(SearchHit::id)
                .isEqualTo(byDate.hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void dateFilterKeepsEventsOverlappingTheRange() throws IOException {
        LocalDate from = LocalDate.of(2025, 11, 1);
        LocalDate to = LocalDate.of(2025, 11, 30);
        SearchResult r = events(SearchRequest.of("").withFrom(from).withTo(to));
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.date().isDated()).isTrue();
            assertThat(h.date().end()).isAfterOrEqualTo(from);
            assertThat(h.date().start()).isBeforeOrEqualTo(to);
        });
        SearchResult all = events(SearchRequest.of(""));
        long overlapping = all.hits().stream().filter(h -> h.date().isDated()
                && !h.date().end().isBefore(from) && !h.date().start().isAfter(to)).count();
        assertThat(r.total()).isEqualTo(overlapping);
    }

    @Test
    void facetsCountTheMatchingEventsByTypeStatusActorAndMonth() throws IOException {
        SearchResult r = events(SearchRequest.of("").withFacets(SearchRequest.Facets.COUNT));
        assertThat(r.facets()).containsKeys("type", "status", "actor", "month");
        Map<String, Long> byType = r.hits().stream().collect(Collectors.groupingBy(h -> h.type().orElseThrow(),
                Collectors.counting()));
        Map<String, Long> facetTypes = r.facets().get("type").stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
        assertThat(facetTypes).isEqualTo(byType);
        long witkoff = r.hits().stream().filter(h -> h.actors().stream().anyMatch(a -> a.name().equals("Steve Witkoff"))).count();
        assertThat(r.facets().get("actor")).contains(new FacetCount("Steve Witkoff", witkoff));
        assertThat(r.facets().get("month")).extracting(FacetCount::value).isSorted().contains("2025-11");
    }

    @Test
    void highlightMarksTheWordsMatchedThroughTheFoldedField() throws IOException {
        SearchHit hit = passages("dam phan").hits().get(0);
        assertThat(hit.highlight().toLowerCase()).contains("<b>đàm</b> <b>phán</b>");
    }

    @Test
    void passageHitLeadsToItsEventAndBack() throws IOException {
        SearchHit passage = passages("\"kế hoạch hòa bình 28 điểm\"").hits().get(0);
        assertThat(passage.events()).isNotEmpty();
        SearchHit event = search.search(SearchRequest.of("").withKind(Schema.Kind.EVENT).withLimit(100)).hits().stream()
                .filter(h -> h.id().equals("e:" + passage.events().get(0))).findFirst().orElseThrow();
        assertThat(event.mentions()).anySatisfy(m -> {
            assertThat(m.article()).isEqualTo(passage.article());
            assertThat(m.start()).isEqualTo(passage.start());
        });
    }

    @Test
    void passageHitsListTheEventsASearchForTheirMentionFinds() throws IOException {
        Path lucene = temp.resolve("index").resolve(Schema.folderName(Schema.VERSION));
        int withEvents = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(lucene))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String q : List.of("Witkoff", "Putin", "hòa bình", "Nga")) {
                for (SearchHit h : passages(q).hits()) {
                    List<String> expected = new ArrayList<>();
                    for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Schema.MENTION,
                            Documents.mentionKey(h.article(), h.start()))), 10).scoreDocs) {
                        expected.add(searcher.storedFields().document(sd.doc).get(Schema.EVENT));
                    }
                    assertThat(h.events()).as(h.id()).isEqualTo(expected);
                    withEvents += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(withEvents).isPositive();
    }

    @Test
    void hitOffsetsAreCodePointsIntoTheArticleFile() throws IOException {
        for (SearchHit h : passages("Witkoff").hits()) {
            String file = Files.readString(corpus.resolve(h.article()));
            int from = file.offsetByCodePoints(0, h.start());
            int to = file.offsetByCodePoints(0, h.end());
            assertThat(file.substring(from, to)).isEqualTo(h.text());
        }
    }

    @Test
    void quotesCarryTheirSpeaker() throws IOException {
        SearchResult r = search.search(SearchRequest.of("speaker:Witkoff").withKind(Schema.Kind.QUOTE));
        assertThat(r.hits()).isNotEmpty().allSatisfy(h ->
                assertThat(h.speaker()).hasValueSatisfying(s -> assertThat(s.name()).contains("Witkoff")));
    }

    static Stream<String> typed() {
        return Stream.of("đàm phán", "dam phan", "Nga", "\"hòa bình\"", "hoà bình -Nga", "Nga OR Mỹ", "kế hoạch*",
                "actor:Witkoff", "\"kế hoạch hòa bình 28 điểm\"", "bàn", "");
    }

    @ParameterizedTest
    @MethodSource("typed")
    void facetedSearchFindsTheSameHitsAndCountsEveryMatch(String query) throws IOException {
        SearchRequest plain = SearchRequest.of(query).withLimit(20);
        SearchResult without = search.search(plain);
        SearchResult with = search.search(plain.withFacets(SearchRequest.Facets.COUNT));
        assertThat(with.hits()).isEqualTo(without.hits());
        assertThat(with.totalExact()).isTrue();
        assertThat(with.total()).isEqualTo(without.total());
        assertThat(with.facets()).containsOnlyKeys("type", "status", "actor", "month");
    }

    @Test
    void facetedSearchByDateKeepsTheOrderAndTheScores() throws IOException {
        SearchRequest byDate = SearchRequest.of("Nga").withOrder(SearchRequest.Order.DATE).withLimit(30);
        SearchResult with = search.search(byDate.withFacets(SearchRequest.Facets.COUNT));
        assertThat(with.hits()).isNotEmpty().isEqualTo(search.search(byDate).hits());
        assertThat(with.hits()).allSatisfy(h -> assertThat(h.score()).isPositive());
    }

    static Stream<String> malformed() {
        return Stream.of("\"unclosed", "AND AND", "(((", ")))", "actor:", "actor:\"", "type:", "*a*a*a*", "?",
                "x".repeat(10_000), "đàm ".repeat(3_000), "\u0000\u0007ctrl\u001b[31m", "-", "--", "OR", "NOT", "a OR",
                "OR b", "a:b:c", "kind:nonsense", "type:bogus", "đàm*", "*", "\"\"", "-\"", "\uD83D lone",
                "status:", "+", "\\", "actor:\"Steve", "title:x", "http://example.com/a?b=c");
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedQueriesNeverThrow(String query) {
        assertThatCode(() -> search.search(SearchRequest.of(query).withFacets(SearchRequest.Facets.COUNT)))
                .doesNotThrowAnyException();
    }

    @Test
    void unclosedQuoteIsAPhraseToTheEnd() throws IOException {
        assertThat(passages("\"kế hoạch hòa bình 28").total()).isEqualTo(passages("\"kế hoạch hòa bình 28\"").total());
    }
}
