package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;

/** The body analysed once gives each document the terms analysing its own text would give; passages stay small. */
class DocumentsTest {

    private static final Analyzer ANALYZER = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT_AND_FOLDED);

    @ParameterizedTest
    @ValueSource(strings = {
            "Đàm PHÁN về kế hoạch hoà bình 28 điểm đã diễn ra tại Hà Nội. Hai bên nhất trí tiếp tục.\n\n"
                    + "Ông Witkoff nói: \"Chúng tôi sẽ gặp lại\". Đoàn đa\u0300m pha\u0301n rời đi ngày 17/10.",
            "Phái đoàn 🇻🇳 đến Budapest 🙂 sáng nay. Thủ tướng uỷ quyền cho Bộ trưởng khoẻ mạnh.\n\nKhông ai bình luận.",
            "Một câu duy nhất không có dấu chấm"})
    void articleAndPassagesIndexTheTermsOfTheirOwnText(String body) throws Exception {
        Article article = ArticleReader.parse("a.txt", " date 2025-06-02\n" + body + "\n");
        List<Document> docs = Documents.article(new IndexedArticle("a.txt", new FileStamp(1, 0, ""), article, "{}"));
        assertThat(docs).hasSize(article.sentences().size() + 1);
        assertThat(indexed(docs.get(0))).isEqualTo(analysed(docs.get(0).get(Schema.TEXT))).isNotEmpty();
        for (int i = 0; i < article.sentences().size(); i++) {
            assertThat(indexed(docs.get(i + 1))).isEqualTo(analysed(article.sentences().get(i).text())).isNotEmpty();
        }
    }

    @Test
    void passagesStoreNoTextOrDateOfTheirOwnAndShareTheArticlesDayFields() throws Exception {
        Article article = ArticleReader.parse("a.txt", " date 2025-06-02\nHai bên hội đàm. Không ai bình luận.\n");
        List<Document> docs = Documents.article(new IndexedArticle("a.txt", new FileStamp(1, 0, ""), article, "{}"));
        for (Document passage : docs.subList(1, docs.size())) {
            assertThat(passage.getFields()).filteredOn(f -> f.fieldType().stored()).extracting(IndexableField::name)
                    .containsExactlyInAnyOrder(Schema.KIND, Schema.ID, Schema.ARTICLE, Schema.SENTENCE, Schema.START,
                            Schema.END);
            assertThat(passage.getFields(Schema.DATE_SORT)).containsExactly(docs.get(0).getFields(Schema.DATE_SORT));
        }
    }

    /** The day fields are built by hand for speed; they must be what FacetsConfig would have built. */
    @Test
    void dayFieldsCarryTheMonthFacetAsFacetsConfigBuildsIt() throws Exception {
        LocalDate day = LocalDate.of(2025, 6, 2);
        Document viaConfig = new Document();
        viaConfig.add(new SortedSetDocValuesFacetField(Schema.DIM_MONTH, "2025-06"));
        viaConfig = Schema.facetsConfig().build(viaConfig);
        List<String> built = new ArrayList<>();
        for (IndexableField f : viaConfig) {
            built.add(describe(f));
        }
        List<String> byHand = Documents.dayFields(day).stream().filter(f -> f.name().startsWith("$"))
                .map(DocumentsTest::describe).toList();
        assertThat(byHand).isEqualTo(built);
    }

    private static String describe(IndexableField f) {
        return f.name() + " " + f.fieldType().indexOptions() + " " + f.fieldType().docValuesType() + " "
                + f.binaryValue().utf8ToString();
    }

    /** Term and position increment of each token the document's indexed text field produces. */
    private static List<String> indexed(Document doc) throws IOException {
        for (IndexableField f : doc.getFields(Schema.TEXT)) {
            if (f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE) {
                return VietnameseAnalyzerTest.termsAndIncrements(f.tokenStream(ANALYZER, null));
            }
        }
        throw new AssertionError("no indexed text field");
    }

    private static List<String> analysed(String text) throws IOException {
        return VietnameseAnalyzerTest.termsAndIncrements(ANALYZER.tokenStream(Schema.TEXT, text));
    }
}
