package org.nienbieu.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.nienbieu.export.AtomicOutput;

/** Writes an image as PNG atomically: readers see the old file or the whole new one. */
final class PngOutput {

    private PngOutput() {
    }

    static void write(BufferedImage image, Path target) throws IOException {
        AtomicOutput.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
