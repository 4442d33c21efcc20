package org.nienbieu.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nienbieu.article.ArticleReader;
import org.nienbieu.model.Article;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityKind;
import org.nienbieu.model.EntityMention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Precision and recall of recognition on {@link SentenceTable}, with a floor for each. */
class EntityRecognizerSentencesTest {

    private static final Logger LOG = LoggerFactory.getLogger(EntityRecognizerSentencesTest.class);
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    record Score(int truePositives, int falsePositives, int falseNegatives, int rolesRight, int rolesExpected,
                 List<String> errors) {
        double precision() {
            return truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) (truePositives + falseNegatives);
        }
    }

    static Score score() throws Exception {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int rolesRight = 0;
        int rolesExpected = 0;
        List<String> errors = new ArrayList<>();
        for (String row : SentenceTable.ROWS.strip().split("\n")) {
            String[] cols = row.split("\\|");
            String sentence = cols[0].strip();
            Article a = ArticleReader.parse("row", "date 2025-06-01\n" + sentence + "\n");
            ArticleEntities found = RECOGNIZER.recognise(a);
            for (EntityMention m : found.mentions()) {
                assertThat(a.slice(m.start(), m.end())).isEqualTo(m.surface());
            }
            Set<String> predicted = new LinkedHashSet<>();
            for (Entity e : found.entities()) {
                predicted.add(key(e.kind(), e.canonicalName()));
            }
            Set<String> expected = new LinkedHashSet<>();
            String want = cols[1].strip();
            for (String item : want.equals("-") ? new String[0] : want.split(";")) {
                String[] kv = item.strip().split("=", 2);
                String[] nameRole = kv[1].split("/", 2);
                String k = key(kind(kv[0]), nameRole[0]);
                expected.add(k);
                if (nameRole.length == 2 && predicted.contains(k)) {
                    rolesExpected++;
                    String id = found.entities().stream().filter(e -> key(e.kind(), e.canonicalName()).equals(k))
                            .findFirst().orElseThrow().id();
                    boolean right = found.mentions().stream().anyMatch(m -> m.entityId().equals(id)
                            && m.role().map(r -> r.equalsIgnoreCase(nameRole[1])).orElse(false));
                    if (right) {
                        rolesRight++;
                    } else {
                        errors.add("ROLE " + k + " wanted " + nameRole[1] + " in: " + sentence);
                    }
                }
            }
            for (String p : predicted) {
                if (expected.contains(p)) {
                    tp++;
                } else {
                    fp++;
                    errors.add("FP " + p + " in: " + sentence);
                }
            }
            for (String e : expected) {
                if (!predicted.contains(e)) {
                    fn++;
                    errors.add("FN " + e + " in: " + sentence);
                }
            }
        }
        return new Score(tp, fp, fn, rolesRight, rolesExpected, errors);
    }

    private static String key(EntityKind kind, String name) {
        return kind + "=" + name.toLowerCase(Locale.ROOT);
    }

    private static EntityKind kind(String letter) {
        return switch (letter) {
            case "P" -> EntityKind.PERSON;
            case "O" -> EntityKind.ORGANISATION;
            case "G" -> EntityKind.GOVERNMENT;
            case "C" -> EntityKind.COUNTRY;
            case "L" -> EntityKind.PLACE;
            case "M" -> EntityKind.MEDIA;
            default -> throw new IllegalArgumentException(letter);
        };
    }

    @Test
    void precisionAndRecallOnUnseenSentencesStayAboveTheFloor() throws Exception {
        Score s = score();
        LOG.info("sentence table: precision {} recall {} (tp {} fp {} fn {}), roles {}/{}",
                String.format("%.3f", s.precision()), String.format("%.3f", s.recall()),
                s.truePositives(), s.falsePositives(), s.falseNegatives(), s.rolesRight(), s.rolesExpected());
        s.errors().forEach(e -> LOG.info("  {}", e));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "entity-sentence-score.txt"),
                String.format("precision %.3f recall %.3f tp %d fp %d fn %d roles %d/%d%n", s.precision(), s.recall(),
                        s.truePositives(), s.falsePositives(), s.falseNegatives(), s.rolesRight(), s.rolesExpected())
                        + String.join("\n", s.errors()) + "\n");
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.85);
    }
}
