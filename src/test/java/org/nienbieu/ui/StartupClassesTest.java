package org.nienbieu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StartupClassesTest {

    @Test
    void theStartupListStillNamesTheClassesOfThisBuild() throws IOException {
        long listed;
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            assertThat(in).isNotNull();
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
        // A stale list only costs speed; this says when it is time to make it again.
        assertThat(listed).isGreaterThan(1000);
        assertThat(StartupClasses.loadAll()).isGreaterThan((int) (listed * 0.9));
    }
}
