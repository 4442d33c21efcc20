package org.nienbieu.extract.entity;

import java.util.Arrays;
import org.nienbieu.extract.Syllables;

/**
 * The syllables and punctuation of one stretch of normalised text, as parallel arrays of char
 * offsets: words are runs of letters, digits and marks joined by inner hyphens or apostrophes
 * ({@code Jean-Noël}, {@code O'Brien}); every other non-space char is a one-char token. One pass,
 * no regular expressions, so a huge input costs linear time.
 */
final class Tokens {

    final String text;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] words = new boolean[64];
    private String[] folded = new String[64];
    private int size;
    /** Answers of the gazetteer's tries per token, filled as rules ask (see {@link PhraseTrie}). */
    private final Object[][] memo = new Object[MEMO_SLOTS][];
    private int[] firstSyllableMasks;

    static final int MEMO_SLOTS = 4;

    /** Folds each token's text ({@link Names#fold}, that is lower case in the root locale). */
    private final Syllables syllables = Syllables.lowerCase();

    private Tokens(String text) {
        this.text = text;
    }

    /** Tokens of {@code text[from, to)}. */
    static Tokens of(String text, int from, int to) {
        Tokens t = new Tokens(text);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF') {
                i++;
            } else if (isWordChar(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (isWordChar(d)) {
                        j++;
                    } else if ((d == '-' || d == '\'' || d == '’') && j + 1 < to && isWordChar(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                t.add(i, j, true);
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                t.add(i, j, false);
                i = j;
            }
        }
        return t;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private void add(int start, int end, boolean word) {
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            words = Arrays.copyOf(words, n);
            folded = Arrays.copyOf(folded, n);
        }
        starts[size] = start;
        ends[size] = end;
        words[size] = word;
        folded[size] = syllables.fold(text, start, end); // the same string as Names.fold of the slice
        size++;
    }

    /** The bits {@code firstSyllables} gives token {@code i}'s folded form (looked up for all tokens at once). */
    int firstSyllableMask(int i, java.util.Map<String, Integer> firstSyllables) {
        if (firstSyllableMasks == null) {
            firstSyllableMasks = new int[size];
            for (int k = 0; k < size; k++) {
                Integer m = firstSyllables.get(folded[k]);
                firstSyllableMasks[k] = m == null ? 0 : m;
            }
        }
        return firstSyllableMasks[i];
    }

    @SuppressWarnings("unchecked")
    <T> T memo(int slot, int token) {
        Object[] row = memo[slot];
        return row == null ? null : (T) row[token];
    }

    void remember(int slot, int token, Object answer) {
        if (memo[slot] == null) {
            memo[slot] = new Object[size];
        }
        memo[slot][token] = answer;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && words[i];
    }

    String folded(int i) {
        return folded[i];
    }

    String raw(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The normalised text from the start of token {@code from} to the end of token {@code to - 1}. */
    String span(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }

    /** A word starting with an upper-case letter or a digit-led code ({@code G7} counts via its G). */
    boolean isCapitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(starts[i]));
    }

    /** A word in capitals only, two letters or more ({@code NATO}, {@code AP}). */
    boolean isAllCaps(int i) {
        if (!isWord(i) || ends[i] - starts[i] < 2) {
            return false;
        }
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    boolean isPunct(int i, String chars) {
        return i >= 0 && i < size && !words[i] && chars.indexOf(text.charAt(starts[i])) >= 0;
    }
}
