package org.nienbieu.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nienbieu.model.AnalysisText;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;
import org.nienbieu.model.Sentence;
import org.nienbieu.model.TimeExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds every time expression in an article body and places it on the calendar: sentence by
 * sentence over the normalised view, the {@link TimeScanner} reads the words, the
 * {@link TenseDetector} gives each its clause's tense, and {@link Mention#resolve} turns it into
 * a {@link DateSpan} against the publication date and the date last mentioned. Offsets are mapped
 * back to code points of the file as stored, so each result's text is exactly its slice.
 * Vocabularies load once in the constructor; an instance is immutable and thread-safe.
 */
public final class TimeExpressionResolver {

    private static final Logger LOG = LoggerFactory.getLogger(TimeExpressionResolver.class);

    private final TimeScanner scanner;
    private final TenseDetector tenses;

    public TimeExpressionResolver() {
        TimeVocabulary vocabulary = new TimeVocabulary();
        this.scanner = new TimeScanner(vocabulary);
        this.tenses = new TenseDetector(vocabulary);
    }

    /** Every time expression in the body of {@code article}, sorted by start offset. */
    public List<TimeExpression> resolve(Article article) {
        AnalysisText analysis = article.analysis();
        String view = analysis.normalized();
        LocalDate dct = article.published();
        List<TimeExpression> out = new ArrayList<>();
        DateSpan anchor = null;
        LocalDate lastDay = null;
        SourceSlicer slicer = new SourceSlicer(article);
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = Tokenizer.tokenize(view, sentence.analysisStart(), sentence.analysisEnd());
            List<TimeScanner.Candidate> candidates = scanner.scan(tokens);
            if (candidates.isEmpty()) {
                continue;
            }
            List<Tense> tenseOf = tenses.tenses(tokens, candidates);
            for (int k = 0; k < candidates.size(); k++) {
                TimeScanner.Candidate c = candidates.get(k);
                int start = analysis.sourceOffset(c.start());
                int end = analysis.sourceEnd(c.end());
                String text = slicer.slice(start, end);
                DateSpan span;
                try {
                    Tense tense = tenseOf.get(k) == Tense.NONE && c.lean() != null ? c.lean() : tenseOf.get(k);
                    span = c.mention().resolve(new ResolutionContext(dct, tense, anchor, lastDay));
                } catch (DateTimeException e) {
                    LOG.debug("{}: '{}' names no real day ({}); left out", article.name(), text, e.getMessage());
                    continue;
                }
                checkWeekday(article, text, c.mention(), span);
                if (setsAnchor(c.mention(), span)) {
                    anchor = span;
                    lastDay = span.precision() == Precision.DAY ? span.start() : lastDay;
                }
                out.add(new TimeExpression(text, start, end, span));
            }
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return List.copyOf(out);
    }

    /**
     * Days actually named in the text become the reference of "cùng ngày" and "hai ngày sau"; windows
     * do not.
     */
    private static boolean setsAnchor(Mention mention, DateSpan span) {
        return !(mention instanceof Mention.Window) && !(mention instanceof Mention.WeekPart)
                && (span.precision() == Precision.DAY || span.precision() == Precision.DAYS);
    }

    /** {@code thứ Năm (30/10)} when 30/10 is no Thursday: the date wins, the slip is reported. */
    private static void checkWeekday(Article article, String text, Mention mention, DateSpan span) {
        if (mention instanceof Mention.Restated r && r.primary() instanceof Mention.Weekday w && span.isDated()
                && span.precision() == Precision.DAY && span.start().getDayOfWeek().getValue() != w.dayOfWeek()) {
            LOG.warn("{}: '{}' names a weekday that {} is not (it is a {}); the date wins",
                    article.name(), text, span.start(), span.start().getDayOfWeek());
        }
    }
}
