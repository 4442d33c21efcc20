package org.nienbieu.ui;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching what users type: lower case, diacritics removed, {@code đ} as {@code d},
 * so that "hoa binh", "Hòa Bình" and "hoà bình" all meet. Both what is searched and what is typed
 * go through the same fold.
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private Folding() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** The folded words of {@code text}, empty when it is blank. */
    static String[] words(String text) {
        String folded = fold(text).strip();
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }
}
