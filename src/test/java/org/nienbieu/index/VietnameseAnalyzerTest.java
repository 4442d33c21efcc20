package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseAnalyzerTest {

    private final Analyzer exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT);
    private final Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED);

    @Test
    void exactFormKeepsDiacriticsInLowerCase() throws IOException {
        assertThat(terms(exact, "Đàm PHÁN kế hoạch 28 điểm")).containsExactly("đàm", "phán", "kế", "hoạch", "28", "điểm");
    }

    @Test
    void foldedFormDropsDiacriticsAndTheStrokeOfD() throws IOException {
        assertThat(terms(folded, "Đàm phán, Đức và Nhà Trắng")).containsExactly("dam", "phan", "duc", "va", "nha", "trang");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            hoà,     hòa
            Hoà,     hòa
            uỷ,      ủy
            thuý,    thúy
            khoẻ,    khỏe
            quý,     quý
            hoàn,    hoàn
            thuỷ,    thủy
            """)
    void oldTonePlacementBecomesModern(String old, String modern) throws IOException {
        assertThat(terms(exact, old)).containsExactly(modern);
    }

    @Test
    void decomposedInputIndexesLikePrecomposed() throws IOException {
        assertThat(terms(exact, "ho\u0300a bi\u0300nh")).containsExactly("hòa", "bình");
        assertThat(terms(folded, "đa\u0300m pha\u0301n")).containsExactly("dam", "phan");
    }

    @Test
    void bothSpellingsOfATermFoldTogetherButStayApartExactly() throws IOException {
        assertThat(terms(exact, "bàn bán")).containsExactly("bàn", "bán");
        assertThat(terms(folded, "bàn bán")).containsExactly("ban", "ban");
    }

    @Test
    void indexFormStacksTheFoldedTermOnTheExactOneOnlyWhenTheyDiffer() throws IOException {
        Analyzer both = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT_AND_FOLDED);
        assertThat(termsAndIncrements(both.tokenStream("text", "Đàm phán 28 hoà BÌNH Witkoff"))).containsExactly("đàm+1", "dam+0", "phán+1", "phan+0", "28+1", "hòa+1", "hoa+0", "bình+1",
                "binh+0", "witkoff+1");
    }

    /** Each token as {@code term+positionIncrement}. */
    static List<String> termsAndIncrements(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = stream) {
            // The bytes the index takes: analysers' char terms and a tape's byte terms both give them.
            TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.getBytesRef().utf8ToString() + "+" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
