package org.nienbieu.extract.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the time expressions of one sentence and reads each into a {@link Mention}: a
 * left-to-right pass over its tokens that, at every token, tries the rules of the grammar of
 * Vietnamese dates (one class each: {@link RangeRule}, {@link RelativeRule}, {@link DayRule},
 * {@link WeekdayRule}, {@link PeriodRule}, {@link SeasonRule}) and keeps the longest match, so
 * {@code thứ Sáu (ngày 17/10)} wins over {@code thứ Sáu}; {@link Restatements} then joins what
 * brackets add. Every rule looks a bounded number of tokens ahead, so a sentence costs linear
 * time. It decides what is a date, never which day: that is {@link Mention#resolve}'s job.
 */
final class TimeScanner {

    /**
     * A found expression: char range in the analysis view, token range, what it says, and the
     * direction its surroundings suggest when its clause has no tense (null for none).
     */
    record Candidate(int start, int end, int firstToken, int endToken, Mention mention, Tense lean) {
    }

    private final TimeVocabulary vocabulary;

    TimeScanner(TimeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Candidate> scan(List<Token> tokens) {
        return scan(tokens, true);
    }

    /**
     * As {@link #scan(List)}; {@code skipNonOpeners} false asks every rule at every token, which
     * tests use to show that skipping changes nothing.
     */
    List<Candidate> scan(List<Token> tokens, boolean skipNonOpeners) {
        // the rules read one sentence's tokens: cheap objects, made anew for each sentence
        Tokens tk = new Tokens(tokens, vocabulary.firstWords);
        TimeVocabulary v = vocabulary;
        MonthNames months = new MonthNames(tk, v);
        Counts counts = new Counts(tk, v);
        DateRule dates = new DateRule(tk, v, months);
        RangeRule ranges = new RangeRule(tk, v, dates, months, counts);
        RelativeRule relatives = new RelativeRule(tk, v, months, counts);
        DayRule days = new DayRule(tk, v, dates);
        WeekdayRule weekdays = new WeekdayRule(tk, v, dates);
        PeriodRule periods = new PeriodRule(tk, v, months, counts);
        SeasonRule seasons = new SeasonRule(tk, v);
        Restatements restatements = new Restatements(tk, v, dates);
        ClockRule clocks = new ClockRule(tk);
        List<Candidate> out = new ArrayList<>();
        int n = tk.size();
        int i = 0;
        while (i < n) {
            if (skipNonOpeners && !mayOpen(tk, i)) {
                i++; // most tokens: no rule starts at a word that is no opener, punctuation
                continue;
            }
            Match best = longer(null, ranges.range(i));
            best = longer(best, ranges.countFrom(i));
            best = longer(best, relatives.relative(i));
            best = longer(best, days.day(i));
            best = longer(best, weekdays.weekday(i));
            best = longer(best, periods.period(i));
            best = longer(best, seasons.season(i));
            int from = i;
            if (best == null) {
                int clockEnd = clocks.end(i);
                if (clockEnd > 0) {
                    best = clockedDay(days, weekdays, clockEnd);
                    if (best == null && clocks.heading(i, clockEnd)) {
                        best = new Match(clockEnd, new Mention.Deictic(0)); // "16h20: ..." in a live blog
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            best = restatements.restated(best);
            Tense lean = EventPhrases.datesAnEventAhead(tk, from) ? Tense.FORWARD : null;
            out.add(new Candidate(tk.get(from).start(), tk.get(best.end() - 1).end(), from, best.end(), best.mention(), lean));
            tk.lastEnd(best.end());
            i = best.end();
        }
        return out;
    }

    /**
     * Whether a rule may start an expression at token {@code i}: a number, or a word that is a
     * table's first word or one of the vocabulary's rule openers.
     */
    private static boolean mayOpen(Tokens tk, int i) {
        Token t = tk.get(i);
        return t.isNum() || t.isWord() && tk.firstWordMask(i) != 0;
    }

    /** {@code m} when it ends after {@code best} (the first of equals wins), else {@code best}. */
    private static Match longer(Match best, Match m) {
        return m != null && (best == null || m.end() > best.end()) ? m : best;
    }

    /** The day a clock time is on: {@code 9 giờ [sáng 14/10]}, {@code 10 giờ [cùng ngày]}, {@code 8h [thứ Hai]}. */
    private static Match clockedDay(DayRule days, WeekdayRule weekdays, int at) {
        Match day = days.day(at);
        Match weekday = weekdays.weekday(at);
        return weekday != null && (day == null || weekday.end() > day.end()) ? weekday : day;
    }
}
