package org.nienbieu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event extractor judged on the hand-annotated gold articles (src/test/resources/gold, other
 * people, places and topics than the seeds, annotated independently of the code). An extracted
 * event reported in an article matches a gold event of that article when the types agree, one of
 * its sentences contains the gold evidence, and the dates are compatible (see {@link GoldEvaluation}).
 * Precision and recall are counted over (event, article) pairs and must both exceed 0.9, the bar.
 */
class EventEvaluationTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static GoldEvaluation.Events events;

    @BeforeAll
    static void extract() throws Exception {
        events = GoldEvaluation.events(GOLD);
    }

    @Test
    void findsTheGoldEventsWithPrecisionAndRecallAbove90Percent() throws Exception {
        GoldEvaluation.EventScore score = events.score();
        GoldEvaluation.report("evaluation-events-gold.txt", score.report());
        assertThat(score.recall()).as(score.summary()).isGreaterThan(0.9);
        assertThat(score.precision()).as(score.summary()).isGreaterThan(0.9);
    }

    @Test
    void mergesTheSameEventReportedByDifferentArticles() {
        GoldEvaluation.SameAsScore sameAs = events.sameAs();
        assertThat(sameAs.merged()).as("same-as groups merged into one event: %s", sameAs.groups())
                .isGreaterThanOrEqualTo(sameAs.groups().size() * 6 / 10);
    }
}
