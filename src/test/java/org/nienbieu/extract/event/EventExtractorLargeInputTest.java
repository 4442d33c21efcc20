package org.nienbieu.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.TimeExpression;

/**
 * One huge line (no sentence break, many triggers, names and quotes) is extracted in bounded time.
 * A safety net against quadratic work, not a speed measurement: the bound is generous.
 */
class EventExtractorLargeInputTest {

    private static final String UNIT = "ông Lavrov gặp ông Vương Nghị tại Bắc Kinh, “cuộc gặp đó” và các cuộc đàm phán sẽ diễn ra, ";

    private static void extract(int units) throws Exception {
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
        ArticleEvents ae = new EventExtractor().extract(a, List.<TimeExpression>of(), spans);
        assertThat(ae.events()).isNotEmpty();
        assertThat(ae.quotes()).hasSize(units);
    }

    private static void add(List<EntitySpan> spans, int at, String surface, String id, String kind) {
        int start = at + UNIT.indexOf(surface);
        spans.add(new EntitySpan(id, surface, kind, Optional.empty(), Optional.empty(), start, start + surface.length()));
    }

    @Test
    void aFourMegabyteLineFinishesInBoundedTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extract(40_000)); // about 4 MB
    }
}
