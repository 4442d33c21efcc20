package org.nienbieu.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nienbieu.article.VietnameseNormalizer;

class GazetteerResourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"people.tsv", "organisations.tsv", "places.tsv", "media.tsv", "nationalities.tsv",
            "titles.txt", "cues.tsv"})
    void everyVocabularyIsWrittenInTheNormalisedFormTheTextIsMatchedIn(String file) throws Exception {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/org/nienbieu/extract/entity/" + file)) {
            assertThat(in).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                assertThat(VietnameseNormalizer.normalize(line)).as(file + ": " + line).isEqualTo(line);
            }
        }
    }
}
