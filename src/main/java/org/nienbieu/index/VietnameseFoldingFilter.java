package org.nienbieu.index;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds a token to its letters without diacritics ({@code đàm phán → dam phan}, {@code Đ → D}), in
 * place, for the folded field that lets a query typed without accents find accented text. One
 * table lookup per char: Latin letters with marks map to their base letter, stray combining marks
 * are dropped; ASCII tokens pass untouched.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    private static final char FIRST = '\u00c0';
    private static final char LAST = '\u1eff';
    /** Base letter of each char in [FIRST, LAST]; 0 for "leave alone", 1 for "drop". */
    private static final char[] FOLD = buildTable();

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        termAtt.setLength(fold(termAtt.buffer(), termAtt.length()));
        return true;
    }

    /** Folds {@code chars[0, length)} in place; returns the new length (shorter when marks were dropped). */
    static int fold(char[] chars, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= FIRST && c <= LAST) {
                char f = FOLD[c - FIRST];
                if (f == 1) {
                    continue;
                }
                if (f != 0) {
                    c = f;
                }
            }
            chars[out++] = c;
        }
        return out;
    }

    /** Folds a whole string the same way, for query terms. */
    static String fold(String s) {
        char[] chars = s.toCharArray();
        return new String(chars, 0, fold(chars, chars.length));
    }

    private static char[] buildTable() {
        char[] table = new char[LAST - FIRST + 1];
        for (char c = FIRST; c <= LAST; c++) {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                table[c - FIRST] = 1;
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (d.length() > 1 && d.charAt(0) < 0x80 && Character.isLetter(d.charAt(0))) {
                table[c - FIRST] = d.charAt(0);
            }
        }
        table['đ' - FIRST] = 'd';
        table['Đ' - FIRST] = 'D';
        return table;
    }
}
