package org.nienbieu.article;

import java.text.Normalizer;
import org.nienbieu.model.AnalysisText;

/**
 * Builds the analysis view of a text: Unicode NFC and the modern tone placement
 * ({@code hoà → hòa}, {@code uỷ → ủy}, {@code khoẻ → khỏe}), remembering for every char of the
 * view the code-point offset it came from. Precomposed text with modern tones, the common case,
 * costs one scan.
 */
public final class VietnameseNormalizer {

    private VietnameseNormalizer() {
    }

    public static AnalysisText analysisView(String original) {
        boolean nfc = Normalizer.isNormalized(original, Normalizer.Form.NFC);
        boolean surrogates = hasSurrogates(original);
        String composed;
        int[] offsets;
        if (nfc && !surrogates) {
            composed = original;
            offsets = null;
        } else {
            StringBuilder out = new StringBuilder(original.length());
            int[] map = new int[original.length() * 3 + 1]; // NFC expands a char to at most three
            int cp = 0;
            int i = 0;
            while (i < original.length()) {
                int clusterStartCp = cp;
                int j = i + Character.charCount(original.codePointAt(i));
                cp++;
                while (j < original.length() && isCombining(original.codePointAt(j))) {
                    j += Character.charCount(original.codePointAt(j));
                    cp++;
                }
                String cluster = original.substring(i, j);
                String norm = nfc ? cluster : Normalizer.normalize(cluster, Normalizer.Form.NFC);
                for (int k = 0; k < norm.length(); k++) {
                    map[out.length() + k] = clusterStartCp;
                }
                out.append(norm);
                i = j;
            }
            map[out.length()] = cp;
            composed = out.toString();
            offsets = java.util.Arrays.copyOf(map, composed.length() + 1);
        }
        String modern = modernToneMarks(composed);
        return offsets == null ? AnalysisText.identity(modern) : new AnalysisText(modern, offsets, surrogates);
    }

    /** NFC plus modern tone placement, for short strings such as queries and vocabulary entries. */
    public static String normalize(String text) {
        return modernToneMarks(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    // Old placement puts the tone on the second vowel of an open "oa", "oe", "uy" syllable; the
    // modern one on the first. Same length either way, so offsets are untouched.
    private static final String OLD_A = "àáảãạ";
    private static final String OLD_E = "èéẻẽẹ";
    private static final String OLD_Y = "ỳýỷỹỵ";
    private static final String NEW_O = "òóỏõọ";
    private static final String NEW_U = "ùúủũụ";

    static String modernToneMarks(String s) {
        char[] chars = null;
        for (int i = 1; i < s.length(); i++) {
            char second = s.charAt(i);
            if (second < '\u00C0') {
                continue; // every old-placement vowel (and its capital) lies above U+00BF
            }
            char lower = Character.toLowerCase(second);
            int tone;
            char firstVowel;
            if ((tone = OLD_A.indexOf(lower)) >= 0 || (tone = OLD_E.indexOf(lower)) >= 0) {
                firstVowel = 'o';
            } else if ((tone = OLD_Y.indexOf(lower)) >= 0) {
                firstVowel = 'u';
            } else {
                continue;
            }
            char first = s.charAt(i - 1);
            if (Character.toLowerCase(first) != firstVowel) {
                continue;
            }
            boolean syllableEnds = i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1));
            boolean afterQ = i >= 2 && Character.toLowerCase(s.charAt(i - 2)) == 'q';
            if (!syllableEnds || afterQ) {
                continue;
            }
            if (chars == null) {
                chars = s.toCharArray();
            }
            char tonedFirst = (firstVowel == 'o' ? NEW_O : NEW_U).charAt(tone);
            chars[i - 1] = Character.isUpperCase(first) ? Character.toUpperCase(tonedFirst) : tonedFirst;
            char plain = lower == 'ỳ' || lower == 'ý' || lower == 'ỷ' || lower == 'ỹ' || lower == 'ỵ' ? 'y'
                    : OLD_A.indexOf(lower) >= 0 ? 'a' : 'e';
            chars[i] = Character.isUpperCase(second) ? Character.toUpperCase(plain) : plain;
        }
        return chars == null ? s : new String(chars);
    }
}
