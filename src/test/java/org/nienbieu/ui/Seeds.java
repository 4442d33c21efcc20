package org.nienbieu.ui;

import java.nio.file.Path;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.ingest.ChronologyBuilder;
import org.nienbieu.ingest.IngestListener;

/** The bundled seed corpus and its chronology, built once for the view-model tests. */
final class Seeds {

    static final Path DIR = Path.of("seeds");
    private static Chronology chronology;

    private Seeds() {
    }

    /** A copy of the seeds in {@code corpus} (created), for tests that change or add files. */
    static Path copyTo(Path corpus) throws java.io.IOException {
        java.nio.file.Files.createDirectories(corpus);
        try (var seeds = java.nio.file.Files.list(DIR)) {
            for (Path s : seeds.toList()) {
                java.nio.file.Files.copy(s, corpus.resolve(s.getFileName()));
            }
        }
        return corpus;
    }

    static synchronized Chronology chronology() {
        if (chronology == null) {
            try {
                chronology = new ChronologyBuilder(2).build(DIR, IngestListener.NONE);
            } catch (BadArticleException e) {
                throw new IllegalStateException(e);
            }
        }
        return chronology;
    }
}
