package org.nienbieu.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.TimeExpression;

/** One huge line (no sentence break, many triggers, names and quotes) is read in linear time. */
class EventExtractorLargeInputTest {

    private static final String UNIT = "ông Lavrov gặp ông Vương Nghị tại Bắc Kinh, “cuộc gặp đó” và các cuộc đàm phán sẽ diễn ra, ";

    private static long millis(int units) throws Exception {
        String body = UNIT.repeat(units);
        Article a = ArticleReader.parse("big.txt", " date " + LocalDate.of(2024, 3, 10) + " " + body);
        int base = a.text().indexOf(body); // BMP text: char offsets are code-point offsets
        List<EntitySpan> spans = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            int at = base + u * UNIT.length();
            add(spans, at, "Lavrov", "person:sergei-lavrov", "PERSON");
            add(spans, at, "Vương Nghị", "person:vuong-nghi", "PERSON");
            add(spans, at, "Bắc Kinh", "place:bac-kinh", "PLACE");
        }
        long start = System.nanoTime();
        ArticleEvents ae = new EventExtractor().extract(a, List.<TimeExpression>of(), spans);
        long took = (System.nanoTime() - start) / 1_000_000;
        assertThat(ae.events()).hasSize(1);
        assertThat(ae.quotes()).hasSize(units);
        return took;
    }

    private static void add(List<EntitySpan> spans, int at, String surface, String id, String kind) {
        int start = at + UNIT.indexOf(surface);
        spans.add(new EntitySpan(id, surface, kind, Optional.empty(), Optional.empty(), start, start + surface.length()));
    }

    @Test
    void aMultiMegabyteLineIsLinear() throws Exception {
        millis(2_000); // warm up
        long small = Math.max(1, millis(10_000));
        long large = millis(40_000); // about 4 MB
        assertThat(large).as("4× the input in %d ms vs %d ms", large, small).isLessThan(small * 7 + 1_000);
    }
}
