package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.timeline.LaneMode;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestartInOneFileWrittenWhole() throws Exception {
        Path file = dir.resolve("nested").resolve("settings.properties");
        UiSettings first = new UiSettings(new SettingsFile(file));
        first.language(Locale.ENGLISH);
        first.laneMode(LaneMode.BY_ACTOR);
        first.corpus(dir.resolve("Kho bài Việt"));
        first.bounds(new UiSettings.Bounds(10, 20, 900, 700, false));
        first.flush();

        UiSettings second = new UiSettings(new SettingsFile(file));
        assertThat(second.language()).contains(Locale.ENGLISH);
        assertThat(second.laneMode()).isEqualTo(LaneMode.BY_ACTOR);
        assertThat(second.corpus()).contains(dir.resolve("Kho bài Việt").toAbsolutePath().normalize());
        assertThat(second.bounds()).contains(new UiSettings.Bounds(10, 20, 900, 700, false));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.properties");
        }
    }

    @Test
    void aDamagedFileCostsTheSettingsNotTheStart() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "language=\\uZZZZ\nview.lanes=BY_ACTOR\n");
        UiSettings settings = new UiSettings(new SettingsFile(file));
        assertThat(settings.language()).isEmpty();
        assertThat(settings.laneMode()).isEqualTo(LaneMode.BY_TYPE);
        settings.language(Locale.ENGLISH);
        settings.flush();
        assertThat(new UiSettings(new SettingsFile(file)).language()).contains(Locale.ENGLISH);
    }
}
