package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;

/** The body analysed once gives each document the terms analysing its own text would give. */
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
        for (Document passage : docs.subList(1, docs.size())) {
            assertThat(indexed(passage)).isEqualTo(analysed(passage.get(Schema.TEXT))).isNotEmpty();
        }
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
