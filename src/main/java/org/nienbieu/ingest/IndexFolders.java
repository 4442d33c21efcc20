package org.nienbieu.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the app keeps its own files and each corpus's index: {@code $XDG_DATA_HOME/nienbieu}
 * (else {@code ~/.local/share/nienbieu}), and in it {@code index/<hash of the corpus's absolute
 * path>}, one index per corpus folder. Shared by the window and the command line so both write
 * (and lock) the same index for the same corpus.
 */
public final class IndexFolders {

    private IndexFolders() {
    }

    /** {@code $XDG_DATA_HOME/nienbieu}, else {@code ~/.local/share/nienbieu}. */
    public static Path dataFolder() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("nienbieu");
    }

    /** The default index folder of {@code corpus}: {@code <data folder>/index/<first 8 bytes of SHA-256 of its path, hex>}. */
    public static Path defaultIndex(Path corpus) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    corpus.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return dataFolder().resolve("index").resolve(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
