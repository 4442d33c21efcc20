package org.nienbieu.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.TimeExpression;

/** Offsets point into the file as stored, whatever its normalisation or tone placement. */
class TimeExpressionOffsetsTest {

    private final TimeExpressionResolver resolver = new TimeExpressionResolver();

    private static int codePointIndex(String text, String part) {
        int charIndex = text.indexOf(part);
        assertThat(charIndex).as("'%s' in the text", part).isNotNegative();
        return text.codePointCount(0, charIndex);
    }

    @Test
    void offsetsSurviveDecomposedTextAndOldTonePlacement() throws Exception {
        String composed = " date 2025-12-01 Hôm qua (30/11), phái đoàn đã hoà đàm tại Florida. "
                + "Thuỷ thủ đoàn sẽ trở về vào thứ Hai tuần tới, còn Thủ tướng sẽ thăm Nhật Bản vào giữa tháng 12.";
        String stored = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(stored).isNotEqualTo(composed);
        Article article = ArticleReader.parse("nfd", stored);

        List<TimeExpression> found = resolver.resolve(article);

        assertThat(found).extracting(TimeExpression::text).containsExactly(
                Normalizer.normalize("Hôm qua (30/11)", Normalizer.Form.NFD),
                Normalizer.normalize("thứ Hai tuần tới", Normalizer.Form.NFD),
                Normalizer.normalize("giữa tháng 12", Normalizer.Form.NFD));
        for (TimeExpression e : found) {
            assertThat(article.slice(e.start(), e.end())).isEqualTo(e.text());
            assertThat(e.start()).isEqualTo(codePointIndex(stored, e.text()));
            assertThat(e.end() - e.start()).isEqualTo(e.text().codePointCount(0, e.text().length()));
        }
        assertThat(found.get(0).date()).isEqualTo(DateSpan.day(LocalDate.of(2025, 11, 30)));
        assertThat(found.get(1).date()).isEqualTo(DateSpan.day(LocalDate.of(2025, 12, 8)));
    }

    @Test
    void offsetsCountCodePointsPastASurrogatePairAndABom() throws Exception {
        String stored = "\uFEFF date 2025-12-04 Ảnh 📷 minh hoạ. Sáng nay 😀, Chủ tịch nước lên đường thăm Hàn Quốc.";
        Article article = ArticleReader.parse("emoji", stored);

        List<TimeExpression> found = resolver.resolve(article);

        assertThat(found).hasSize(1);
        TimeExpression e = found.get(0);
        assertThat(e.text()).isEqualTo("Sáng nay");
        assertThat(e.start()).isEqualTo(codePointIndex(stored, "Sáng nay"));
        assertThat(article.slice(e.start(), e.end())).isEqualTo("Sáng nay");
        assertThat(e.date()).isEqualTo(DateSpan.day(LocalDate.of(2025, 12, 4)));
    }
}
