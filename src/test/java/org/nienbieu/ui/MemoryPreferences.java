package org.nienbieu.ui;

/** Settings held in memory, so tests never read or write the user's settings. */
final class MemoryPreferences {

    private MemoryPreferences() {
    }

    static UiSettings settings() {
        return new UiSettings(SettingsFile.inMemory());
    }
}
