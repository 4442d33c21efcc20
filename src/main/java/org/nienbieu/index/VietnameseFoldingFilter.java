package org.nienbieu.index;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Folds a token to its letters without diacritics ({@code đàm phán → dam phan}, {@code Đ → D}), in
 * place, so that a query typed without accents finds accented text. One table lookup per char:
 * Latin letters with marks map to their base letter, stray combining marks are dropped; ASCII
 * tokens pass untouched. With {@code keepExact} the token passes unchanged and its folded form
 * follows at the same position (position increment 0), only when folding changes it — like
 * Lucene's {@code ASCIIFoldingFilter} with {@code preserveOriginal} — so one field holds both.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    private static final char FIRST = '\u00c0';
    private static final char LAST = '\u1eff';
    /** Base letter of each char in [FIRST, LAST]; 0 for "leave alone", 1 for "drop". */
    private static final char[] FOLD = buildTable();

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final boolean keepExact;
    private char[] folded = new char[16];
    /** Length of the folded term still to emit, or -1 when there is none. */
    private int pending = -1;

    public VietnameseFoldingFilter(TokenStream input) {
        this(input, false);
    }

    public VietnameseFoldingFilter(TokenStream input, boolean keepExact) {
        super(input);
        this.keepExact = keepExact;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending >= 0) {
            // Every other attribute (offsets, type) still describes the exact token just emitted.
            termAtt.copyBuffer(folded, 0, pending);
            posIncAtt.setPositionIncrement(0);
            pending = -1;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = termAtt.buffer();
        int length = termAtt.length();
        if (!keepExact) {
            termAtt.setLength(fold(chars, length));
        } else if (changes(chars, length)) {
            folded = ArrayUtil.grow(folded, length);
            System.arraycopy(chars, 0, folded, 0, length);
            int n = fold(folded, length);
            pending = n > 0 ? n : -1;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = -1;
    }

    /** Whether folding would change {@code chars[0, length)}. */
    static boolean changes(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= FIRST && c <= LAST && FOLD[c - FIRST] != 0) {
                return true;
            }
        }
        return false;
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
