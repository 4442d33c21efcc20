package org.nienbieu.index;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Composes each token to Unicode NFC, so that a syllable typed with combining marks
 * ({@code "ho\u0300a"}) and its precomposed form ({@code "hòa"}) become the same term. Precomposed
 * text, the common case, is only scanned: a token is rewritten when it holds a combining mark.
 */
public final class NfcFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public NfcFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            // Latin Extended Additional (U+1E00..U+1EFF, most Vietnamese letters) holds no mark.
            if (c >= '\u0300' && (c < '\u1e00' || c > '\u1eff') && isMark(c)) {
                String composed = Normalizer.normalize(termAtt, Normalizer.Form.NFC);
                termAtt.setEmpty().append(composed);
                break;
            }
        }
        return true;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
