package org.nienbieu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The baseline: read every file and count a word's occurrences, as {@code grep -c} would. */
final class NaiveScan {

    private NaiveScan() {
    }

    static long count(List<Path> files, String word) throws IOException {
        long hits = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
                hits++;
            }
        }
        return hits;
    }
}
