package org.nienbieu.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nienbieu.article.BadArticleException.Problem;
import org.nienbieu.model.Article;
import org.nienbieu.model.Sentence;

class ArticleReaderTest {

    private static final String BODY = "Bộ trưởng Ngoại giao Nhật Bản hội đàm với người đồng cấp Hàn Quốc hôm 3/9. "
            + "Hai bên nhất trí tăng cường hợp tác.\n\nTheo Kyodo, cuộc gặp kéo dài 2 tiếng rưỡi.";

    @Test
    void splitsParagraphsAndSentencesWithExactOffsets() throws Exception {
        Article a = ArticleReader.parse("a.txt", " date 2024-09-04 " + BODY);
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 9, 4));
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly(
                "Bộ trưởng Ngoại giao Nhật Bản hội đàm với người đồng cấp Hàn Quốc hôm 3/9.",
                "Hai bên nhất trí tăng cường hợp tác.",
                "Theo Kyodo, cuộc gặp kéo dài 2 tiếng rưỡi.");
        assertThat(a.bodyStart()).isEqualTo(" date 2024-09-04 ".length());
        assertThat(a.sentences()).allSatisfy(s -> assertThat(a.slice(s.start(), s.end())).isEqualTo(s.text()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            initials do not end a sentence    | Tổng thống Donald J. Trump phát biểu. Ông nói thêm.          | 2
            a capital word ends a sentence    | Ông thăm khu vực Nam Á. Chuyến đi kéo dài ba ngày.           | 2
            a quarter numeral ends a sentence | Kinh tế tăng trưởng trong quý I. Quý II chậm lại.             | 2
            dotted abbreviations continue     | Quân đội U.S. Army tập trận. Hai bên theo dõi.                | 2
            abbreviations do not end it       | Ông đến TP. Hồ Chí Minh hôm qua. Sau đó ông về Hà Nội.        | 2
            decimal numbers do not end it     | Tăng trưởng đạt 2,5% và 3.2 điểm. Con số này cao.              | 2
            dates do not end it               | Cuộc gặp diễn ra ngày 17/10. Hai bên ký thỏa thuận.            | 2
            question and exclamation end it   | Liệu có hòa bình? Ông nói có! Mọi người hy vọng.               | 3
            ellipsis ends it                  | Cuộc đàm phán còn dài… Nhưng hai bên lạc quan.                 | 2
            lower-case after a dot continues  | Ông nói vv. và nhiều thứ khác.                                 | 1
            """)
    void splitsSentencesLikeAReader(String rule, String body, int expected) throws Exception {
        Article a = ArticleReader.parse("s.txt", " date 2025-01-01 " + body);
        assertThat(a.sentences()).as(rule).hasSize(expected);
    }

    @Test
    void aQuotationWithSeveralSentencesStaysOneSentence() throws Exception {
        Article a = ArticleReader.parse("q.txt", " date 2025-01-01 Bà nói: “Chúng tôi sẵn sàng. Hãy đến Hà Nội.” Sau đó bà rời đi.");
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly(
                "Bà nói: “Chúng tôi sẵn sàng. Hãy đến Hà Nội.”", "Sau đó bà rời đi.");
    }

    @Test
    void aBomCountsAsOneCodePointAndCrlfIsKept(@TempDir Path dir) throws Exception {
        String text = "\uFEFF date 2025-03-01 Ngoại trưởng Pháp thăm Việt Nam.\r\n\r\nHai bên ký kết văn kiện.";
        Path file = dir.resolve("bom.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Article a = ArticleReader.read(file, "bom.txt");
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.paragraphs()).hasSize(2);
        Sentence second = a.sentences().get(1);
        assertThat(second.text()).isEqualTo("Hai bên ký kết văn kiện.");
        assertThat(second.start()).isEqualTo(text.indexOf("Hai"));
    }

    @Test
    void readsUtf16WithBom(@TempDir Path dir) throws Exception {
        String text = "\uFEFF date 2025-03-01 Thủ tướng Ấn Độ tới Jakarta.";
        Path le = dir.resolve("le.txt");
        Files.write(le, text.getBytes(StandardCharsets.UTF_16LE));
        Path be = dir.resolve("be.txt");
        Files.write(be, text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(ArticleReader.read(le, "le.txt").text()).isEqualTo(text);
        assertThat(ArticleReader.read(be, "be.txt").sentences().get(0).text()).isEqualTo("Thủ tướng Ấn Độ tới Jakarta.");
    }

    @Test
    void decomposedTextKeepsOffsetsIntoTheOriginal() throws Exception {
        String original = Normalizer.normalize(" date 2025-03-01 Hội đàm ở Hà Nội. Thỏa thuận được ký.", Normalizer.Form.NFD);
        Article a = ArticleReader.parse("nfd.txt", original);
        Sentence second = a.sentences().get(1);
        assertThat(second.text()).isEqualTo(Normalizer.normalize("Thỏa thuận được ký.", Normalizer.Form.NFD));
        assertThat(a.slice(second.start(), second.end())).isEqualTo(second.text());
        assertThat(a.analysis().normalized()).contains("Thỏa thuận được ký.");
    }

    @Test
    void oldTonePlacementIsModernisedForAnalysisOnly() throws Exception {
        Article a = ArticleReader.parse("old.txt", " date 2025-03-01 Kế hoạch hoà bình của Uỷ ban được thuỷ thủ đoàn ủng hộ, quý vị.");
        assertThat(a.analysis().normalized()).contains("hòa bình", "Ủy ban", "thủy thủ", "quý vị");
        assertThat(a.sentences().get(0).text()).contains("hoà bình", "Uỷ ban");
    }

    @Test
    void offsetsCountSupplementaryCharactersAsOneCodePoint() throws Exception {
        String text = " date 2025-03-01 Ông ấy cười 😀. Hội nghị khai mạc.";
        Article a = ArticleReader.parse("emoji.txt", text);
        Sentence second = a.sentences().get(1);
        assertThat(second.start()).isEqualTo(text.codePointCount(0, text.indexOf("Hội")));
        assertThat(a.slice(second.start(), second.end())).isEqualTo("Hội nghị khai mạc.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                 | ''                                   | EMPTY
            header only           | ' date 2025-01-01 '                  | HEADER_ONLY
            no header             | 'Hội đàm Việt – Mỹ diễn ra hôm qua.' | NO_HEADER
            impossible date       | ' date 2025-02-30 Nội dung.'         | IMPOSSIBLE_DATE
            other date format     | ' date 26/11/2025 Nội dung.'         | DATE_FORMAT
            month thirteen        | ' date 2025-13-01 Nội dung.'         | IMPOSSIBLE_DATE
            """)
    void reportsBadArticlesWithTheReason(String label, String text, Problem expected, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ArticleReader.read(file, "bad.txt"))
                .isInstanceOf(BadArticleException.class)
                .hasMessageStartingWith("bad.txt: ")
                .satisfies(e -> assertThat(((BadArticleException) e).problem()).isEqualTo(expected));
    }

    @Test
    void reportsUndecodableAndBinaryFiles(@TempDir Path dir) throws Exception {
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, " date 2025-01-01 Hội đàm".getBytes(StandardCharsets.ISO_8859_1));
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {' ', 'd', 'a', 't', 'e', 0, 1, 2, 3, 0, 0, 5});
        assertThatThrownBy(() -> ArticleReader.read(latin, "latin.txt")).hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> ArticleReader.read(binary, "binary.txt")).hasMessageContaining("binary");
    }

    @Test
    void guessesWindows1258AndUtf16WithoutBomAndSaysSo(@TempDir Path dir) throws Exception {
        String text = " date 2024-05-06 Thủ tướng Việt Nam hội đàm với Tổng thống Hàn Quốc tại Hà Nội hôm qua.";
        Path cp1258 = dir.resolve("cp1258.txt");
        Files.write(cp1258, Windows1258Text.toneMarksApart(text).getBytes(java.nio.charset.Charset.forName("windows-1258")));
        Path utf16 = dir.resolve("utf16.txt");
        Files.write(utf16, text.getBytes(StandardCharsets.UTF_16LE));

        ReadResult fromCp1258 = ArticleReader.readResult(cp1258, "cp1258.txt");
        assertThat(fromCp1258.guessedEncoding()).contains("windows-1258");
        Article a = fromCp1258.article().orElseThrow();
        assertThat(a.analysis().normalized()).contains("Thủ tướng Việt Nam hội đàm");
        assertThat(a.slice(a.sentences().get(0).start(), a.sentences().get(0).end())).isEqualTo(a.sentences().get(0).text());

        ReadResult fromUtf16 = ArticleReader.readResult(utf16, "utf16.txt");
        assertThat(fromUtf16.guessedEncoding()).contains("UTF-16LE");
        assertThat(fromUtf16.article().orElseThrow().text()).isEqualTo(text);
    }

    @Test
    void namesLegacyVietnameseEncodingsItCannotReadReliably(@TempDir Path dir) throws Exception {
        // "Thñ t­íng ViÖt Nam" as TCVN3 bytes: Latin letters followed by high bytes, not UTF-8.
        byte[] tcvn3 = {' ', 'd', 'a', 't', 'e', ' ', '2', '0', '2', '4', '-', '0', '5', '-', '0', '6', ' ',
                'T', 'h', (byte) 0xF1, ' ', 't', (byte) 0xAD, (byte) 0xED, 'n', 'g', ' ', 'V', 'i', (byte) 0xD6, 't', ' ',
                'N', 'a', 'm', ' ', 'h', (byte) 0xE9, 'i', ' ', (byte) 0xAE, (byte) 0xB5, 'm', '.'};
        Path file = dir.resolve("tcvn3.txt");
        Files.write(file, tcvn3);
        ReadResult result = ArticleReader.readResult(file, "tcvn3.txt");
        assertThat(result.problem().orElseThrow().problem()).isEqualTo(Problem.LEGACY_ENCODING);
        assertThat(result.problem().orElseThrow().reason()).contains("TCVN3", "UTF-8");
    }

    @Test
    void toldInVietnameseToo() {
        BadArticleException e = new BadArticleException("x.txt", Problem.IMPOSSIBLE_DATE, "2025-02-30");
        assertThat(e.reason(Locale.forLanguageTag("vi"))).isEqualTo("ngày 2025-02-30 ở dòng đầu không tồn tại");
        assertThat(e.reason()).isEqualTo("impossible date 2025-02-30 in the header");
    }

    @Test
    void oneBadFileNeverStopsTheOthers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), " date 2025-01-01 Thượng đỉnh ASEAN khai mạc.");
        Files.writeString(dir.resolve("b.txt"), "");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.txt"), " date 2025-01-02 Hội nghị G20 bế mạc.");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        List<ReadResult> results = new ArrayList<>();
        new CorpusReader(2).read(dir, results::add);
        assertThat(results).extracting(ReadResult::file).containsExactly("a.txt", "b.txt", "sub/c.txt");
        assertThat(results).extracting(ReadResult::isOk).containsExactly(true, false, true);
    }

    @Test
    void aLongPathologicalLineIsReadInBoundedTime() throws Exception {
        StringBuilder b = new StringBuilder(" date 2025-01-01 ");
        b.append("“".repeat(50_000)).append("1/1/".repeat(200_000)).append(". ".repeat(100_000)).append("A");
        Article a = ArticleReader.parse("long.txt", b.toString());
        assertThat(a.sentences()).isNotEmpty();
        assertThat(a.slice(a.sentences().get(0).start(), a.sentences().get(0).end())).isEqualTo(a.sentences().get(0).text());
    }
}
