package org.nienbieu.cli;

import java.nio.file.Path;

/** Where the app keeps its own files: {@code $XDG_DATA_HOME/nienbieu}, else {@code ~/.local/share/nienbieu}. */
final class DataFolder {

    private DataFolder() {
    }

    static Path path() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("nienbieu");
    }
}
