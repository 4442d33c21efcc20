package org.nienbieu.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.Sentence;

/**
 * The scanner skips tokens that open no rule (see {@code TimeVocabulary.RULE_OPENERS}); on real
 * articles, asking every rule at every token finds exactly the same expressions, so a rule that
 * learns to start at a new word without its opener being listed fails here.
 */
class TimeScannerOpenersTest {

    private static final TimeVocabulary VOCABULARY = new TimeVocabulary();
    private static final TimeScanner SCANNER = new TimeScanner(VOCABULARY);

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "src/test/resources/gold/articles", "src/test/resources/gold-heldout/articles"})
    void skippingNonOpenersFindsWhatAskingEveryRuleFinds(String folder) throws Exception {
        int sentences = 0;
        for (Path file : articles(Path.of(folder))) {
            Article article = ArticleReader.read(file, file.getFileName().toString());
            String view = article.analysis().normalized();
            for (Sentence s : article.sentences()) {
                List<Token> tokens = Tokenizer.tokenize(view, s.analysisStart(), s.analysisEnd());
                assertThat(SCANNER.scan(tokens, true)).as(s.text()).isEqualTo(SCANNER.scan(tokens, false));
                sentences++;
            }
        }
        assertThat(sentences).isPositive();
    }

    private static List<Path> articles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
