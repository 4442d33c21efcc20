package org.nienbieu.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.nienbieu.extract.time.PhraseTable.Hit;

/**
 * Decides the tense around a time expression from the markers of its sentence ({@code sẽ},
 * {@code dự kiến}, {@code sắp} forward; {@code đã}, {@code vừa} backward). Sentences mix tenses
 * ("đã thông báo hội đàm sẽ diễn ra vào chiều 2/12"), so the marker that governs an expression is
 * the nearest one before it in its clause, else after it in its clause, else the nearest in the
 * sentence. Markers inside time expressions themselves ({@code vừa qua}) are not counted. Clause
 * bounds are precomputed and markers found by binary search, so a huge sentence stays linear.
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
        int n = tokens.size();
        boolean[] inside = new boolean[n];
        for (TimeScanner.Candidate c : candidates) {
            for (int k = c.firstToken(); k < c.endToken(); k++) {
                inside[k] = true;
            }
        }
        List<Marker> found = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Hit<Tense> hit = inside[i] ? null : markers.longest(tokens, i);
            if (hit != null) {
                found.add(new Marker(i, hit.end(), hit.value()));
                i = hit.end();
            } else {
                i++;
            }
        }
        List<Tense> out = new ArrayList<>(candidates.size());
        if (found.isEmpty()) {
            candidates.forEach(c -> out.add(Tense.NONE));
            return out;
        }
        int[] clauseStart = new int[n + 1]; // first token of the clause holding token k
        for (int k = 0; k < n; k++) {
            clauseStart[k] = k > 0 && !isClauseBreak(tokens.get(k - 1)) ? clauseStart[k - 1] : k;
        }
        int[] clauseEnd = new int[n + 1]; // first clause break at or after token k
        clauseEnd[n] = n;
        for (int k = n - 1; k >= 0; k--) {
            clauseEnd[k] = isClauseBreak(tokens.get(k)) ? k : clauseEnd[k + 1];
        }
        for (TimeScanner.Candidate c : candidates) {
            out.add(tenseOf(found, c.firstToken(), c.endToken(), clauseStart[c.firstToken()], clauseEnd[c.endToken()]));
        }
        return out;
    }

    private static Tense tenseOf(List<Marker> found, int first, int end, int clauseStart, int clauseEnd) {
        int after = firstStartingAtOrAfter(found, end);
        Marker next = after < found.size() ? found.get(after) : null;
        Marker previous = null;
        for (int k = after - 1; k >= 0; k--) { // markers never overlap the candidate: one step back
            if (found.get(k).end() <= first) {
                previous = found.get(k);
                break;
            }
        }
        if (previous != null && previous.start() >= clauseStart) {
            return previous.tense();
        }
        if (next != null && next.end() <= clauseEnd) {
            return next.tense();
        }
        if (previous == null) {
            return next == null ? Tense.NONE : next.tense();
        }
        if (next == null) {
            return previous.tense();
        }
        return first - previous.end() <= next.start() - end ? previous.tense() : next.tense();
    }

    private static int firstStartingAtOrAfter(List<Marker> found, int token) {
        int lo = 0;
        int hi = found.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (found.get(mid).start() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
