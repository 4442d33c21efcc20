package org.nienbieu.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Moves the tone mark of an open {@code oa}, {@code oe} or {@code uy} syllable from the second
 * vowel (old placement: {@code hoà}, {@code khoẻ}, {@code uỷ}, {@code thuý}) to the first (the
 * placement the rest of Niên biểu uses: {@code hòa}, {@code khỏe}, {@code ủy}, {@code thúy}), in
 * place, so both spellings index as one term. {@code qu} is a consonant, so {@code quý} stays. Expects
 * lower-case NFC tokens (after {@link NfcFilter} and a lower-case filter).
 */
public final class ToneMarkFilter extends TokenFilter {

    private static final String OLD_A = "àáảãạ";
    private static final String OLD_E = "èéẻẽẹ";
    private static final String OLD_Y = "ỳýỷỹỵ";
    private static final String NEW_O = "òóỏõọ";
    private static final String NEW_U = "ùúủũụ";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public ToneMarkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        modernise(termAtt.buffer(), termAtt.length());
        return true;
    }

    /** Rewrites old tone placement in {@code chars[0, length)}; returns true when something moved. */
    static boolean modernise(char[] chars, int length) {
        boolean changed = false;
        for (int i = 1; i < length; i++) {
            char second = chars[i];
            char first = chars[i - 1];
            // Most chars end here: the old placement is a marked vowel after a plain o or u.
            if (second < '\u00e0' || (first != 'o' && first != 'u')) {
                continue;
            }
            int tone;
            char plain;
            if (first == 'o' && (tone = OLD_A.indexOf(second)) >= 0) {
                plain = 'a';
            } else if (first == 'o' && (tone = OLD_E.indexOf(second)) >= 0) {
                plain = 'e';
            } else if (first == 'u' && (tone = OLD_Y.indexOf(second)) >= 0) {
                plain = 'y';
            } else {
                continue;
            }
            boolean syllableEnds = i + 1 >= length || !Character.isLetter(chars[i + 1]);
            boolean afterQ = i >= 2 && chars[i - 2] == 'q';
            if (!syllableEnds || afterQ) {
                continue;
            }
            chars[i - 1] = (first == 'o' ? NEW_O : NEW_U).charAt(tone);
            chars[i] = plain;
            changed = true;
        }
        return changed;
    }
}
