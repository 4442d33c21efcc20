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
