package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Sentence;

/** A passage hit shows its own sentence and its article's date, though only the article stores them. */
class StoredValuesTest {

    @TempDir
    Path dir;

    @Test
    void passageHitsShowTheirSentenceAndDateAfterOtherArticlesAndAnUpdate() throws Exception {
        Article first = ArticleReader.parse("a.txt", " date 2025-06-02\nPhái đoàn 🇻🇳 đến Budapest 🙂 sáng nay. "
                + "Thủ tướng uỷ quyền cho Bộ trưởng.\n\nĐoàn đa\u0300m pha\u0301n rời đi ngày 17/10.\n");
        Article second = ArticleReader.parse("b.txt", " date 2024-01-15\nHai bên hội đàm tại Hà Nội. "
                + "Đoàn rời đi.\n");
        Article secondAgain = ArticleReader.parse("b.txt", " date 2024-01-16\nMột câu mới. Hai bên hội đàm lần nữa. "
                + "Đoàn rời đi.\n");
        try (IndexStore store = IndexStore.openWritable(dir)) {
            store.putArticle(indexed(second));
            store.putArticle(indexed(first));
            store.commit(IndexStore.Commit.COMPLETE);
            store.putArticle(indexed(secondAgain));
            store.commit(IndexStore.Commit.COMPLETE);
        }
        try (SearchService search = SearchService.open(dir)) {
            List<SearchHit> hits = search.search(SearchRequest.of("").withKind(Schema.Kind.PASSAGE).withLimit(100))
                    .hits();
            assertThat(hits).hasSize(first.sentences().size() + secondAgain.sentences().size());
            for (SearchHit h : hits) {
                Article a = h.article().equals("a.txt") ? first : secondAgain;
                Sentence s = a.sentences().stream().filter(x -> x.start() == h.start()).findFirst().orElseThrow();
                assertThat(h.text()).isEqualTo(s.text());
                assertThat(h.end()).isEqualTo(s.end());
                assertThat(h.id()).isEqualTo("p:" + a.name() + "#" + s.index());
                assertThat(h.date()).isEqualTo(DateSpan.day(a.published()));
            }
            assertThat(search.search(SearchRequest.of("hội đàm").withKind(Schema.Kind.PASSAGE)
                    .withFrom(LocalDate.of(2024, 1, 16)).withTo(LocalDate.of(2024, 1, 16))).hits())
                    .extracting(SearchHit::text).containsExactly("Hai bên hội đàm lần nữa.");
        }
    }

    private static IndexedArticle indexed(Article a) {
        return new IndexedArticle(a.name(), new FileStamp(a.text().length(), 0, ""), a, "{}");
    }
}
