package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.cli.NienbieuCommand;

/** {@code snapshot} renders the seeds' timeline headless to a PNG of exactly the size asked. */
class SnapshotCommandTest {

    /**
     * In the test JVM the window tests share the toolkit: let TestFX start it, as it does for them,
     * so the command finds it running (the path a second snapshot in one process takes).
     */
    @org.junit.jupiter.api.BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NienbieuCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(code).as("exit code, stderr: %s", err).isZero();
        return out.toString();
    }

    @Test
    void writesAPngOfExactlyTheSizeAskedThatIsNotBlank(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("seeds.png");
        String out = run("snapshot", "--corpus", "seeds", "--width", "900", "--height", "500", "--out", png.toString(),
                "--lang", "en");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(500);
        Set<Integer> colours = new HashSet<>();
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    ink++;
                }
            }
        }
        assertThat(colours.size()).as("distinct colours").isGreaterThan(20);
        assertThat(ink).as("pixels that are not white").isGreaterThan(image.getWidth() * image.getHeight() / 4 / 10);
        assertThat(out).contains("900×500").contains(png.toString());
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void rangeQueryAndLanguageChangeThePicture(@TempDir Path dir) throws Exception {
        Path vi = dir.resolve("vi.png");
        Path en = dir.resolve("en.png");
        Path narrow = dir.resolve("narrow.png");
        run("snapshot", "--corpus", "seeds", "--width", "700", "--height", "400", "--out", vi.toString(), "--lang", "vi");
        run("snapshot", "--corpus", "seeds", "--width", "700", "--height", "400", "--out", en.toString(), "--lang", "en");
        String out = run("snapshot", "--corpus", "seeds", "--width", "700", "--height", "400", "--out", narrow.toString(),
                "--from", "2025-10-10", "--to", "2025-10-31", "--query", "Putin", "--lang", "en");
        assertThat(Files.readAllBytes(vi)).isNotEqualTo(Files.readAllBytes(en));
        assertThat(Files.readAllBytes(narrow)).isNotEqualTo(Files.readAllBytes(en));
        assertThat(out).matches("(?s).*: [1-9]\\d* of \\d+ events.*");
    }

    @Test
    void aMissingCorpusIsAUserError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = NienbieuCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "snapshot", "--corpus", dir.resolve("nope").toString(), "--out", dir.resolve("x.png").toString());
        assertThat(code).isEqualTo(2);
        assertThat(dir.resolve("x.png")).doesNotExist();
    }
}
