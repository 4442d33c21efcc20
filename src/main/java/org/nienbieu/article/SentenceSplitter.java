package org.nienbieu.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph of Vietnamese news into sentences, in one linear pass. A sentence ends at
 * {@code . ! ? …} (with any closing quotes or brackets) before whitespace and a capital, a digit
 * or an opening quote; not inside a balanced quotation, not after an abbreviation or an initial
 * ({@code TP.}, {@code J.}), never inside a number ({@code 2,5}, {@code 17/10}).
 */
final class SentenceSplitter {

    /** Abbreviations that end with a dot without ending the sentence (lower-cased). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "tp", "tt", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "mr", "mrs", "ms", "dr", "st",
            "jr", "sr", "co", "inc", "ltd", "corp", "vs", "no", "p", "q", "h", "tx", "thứ");

    /** Beyond this many chars an open quotation is taken to be unbalanced and ignored. */
    private static final int MAX_QUOTE_CHARS = 4000;

    private SentenceSplitter() {
    }

    /** Sentence bounds {@code [start, end)} as char indices of {@code text}, within {@code [from, to)}. */
    static List<int[]> split(String text, int from, int to) {
        List<int[]> bounds = new ArrayList<>();
        int start = skipSpace(text, from, to);
        int curlyDepth = 0;
        int curlyOpenedAt = -1;
        boolean straightOpen = false;
        int straightOpenedAt = -1;
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            boolean quoteClosed = false;
            if (c == '“') {
                if (curlyDepth++ == 0) {
                    curlyOpenedAt = i;
                }
            } else if (c == '”') {
                quoteClosed = curlyDepth == 1;
                curlyDepth = Math.max(0, curlyDepth - 1);
            } else if (c == '"') {
                quoteClosed = straightOpen;
                straightOpen = !straightOpen;
                straightOpenedAt = i;
            }
            // A quotation that ends with its own full stop ends the sentence too: “… Hà Nội.” Sau đó
            if (quoteClosed && i > start && isTerminalRun(text.charAt(i - 1)) && curlyDepth == 0 && !straightOpen) {
                int end = i + 1;
                int next = skipSpace(text, end, to);
                if (next < to && next > end && startsSentence(text.charAt(next))) {
                    bounds.add(new int[] {start, end});
                    start = next;
                    i = next;
                    continue;
                }
            }
            if (curlyDepth > 0 && i - curlyOpenedAt > MAX_QUOTE_CHARS) {
                curlyDepth = 0;
            }
            if (straightOpen && i - straightOpenedAt > MAX_QUOTE_CHARS) {
                straightOpen = false;
            }
            if ((c == '.' || c == '!' || c == '?' || c == '…') && curlyDepth == 0 && !straightOpen) {
                int end = i + 1;
                while (end < to && isTerminalRun(text.charAt(end))) {
                    end++;
                }
                while (end < to && isCloser(text.charAt(end))) {
                    end++;
                }
                int next = skipSpace(text, end, to);
                if (next == to) {
                    break;
                }
                if (next > end && startsSentence(text.charAt(next)) && !(c == '.' && isAbbreviation(text, from, i))) {
                    bounds.add(new int[] {start, end});
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        int end = trimEnd(text, start, to);
        if (end > start) {
            bounds.add(new int[] {start, end});
        }
        return bounds;
    }

    private static boolean isTerminalRun(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘'
                || c == '(' || c == '[' || c == '«' || c == '-' || c == '–' || c == '—';
    }

    /** The word before the dot at {@code dot} is an abbreviation or a single initial. */
    private static boolean isAbbreviation(String text, int from, int dot) {
        int w = dot;
        while (w > from && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        int length = dot - w;
        if (length == 0) {
            return false;
        }
        if (length == 1 && isInitial(text, from, w)) {
            return true; // an initial: "Donald J. Trump", "U.S."
        }
        return ABBREVIATIONS.contains(text.substring(w, dot).toLowerCase(Locale.ROOT));
    }

    /** Words after which a lone capital is a numeral or a letter of a list, not an initial ("quý I."). */
    private static final Set<String> BEFORE_NUMERALS = Set.of(
            "quý", "khóa", "kỳ", "phần", "chương", "mục", "đoạn", "loại", "nhóm", "hạng", "chiến", "thứ", "vòng");

    /**
     * A one-letter word before a dot is an initial when it is a Latin capital after a capitalised
     * word or another initial ("Donald J.", "U.S."). "Nam Á." or "quý I." end sentences.
     */
    private static boolean isInitial(String text, int from, int letter) {
        char c = text.charAt(letter);
        if (c < 'A' || c > 'Z') {
            return false;
        }
        if (letter > from && text.charAt(letter - 1) == '.') {
            return true;
        }
        int end = letter;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > from && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || end == letter) {
            return false;
        }
        String previous = text.substring(start, end);
        return Character.isUpperCase(previous.charAt(0))
                && !BEFORE_NUMERALS.contains(previous.toLowerCase(Locale.ROOT));
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i)) || i < to && text.charAt(i) == '\uFEFF') {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
