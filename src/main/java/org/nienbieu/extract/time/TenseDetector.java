package org.nienbieu.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.nienbieu.extract.time.PhraseTable.Hit;

/**
 * Decides the tense around a time expression from the markers of its sentence ({@code sẽ},
 * {@code dự kiến}, {@code sắp} forward; {@code đã}, {@code vừa} backward). Sentences mix tenses
 * ("đã thông báo hội đàm sẽ diễn ra vào chiều 2/12"), so the marker that governs an expression is
 * the nearest one before it in its clause, else after it in its clause, else the nearest in the
 * sentence. Markers inside time expressions themselves ({@code vừa qua}) are not counted.
 */
final class TenseDetector {

    private record Marker(int start, int end, Tense tense) {
    }

    private final PhraseTable<Tense> markers;

    TenseDetector(TimeVocabulary vocabulary) {
        this.markers = vocabulary.tenseMarkers;
    }

    /** The tense of each candidate, in order. */
    List<Tense> tenses(List<Token> tokens, List<TimeScanner.Candidate> candidates) {
        boolean[] inside = new boolean[tokens.size()];
        for (TimeScanner.Candidate c : candidates) {
            for (int k = c.firstToken(); k < c.endToken(); k++) {
                inside[k] = true;
            }
        }
        List<Marker> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit<Tense> hit = inside[i] ? null : markers.longest(tokens, i);
            if (hit != null) {
                found.add(new Marker(i, hit.end(), hit.value()));
                i = hit.end();
            } else {
                i++;
            }
        }
        List<Tense> out = new ArrayList<>(candidates.size());
        for (TimeScanner.Candidate c : candidates) {
            out.add(tenseOf(tokens, found, c.firstToken(), c.endToken()));
        }
        return out;
    }

    private static Tense tenseOf(List<Token> tokens, List<Marker> found, int first, int end) {
        if (found.isEmpty()) {
            return Tense.NONE;
        }
        int clauseStart = first;
        while (clauseStart > 0 && !isClauseBreak(tokens.get(clauseStart - 1))) {
            clauseStart--;
        }
        int clauseEnd = end;
        while (clauseEnd < tokens.size() && !isClauseBreak(tokens.get(clauseEnd))) {
            clauseEnd++;
        }
        Marker before = null;
        Marker after = null;
        Marker nearest = null;
        int best = Integer.MAX_VALUE;
        for (Marker m : found) {
            if (m.end() <= first && m.start() >= clauseStart) {
                before = m; // the last one before wins
            }
            if (after == null && m.start() >= end && m.end() <= clauseEnd) {
                after = m;
            }
            int distance = m.end() <= first ? first - m.end() : m.start() - end;
            if (distance >= 0 && distance < best) {
                best = distance;
                nearest = m;
            }
        }
        Marker chosen = before != null ? before : after != null ? after : nearest;
        return chosen == null ? Tense.NONE : chosen.tense();
    }

    private static boolean isClauseBreak(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.lower().charAt(0);
        return c == ',' || c == ';' || c == ':' || c == '“' || c == '”' || c == '"' || c == '–' || c == '—'
                || c == '-' || c == '.' || c == '!' || c == '?';
    }
}
