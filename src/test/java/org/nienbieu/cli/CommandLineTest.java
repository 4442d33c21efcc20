package org.nienbieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output, exit codes and one-line errors. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return NienbieuCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void datesPrintsOneJsonArrayWithExactOffsets() throws Exception {
        assertThat(run("dates", "--format", "json", "seeds")).isZero();
        JsonNode all = new ObjectMapper().readTree(out.toString());
        assertThat(all.isArray()).isTrue();
        JsonNode friday = null;
        for (JsonNode t : all) {
            String text = Files.readString(Path.of("seeds", t.get("article").asText()), StandardCharsets.UTF_8);
            int[] cps = text.codePoints().toArray();
            assertThat(new String(cps, t.get("start").asInt(), t.get("end").asInt() - t.get("start").asInt()))
                    .isEqualTo(t.get("text").asText());
            if (t.get("text").asText().equals("thứ Sáu (ngày 17/10)")) {
                friday = t;
            }
        }
        assertThat(friday).isNotNull();
        assertThat(friday.get("date").get("start").asText()).isEqualTo("2025-10-17");
        assertThat(friday.get("date").get("precision").asText()).isEqualTo("day");
        assertThat(out.toString()).doesNotContain("28 điểm\"", "2 tiếng rưỡi\"");
    }

    @Test
    void aMissingFolderIsOneLineOnStderrWithExitCode2() {
        assertThat(run("dates", "/no/such/folder")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("nienbieu: /no/such/folder: no such folder").doesNotContain("Exception");
    }

    @Test
    void badFilesAreListedSummarisedAndReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), " date 2025-05-02 Hai ngoại trưởng hội đàm hôm qua tại Hà Nội.");
        Files.writeString(dir.resolve("bad.txt"), " date 2025-02-30 Nội dung.");
        Path report = dir.resolve("out/report.json");
        assertThat(run("dates", "--report", report.toString(), "--lang", "en", dir.toString())).isZero();
        assertThat(err.toString()).contains("bad.txt: impossible date 2025-02-30 in the header",
                "1 articles read, 1 files could not be read");
        assertThat(out.toString()).contains("hôm qua", "2025-05-01");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("bad_files").get(0).get("file").asText()).isEqualTo("bad.txt");
        assertThat(json.get("bad_files").get(0).get("problem").asText()).isEqualTo("impossible_date");
    }

    @Test
    void speaksVietnameseWhenAsked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.txt"), "");
        run("dates", "--lang", "vi", dir.toString());
        assertThat(err.toString()).contains("x.txt: tệp rỗng", "Đã đọc 0 bài, 1 tệp không đọc được");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("dates", "--frobnicate", "seeds")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void versionNamesTheTool() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("nienbieu ");
    }

    @Test
    void generateWritesAReadableCorpus(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("gen");
        assertThat(run("generate", "--articles", "12", "--seed", "7", "--out", corpus.toString())).isZero();
        assertThat(corpus.resolve("answers.jsonl")).exists();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run("dates", "--format", "json", corpus.toString())).isZero();
        assertThat(err.toString()).contains("12 articles read, 0 files could not be read");
        assertThat(new ObjectMapper().readTree(out.toString()).size()).isGreaterThan(12);
    }

    @Test
    void exportKeepsOnlyTheEventsTheQueryMatches(@TempDir Path dir) throws Exception {
        Path all = dir.resolve("all.json");
        Path budapest = dir.resolve("budapest.json");
        assertThat(run("export", "--to", "json", "--corpus", "seeds", "--out", all.toString())).isZero();
        assertThat(run("export", "--to", "json", "--corpus", "seeds", "--out", budapest.toString(),
                "--index", dir.resolve("idx").toString(), "--query", "budapest")).isZero();
        JsonNode every = new ObjectMapper().readTree(all.toFile());
        JsonNode matching = new ObjectMapper().readTree(budapest.toFile());
        assertThat(matching.size()).isPositive().isLessThan(every.size());
        for (JsonNode e : matching) {
            assertThat(e.toString().toLowerCase()).contains("budapest");
        }
    }

    @Test
    void exportToPngDrawsTheTimelineAtTheAskedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("timeline.png");
        assertThat(run("export", "--to", "png", "--corpus", "seeds", "--out", png.toString(),
                "--width", "640", "--height", "360", "--lang", "en")).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    @Test
    void anUnknownExportFormatIsAUsageError(@TempDir Path dir) {
        assertThat(run("export", "--to", "xls", "--corpus", "seeds", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--to xls");
    }

    @Test
    void benchSearchOnlyMeasuresTheCorpusItsWorkdirHoldsWhenNoSizeIsGiven(@TempDir Path dir) throws Exception {
        Path workdir = dir.resolve("bench");
        assertThat(run("bench", "--articles", "14", "--seed", "3", "--workdir", workdir.toString(), "--search-only",
                "--timeline-events", "0", "--format", "json")).isZero();
        JsonNode first = new ObjectMapper().readTree(out.toString());
        assertThat(first.get("articles").asInt()).isEqualTo(14);
        assertThat(first.has("generate_s")).isTrue();
        out.getBuffer().setLength(0);

        // Without --articles the 14 articles are searched again, not replaced by 10,000 new ones.
        assertThat(run("bench", "--workdir", workdir.toString(), "--search-only", "--timeline-events", "0",
                "--format", "json")).isZero();
        JsonNode again = new ObjectMapper().readTree(out.toString());
        assertThat(again.get("articles").asInt()).isEqualTo(14);
        assertThat(again.has("generate_s")).isFalse();
        assertThat(again.get("search_hits_shown")).isEqualTo(first.get("search_hits_shown"));
        try (var files = Files.list(workdir.resolve("corpus"))) {
            assertThat(files.count()).isLessThan(100);
        }
    }
}
