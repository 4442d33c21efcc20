package org.nienbieu.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.Article;
import org.nienbieu.model.Sentence;

class ArticleReaderSeedsTest {

    private static final Path SEEDS = Path.of("seeds");

    @Test
    void readsEverySeedWithItsPublicationDate() throws Exception {
        List<ReadResult> results = new ArrayList<>();
        new CorpusReader(2).read(SEEDS, results::add);
        assertThat(results).hasSize(5).allMatch(ReadResult::isOk);
        assertThat(results.get(0).article().orElseThrow().published()).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(results.get(4).article().orElseThrow().published()).isEqualTo(LocalDate.of(2025, 8, 7));
    }

    @Test
    void sentenceTextIsExactlyTheSliceOfTheFile() throws Exception {
        List<ReadResult> results = new ArrayList<>();
        new CorpusReader(1).read(SEEDS, results::add);
        for (ReadResult r : results) {
            Article a = r.article().orElseThrow();
            for (Sentence s : a.sentences()) {
                assertThat(a.slice(s.start(), s.end())).isEqualTo(s.text());
            }
        }
    }

    @Test
    void keepsAQuotationWithItsSentence() throws Exception {
        Article a = ArticleReader.read(SEEDS.resolve("000_a19bd3d2391c6770.txt"), "000");
        assertThat(a.sentences()).extracting(Sentence::text).contains(
                "Ông nói: “Ông Zelensky sẽ đến Nhà Trắng vào thứ Sáu (ngày 17/10). Tôi sẽ có mặt ở đó vì họ muốn tôi tham dự, nhưng tôi nghĩ nếu có thể, chúng ta nên để ông Putin gọi cho ông Trump trước cuộc gặp đó”.",
                "Ảnh: AFP.");
    }
}
