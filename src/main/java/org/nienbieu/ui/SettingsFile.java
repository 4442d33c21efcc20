package org.nienbieu.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

/**
 * The window's settings as one properties file in the user's data folder, behind the
 * {@link java.util.prefs.Preferences} API {@link UiSettings} speaks. Why not the platform's user
 * preferences: on Linux they are XML files synced by a timer thread, and loading that machinery
 * cost the first window about a tenth of a second. Read once when created; written whole and
 * atomically (temporary file, then a move) on flush, so a crash never leaves half a file. One
 * flat node: the settings have no children.
 */
final class SettingsFile extends AbstractPreferences {

    private final Path file;
    private final Properties values = new Properties();

    /** Settings that live as long as this object: nothing is read or written (tests, one-off windows). */
    static SettingsFile inMemory() {
        return new SettingsFile(null);
    }

    SettingsFile(Path file) {
        super(null, "");
        this.file = file;
        if (file == null) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            values.load(in);
        } catch (NoSuchFileException e) {
            // First run: nothing remembered yet.
        } catch (IOException | IllegalArgumentException e) {
            // A damaged settings file costs the remembered layout, never the start.
            values.clear();
        }
    }

    @Override
    protected void putSpi(String key, String value) {
        values.setProperty(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.getProperty(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
    }

    @Override
    protected String[] keysSpi() {
        return values.stringPropertyNames().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        throw new UnsupportedOperationException("the window's settings are one flat node");
    }

    @Override
    protected void syncSpi() {
        // Only this process writes the file while its window is open; nothing to read back.
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    values.store(out, "Niên biểu window settings");
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new BackingStoreException(e);
        }
    }
}
