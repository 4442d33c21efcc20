package org.nienbieu.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the words of a hit's text that the query matched, {@code <b>like this</b>}, in a fragment
 * around the first match. It re-analyses the stored text with the folded analyzer, so a match
 * found through a folded term ({@code dam phan} in {@code đàm phán}) is marked as well as an
 * exact one, whatever the query's clauses were.
 */
final class Highlighter {

    private static final Analyzer FOLDED = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED);

    private Highlighter() {
    }

    /** The fragment of at most about {@code maxChars} chars around the first match, matches marked. */
    static String highlight(String text, Set<String> foldedTerms, int maxChars) {
        List<int[]> matches = foldedTerms.isEmpty() ? List.of() : matches(text, foldedTerms);
        int from = 0;
        int to = text.length();
        if (to > maxChars) {
            if (!matches.isEmpty()) {
                from = Math.max(0, matches.get(0)[0] - maxChars / 4);
                while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                    from--;
                }
            }
            to = Math.min(text.length(), from + maxChars);
            while (to < text.length() && to > from && !Character.isWhitespace(text.charAt(to))) {
                to--;
            }
            if (to <= from) {
                to = Math.min(text.length(), from + maxChars);
            }
        }
        StringBuilder out = new StringBuilder(to - from + 16);
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (int[] m : matches) {
            if (m[0] < from || m[1] > to) {
                continue;
            }
            out.append(text, at, m[0]).append("<b>").append(text, m[0], m[1]).append("</b>");
            at = m[1];
        }
        out.append(text, at, to);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static List<int[]> matches(String text, Set<String> foldedTerms) {
        List<int[]> found = new ArrayList<>();
        try (TokenStream ts = FOLDED.tokenStream(Schema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (foldedTerms.contains(term.toString()) || prefixOf(term, foldedTerms)) {
                    found.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    // A trailing-wildcard query term is stored with a '*' suffix in the highlight set.
    private static boolean prefixOf(CharTermAttribute term, Set<String> foldedTerms) {
        for (String t : foldedTerms) {
            if (t.endsWith("*") && term.length() >= t.length() - 1
                    && term.toString().startsWith(t.substring(0, t.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
