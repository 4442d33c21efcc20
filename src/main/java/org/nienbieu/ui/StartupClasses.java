package org.nienbieu.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a second core, the classes the first window needs while the JavaFX toolkit starts on
 * the first: about 2,800 classes (JavaFX controls, skins, CSS, ours) are read from the jar and
 * defined before the window can show, and on a cold JVM that loading was most of the time between
 * the toolkit and the window. Loading only, never initialising: no static initialiser runs off its
 * thread, so the order the toolkit expects is kept. A name that no longer exists is skipped;
 * a stale list costs speed, never correctness. The list is {@code startup-classes.txt}, made from
 * {@code -Xlog:class+load} of a start on the seeds (docs/benchmarks.md says how).
 */
final class StartupClasses {

    static final String LIST = "startup-classes.txt";

    private StartupClasses() {
    }

    /** Starts loading in the background; returns at once. */
    static void preload() {
        Thread t = new Thread(StartupClasses::loadAll, "startup-classes");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Loads every listed class it can; returns how many it loaded. */
    static int loadAll() {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // Gone from this build: the window loads what it needs anyway.
                }
            }
        } catch (IOException e) {
            // Only a speed-up.
        }
        return loaded;
    }
}
