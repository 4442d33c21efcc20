package org.nienbieu.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis of Vietnamese text for the index: Unicode word tokens (one per syllable, numbers kept),
 * NFC, lower case, modern tone placement; the {@link Form#FOLDED} form then strips diacritics
 * ({@code đ → d}). The exact form makes {@code bàn} and {@code bán} different terms, the folded one
 * the same; searching both and boosting the exact one ranks the spelling the user typed first.
 * The index itself uses {@link Form#EXACT_AND_FOLDED}: both terms of a syllable at one position
 * of one field, so a text is analysed and inverted once rather than once per form.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /**
     * Which terms the analyzer produces: the exact one, the folded one, or the exact one followed
     * at the same position by the folded one when folding changes it ({@code bàn, ban}; {@code 28}).
     */
    public enum Form { EXACT, FOLDED, EXACT_AND_FOLDED }

    private final Form form;

    public VietnameseAnalyzer(Form form) {
        this.form = java.util.Objects.requireNonNull(form, "form");
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ToneMarkFilter(new LowerCaseFilter(new NfcFilter(source)));
        if (form != Form.EXACT) {
            stream = new VietnameseFoldingFilter(stream, form == Form.EXACT_AND_FOLDED);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new ToneMarkFilter(new LowerCaseFilter(new NfcFilter(in)));
        // One term out: EXACT_AND_FOLDED indexes the exact term too, so it normalises to that.
        return form == Form.FOLDED ? new VietnameseFoldingFilter(stream) : stream;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        // Values of a multi-valued field (an event's mentions) never form a phrase across each other.
        return 100;
    }
}
