package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.generate.GeneratedArticle;

/**
 * An accented word or phrase as one query finds and ranks exactly what Lucene's "exact phrase
 * (boosted) or folded phrase" finds and ranks, score for score, on generated news written as the
 * index writes text (exact and folded terms at one position) over several segments, with and
 * without skipping, on one thread and on several.
 */
class AccentedQueryTest {

    private static final Analyzer EXACT = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT);
    private static final Analyzer FOLDED = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED);
    static Directory directory;
    static DirectoryReader reader;
    static ExecutorService pool;
    static List<IndexSearcher> searchers;

    @BeforeAll
    static void indexGeneratedSentences() throws IOException {
        directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE).setMaxBufferedDocs(700);
        try (IndexWriter w = new IndexWriter(directory, config)) {
            List<GeneratedArticle> articles = new CorpusGenerator(11).articles(300).toList();
            for (GeneratedArticle a : articles) {
                // The article as one long document, then its paragraphs as short ones, as the index holds them.
                w.addDocument(text(a.text(), "article"));
                for (String paragraph : a.text().split("\n")) {
                    if (!paragraph.isBlank()) {
                        w.addDocument(text(paragraph, "passage"));
                    }
                }
            }
            // Other accents of the same syllables, no accents at all, the phrase twice, overlapping and cut.
            for (String s : List.of("Hồi đầu năm, hai bên hội đàm rồi lại hội đàm về hòa bình.",
                    "Hai bên hoi dam ve hoa binh, viết không dấu.", "Ông hỏi đám đông về thỏa thuận hoà bình.",
                    "hội hội đàm đàm hội đàm", "Thỏa thuận. Hòa bình.", "Bộ trưởng Ngoại giao, ngoại trưởng Nga.")) {
                w.addDocument(text(s, "passage"));
            }
        }
        reader = DirectoryReader.open(directory);
        pool = Executors.newFixedThreadPool(2);
        searchers = List.of(new IndexSearcher(reader), new IndexSearcher(reader, pool));
    }

    private static int written;

    private static Document text(String text, String kind) {
        Document d = new Document();
        d.add(new StringField(Schema.KIND, kind, Field.Store.NO));
        d.add(new NumericDocValuesField(Schema.DATE_SORT, written++ % 13));
        d.add(new TextField(Schema.TEXT, text, Field.Store.NO));
        return d;
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
        pool.shutdown();
    }

    static Stream<String> typed() {
        return Stream.of("hội đàm", "thỏa thuận hòa bình", "hoà bình", "ngoại trưởng", "chuyến thăm chính thức",
                "hợp tác kinh tế", "tổng thống Mỹ", "an ninh khu vực", "Bộ trưởng", "đàm", "Nga", "hội hội đàm",
                "Liên Hợp Quốc");
    }

    /** Lucene's query for the same text: one term "folded, plus exact if there", a phrase either form. */
    private static Query lucene(List<Term> exact, List<Term> folded) {
        Query exactBoosted = new BoostQuery(phrase(exact), 2f);
        return exact.size() == 1
                ? new BooleanQuery.Builder().add(phrase(folded), Occur.MUST).add(exactBoosted, Occur.SHOULD).build()
                : new BooleanQuery.Builder().add(exactBoosted, Occur.SHOULD).add(phrase(folded), Occur.SHOULD).build();
    }

    @ParameterizedTest
    @MethodSource("typed")
    void ranksEveryMatchAsTheDisjunctionOfBothForms(String typed) throws IOException {
        List<Term> exact = terms(EXACT, typed);
        List<Term> folded = terms(FOLDED, typed);
        Query ours = new AccentedQuery(exact, folded, 2f);
        Query theirs = lucene(exact, folded);
        for (IndexSearcher s : searchers) {
            TopDocs a = s.search(ours, new TopScoreDocCollectorManager(5_000, null, Integer.MAX_VALUE));
            TopDocs b = s.search(theirs, new TopScoreDocCollectorManager(5_000, null, Integer.MAX_VALUE));
            assertThat(a.totalHits).isEqualTo(b.totalHits);
            assertThat(a.totalHits.value).isPositive();
            assertThat(hits(a)).isEqualTo(hits(b));
            assertThat(s.count(ours)).isEqualTo(b.totalHits.value);
        }
    }

    @ParameterizedTest
    @MethodSource("typed")
    void bestHitsAreTheSameWhenSkipping(String typed) throws IOException {
        List<Term> exact = terms(EXACT, typed);
        List<Term> folded = terms(FOLDED, typed);
        Query ours = new AccentedQuery(exact, folded, 2f);
        Query theirs = lucene(exact, folded);
        for (IndexSearcher s : searchers) {
            for (int n : new int[] {1, 10, 50}) {
                for (int threshold : new int[] {n, 1_000}) {
                    TopDocs a = s.search(ours, new TopScoreDocCollectorManager(n, null, threshold));
                    TopDocs b = s.search(theirs, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
                    assertThat(hits(a)).as("%d best, counting %d", n, threshold).isEqualTo(hits(b));
                    if (a.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
                        assertThat(a.totalHits).isEqualTo(b.totalHits);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("typed")
    void scoresTheSameBesideOtherClausesAndFilters(String typed) throws IOException {
        List<Term> exact = terms(EXACT, typed);
        List<Term> folded = terms(FOLDED, typed);
        Query other = new TermQuery(new Term(Schema.TEXT, "hai"));
        Query filter = new TermQuery(new Term(Schema.KIND, "passage"));
        for (IndexSearcher s : searchers) {
            TopDocs a = s.search(new BooleanQuery.Builder().add(new AccentedQuery(exact, folded, 2f), Occur.MUST)
                    .add(other, Occur.SHOULD).add(filter, Occur.FILTER).build(), 200);
            TopDocs b = s.search(new BooleanQuery.Builder().add(lucene(exact, folded), Occur.MUST)
                    .add(other, Occur.SHOULD).add(filter, Occur.FILTER).build(), 200);
            assertThat(hits(a)).isEqualTo(hits(b));
        }
    }

    @Test
    void sortedByAnotherFieldKeepsTheScores() throws IOException {
        List<Term> exact = terms(EXACT, "hội đàm");
        List<Term> folded = terms(FOLDED, "hội đàm");
        Sort byDay = new Sort(new SortField(Schema.DATE_SORT, SortField.Type.LONG), SortField.FIELD_SCORE);
        for (IndexSearcher s : searchers) {
            TopDocs a = s.search(new AccentedQuery(exact, folded, 2f), new TopFieldCollectorManager(byDay, 30, null, 30));
            TopFieldCollector.populateScores(a.scoreDocs, s, new AccentedQuery(exact, folded, 2f));
            TopDocs b = s.search(lucene(exact, folded), new TopFieldCollectorManager(byDay, 30, null, 30));
            TopFieldCollector.populateScores(b.scoreDocs, s, lucene(exact, folded));
            assertThat(hits(a)).isEqualTo(hits(b));
        }
    }

    @Test
    void explainsTheScoreItGives() throws IOException {
        Query ours = new AccentedQuery(terms(EXACT, "hội đàm"), terms(FOLDED, "hội đàm"), 2f);
        IndexSearcher s = searchers.get(0);
        for (ScoreDoc sd : s.search(ours, 20).scoreDocs) {
            assertThat(s.explain(ours, sd.doc).getValue().floatValue()).isEqualTo(sd.score);
        }
    }

    @Test
    void aPhraseOfSyllablesTheIndexLacksFindsNothing() throws IOException {
        Query ours = new AccentedQuery(terms(EXACT, "hội xyzzy"), terms(FOLDED, "hội xyzzy"), 2f);
        for (IndexSearcher s : searchers) {
            assertThat(s.search(ours, 10).totalHits.value).isZero();
            assertThat(s.count(ours)).isZero();
        }
    }

    private static Query phrase(List<Term> terms) {
        if (terms.size() == 1) {
            return new TermQuery(terms.get(0));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            b.add(terms.get(i), i);
        }
        return b.build();
    }

    /** Doc ids with their scores as bits, in rank order. */
    private static List<String> hits(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(sd -> sd.doc + ":" + Float.floatToIntBits(sd.score)).toList();
    }

    private static List<Term> terms(Analyzer analyzer, String text) throws IOException {
        List<Term> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(new Term(Schema.TEXT, term.toString()));
            }
            ts.end();
        }
        return terms;
    }
}
