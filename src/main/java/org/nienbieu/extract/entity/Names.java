package org.nienbieu.extract.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * String helpers for names: the case folding used to match syllables, the slug used in entity
 * ids, and the spelling key that lets transliteration variants meet ({@code Yury}/{@code Yuri},
 * {@code Zelensky}/{@code Zelenskyy}). Kept here so that ids and matching agree everywhere.
 */
final class Names {

    private Names() {
    }

    /** Lower case of an already NFC string, for syllable lookup. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Id slug: no diacritics, {@code đ → d}, lower case, runs of other chars as one {@code -}. */
    static String slug(String s) {
        String plain = stripMarks(s);
        StringBuilder out = new StringBuilder(plain.length());
        boolean dash = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    /**
     * Spelling key of a name: no diacritics, lower case, {@code y → i}, doubled letters single,
     * so that common Latin transliterations of one Cyrillic or Arabic name compare equal.
     */
    static String variantKey(String s) {
        String plain = slug(s).replace('y', 'i');
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The last space-separated part of a name ({@code Steve Witkoff → Witkoff}). */
    static String lastPart(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    /**
     * True when a word is spelt with letters only Vietnamese uses (ơ, ư, ă, â, ê, ô, đ or a
     * Vietnamese tone mark): a bare syllable like that is too often a common word to be taken
     * for a surname without a cue.
     */
    static boolean looksVietnamese(String word) {
        return looksVietnameseFolded(fold(word));
    }

    /** {@link #looksVietnamese} of a word already folded (a token's {@code folded}). */
    static boolean looksVietnameseFolded(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < VIETNAMESE_CHARS.length ? VIETNAMESE_CHARS[c] : vietnameseChar(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #vietnameseChar} of every char below U+2000, where all Vietnamese letters lie. */
    private static final boolean[] VIETNAMESE_CHARS = new boolean[0x2000];

    static {
        for (char c = 0; c < VIETNAMESE_CHARS.length; c++) {
            VIETNAMESE_CHARS[c] = vietnameseChar(c);
        }
    }

    /** A letter only Vietnamese uses, or one carrying a grave, hook, tilde or dot below. */
    private static boolean vietnameseChar(char c) {
        if ("ơưăâêôđ".indexOf(c) >= 0) {
            return true;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int k = 1; k < d.length(); k++) {
            char m = d.charAt(k);
            if (m == '\u0300' || m == '\u0309' || m == '\u0303' || m == '\u0323') {
                return true;
            }
        }
        return false;
    }

    /**
     * Each char below U+2000 with what {@link #stripMarks} makes of it, for a char whose canonical
     * decomposition starts with a base letter (so decomposing char by char equals decomposing the
     * whole string); null for the others (combining marks), which take the slow path.
     */
    private static final String[] STRIPPED = new String[0x2000];

    static {
        for (char c = 0; c < STRIPPED.length; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (!isMark(c) && !isMark(d.charAt(0))) {
                STRIPPED[c] = stripDecomposed(d, new StringBuilder()).toString();
            }
        }
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String stripMarks(String s) {
        // a name is nearly always made of precomposed letters: read the table, skip the normaliser
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String stripped = c < STRIPPED.length ? STRIPPED[c] : null;
            if (stripped == null) {
                out.setLength(0);
                stripDecomposed(Normalizer.normalize(s, Normalizer.Form.NFD), out);
                break;
            }
            out.append(stripped);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Appends a decomposed string without its non-spacing marks, a few letters made plain. */
    private static StringBuilder stripDecomposed(String d, StringBuilder out) {
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'd' : c == 'ł' ? 'l' : c == 'Ł' ? 'l' : c == 'ø' ? 'o' : c);
        }
        return out;
    }
}
