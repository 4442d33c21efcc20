package org.nienbieu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nienbieu.index.Schema;
import org.nienbieu.index.SearchRequest;

/**
 * The fixed mix of searches the benchmark times: in turn a word, a word typed without accents, a
 * phrase, a filtered search (kind, type, dates) and a faceted one, over words of the generated
 * corpus's vocabulary. The same list every run, so figures compare across runs.
 */
final class SearchMix {

    private static final String[] WORDS = {"hội đàm", "thỏa thuận", "ngoại trưởng", "tổng thống", "trừng phạt",
            "điện đàm", "hòa bình", "Nga", "Mỹ", "Trung Quốc", "Việt Nam", "hợp tác", "tuyên bố", "chuyến thăm",
            "đề xuất", "kinh tế", "an ninh", "Liên Hợp Quốc", "thủ tướng", "bộ trưởng"};
    private static final String[] FOLDED = {"hoi dam", "thoa thuan", "ngoai truong", "tong thong", "trung phat",
            "dien dam", "hoa binh", "hop tac", "tuyen bo", "chuyen tham", "de xuat", "an ninh", "thu tuong"};
    private static final String[] PHRASES = {"\"hội đàm\"", "\"thỏa thuận hòa bình\"", "\"ngoại trưởng\"",
            "\"tổng thống\"", "\"chuyến thăm chính thức\"", "\"hợp tác kinh tế\"", "\"an ninh khu vực\""};
    private static final String[] TYPES = {"meeting", "call", "proposal", "agreement", "sanction", "statement"};

    /** The classes of the mix, in turn: the {@code i}-th query is of class {@code CLASSES.get(i % 5)}. */
    static final List<String> CLASSES = List.of("word", "folded", "phrase", "filtered", "faceted");

    private SearchMix() {
    }

    /** The class of the {@code i}-th query of {@link #queries}. */
    static String className(int i) {
        return CLASSES.get(i % CLASSES.size());
    }

    static List<SearchRequest> queries(int n) {
        List<SearchRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = i / 5;
            out.add(switch (i % 5) {
                case 0 -> SearchRequest.of(WORDS[k % WORDS.length]);
                case 1 -> SearchRequest.of(FOLDED[k % FOLDED.length]);
                case 2 -> SearchRequest.of(PHRASES[k % PHRASES.length]);
                case 3 -> SearchRequest.of(WORDS[k % WORDS.length]).withKind(Schema.Kind.EVENT)
                        .withType(TYPES[k % TYPES.length])
                        .withFrom(LocalDate.of(2015 + k % 12, 1, 1)).withTo(LocalDate.of(2015 + k % 12, 12, 31));
                default -> SearchRequest.of(WORDS[k % WORDS.length]).withFacets(SearchRequest.Facets.COUNT);
            });
        }
        return out;
    }
}
