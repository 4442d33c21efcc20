package org.nienbieu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.article.BadArticleException.Problem;
import org.nienbieu.article.Windows1258Text;
import org.nienbieu.model.Event;

/**
 * A folder users did not write, built at run time: every kind of bad file next to good ones. The
 * good articles are read (and their events found exactly as when read alone), the bad ones are
 * reported with the file and the reason, and nothing throws or runs away.
 */
class HostileCorpusTest {

    private static final String GOOD = " date 2024-05-06 Thủ tướng Việt Nam hội đàm với Tổng thống Hàn Quốc tại Hà Nội hôm qua. "
            + "Hai bên ký thỏa thuận thương mại.\n\nNgoại trưởng Nhật Bản sẽ thăm Jakarta vào thứ Sáu tuần tới.";

    @Test
    void readsTheGoodReportsTheBadAndLosesNothing(@TempDir Path dir) throws Exception {
        Path hostile = dir.resolve("hostile");
        Files.createDirectories(hostile.resolve("nested/deeper"));
        write(hostile, "good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
        write(hostile, "nested/deeper/good-crlf-bom.txt", ("\uFEFF" + GOOD.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        write(hostile, "good-nfd.txt", Normalizer.normalize(GOOD, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8));
        write(hostile, "good-utf16-bom.txt", ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16BE));
        write(hostile, "good-utf16-nobom.txt", GOOD.getBytes(StandardCharsets.UTF_16LE));
        write(hostile, "good-cp1258.txt", Windows1258Text.toneMarksApart(GOOD).getBytes(Charset.forName("windows-1258")));
        write(hostile, "empty.txt", new byte[0]);
        write(hostile, "header-only.txt", " date 2024-05-06 ".getBytes(StandardCharsets.UTF_8));
        write(hostile, "no-header.txt", "Hội đàm Việt – Mỹ diễn ra hôm qua.".getBytes(StandardCharsets.UTF_8));
        write(hostile, "impossible-date.txt", " date 2025-02-30 Nội dung.".getBytes(StandardCharsets.UTF_8));
        write(hostile, "other-date-format.txt", " date 26/11/2025 Nội dung.".getBytes(StandardCharsets.UTF_8));
        write(hostile, "invalid-utf8.txt", new byte[] {' ', 'd', 'a', 't', 'e', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'x'});
        write(hostile, "tcvn3.txt", new byte[] {' ', 'd', 'a', 't', 'e', ' ', '2', '0', '2', '4', '-', '0', '5', '-', '0', '6', ' ',
                'T', 'h', (byte) 0xF1, ' ', 't', (byte) 0xAD, (byte) 0xED, 'n', 'g', ' ', 'V', 'i', (byte) 0xD6, 't', ' ', 'N', 'a', 'm'});
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        write(hostile, "binary.txt", binary);
        write(hostile, "digits.txt", (" date 2024-05-06 " + "1".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8));
        write(hostile, "slashes.txt", (" date 2024-05-06 " + "1/1/".repeat(500_000)).getBytes(StandardCharsets.UTF_8));
        write(hostile, "quotes.txt", (" date 2024-05-06 " + "“\"".repeat(500_000)).getBytes(StandardCharsets.UTF_8));
        write(hostile, "repeated-words.txt", (" date 2024-05-06 " + "hội đàm ngày 17/10 ông Putin ".repeat(100_000))
                .getBytes(StandardCharsets.UTF_8));
        write(hostile, "notes.md", "not an article".getBytes(StandardCharsets.UTF_8));
        write(hostile, "image.png", binary);
        Files.createSymbolicLink(hostile.resolve("nested/loop"), hostile);

        Map<String, Problem> bad = new TreeMap<>();
        Chronology chronology = assertTimeoutPreemptively(Duration.ofSeconds(180),
                () -> new ChronologyBuilder(2).build(hostile, new IngestListener() {
                    @Override
                    public void badFile(BadArticleException problem) {
                        bad.put(problem.file(), problem.problem());
                    }
                }));

        assertThat(bad).containsOnly(
                Map.entry("empty.txt", Problem.EMPTY),
                Map.entry("header-only.txt", Problem.HEADER_ONLY),
                Map.entry("no-header.txt", Problem.NO_HEADER),
                Map.entry("impossible-date.txt", Problem.IMPOSSIBLE_DATE),
                Map.entry("other-date-format.txt", Problem.DATE_FORMAT),
                Map.entry("invalid-utf8.txt", Problem.UNDECODABLE),
                Map.entry("tcvn3.txt", Problem.LEGACY_ENCODING),
                Map.entry("binary.txt", Problem.BINARY));
        // 6 good renderings + 4 pathological but readable files; .md, .png and the link loop are not articles.
        assertThat(chronology.articles()).isEqualTo(10);

        Path alone = dir.resolve("alone");
        write(alone, "good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
        List<String> expected = labels(new ChronologyBuilder(1).build(alone, IngestListener.NONE).events());
        assertThat(expected).isNotEmpty();
        assertThat(labels(chronology.events())).containsAll(expected);
    }

    private static List<String> labels(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            out.add(e.type() + " " + e.date() + " " + e.label());
        }
        return out;
    }

    private static void write(Path dir, String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
