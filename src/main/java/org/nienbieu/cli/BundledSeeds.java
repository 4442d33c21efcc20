package org.nienbieu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.nienbieu.ingest.IndexFolders;

/**
 * The five sample articles shipped inside the jar: used in place from {@code ./seeds} when run
 * from a checkout, else copied once to the user's data folder so the app always has a corpus.
 */
final class BundledSeeds {

    static final List<String> FILES = List.of("000_a19bd3d2391c6770.txt", "001_6efe2a1278e5d9a0.txt",
            "002_f4125744e7e531c3.txt", "003_e7f3d8cbe46bf37c.txt", "004_be94a817387f0ba4.txt");

    private BundledSeeds() {
    }

    static Path folder() throws IOException {
        Path local = Path.of("seeds");
        if (Files.isDirectory(local)) {
            return local;
        }
        Path target = IndexFolders.dataFolder().resolve("seeds");
        Files.createDirectories(target);
        for (String name : FILES) {
            Path file = target.resolve(name);
            if (Files.exists(file)) {
                continue;
            }
            try (InputStream in = BundledSeeds.class.getResourceAsStream("/seeds/" + name)) {
                if (in == null) {
                    throw new IOException("the jar has no bundled seed " + name);
                }
                Path tmp = Files.createTempFile(target, ".seed", ".tmp");
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return target;
    }
}
