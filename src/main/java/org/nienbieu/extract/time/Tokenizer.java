package org.nienbieu.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.nienbieu.extract.Syllables;

/**
 * Splits a stretch of the analysis view into {@link Token}s in one linear pass, with no regular
 * expression: a line of two million digits and slashes becomes one number token, which the date
 * parser then rejects by length, so hostile input costs linear time.
 */
final class Tokenizer {

    /** Words lower-cased char by char, each distinct word once per thread. */
    private static final ThreadLocal<Syllables> LOWER = Syllables.perThread(Tokenizer::lower);

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Syllables syllables = LOWER.get();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (isLetter(c)) {
                int j = i + 1;
                while (j < to && isLetter(text.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(i, j, Token.Kind.WORD, syllables.fold(text, i, j), Character.isUpperCase(c), false));
                i = j;
            } else if (isDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (isDigit(d)) {
                        j++;
                    } else if (isSeparator(d) && j + 1 < to && isDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                tokens.add(new Token(i, j, Token.Kind.NUM, text.substring(i, j), false, glued(text, from, to, i, j)));
                i = j;
            } else {
                tokens.add(new Token(i, i + 1, Token.Kind.PUNCT, String.valueOf(c), false, false));
                i++;
            }
        }
        return tokens;
    }

    /** A number touching letters is part of a name or code, not a date. */
    private static boolean glued(String text, int from, int to, int start, int end) {
        if (start > from) {
            char before = text.charAt(start - 1);
            if (isLetter(before)) {
                return true; // G7, A320
            }
            if (before == '-' && start - 1 > from && isLetter(text.charAt(start - 2))) {
                return true; // Covid-19, F-16
            }
        }
        if (end < to) {
            char after = text.charAt(end);
            if (isLetter(after) || after == '%' || after == '‰') {
                return true; // 10h30, 5km, 50%
            }
            if ((after == '/' || after == '-') && end + 1 < to && isLetter(text.charAt(end + 1))) {
                return true; // 15/2020/NĐ-CP
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '-' || c == '–' || c == '.' || c == ',';
    }

    private static String lower(String word) {
        char[] out = new char[word.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = Character.toLowerCase(word.charAt(k)); // char by char keeps the length
        }
        return new String(out);
    }
}
