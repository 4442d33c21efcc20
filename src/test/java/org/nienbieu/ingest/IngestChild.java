package org.nienbieu.ingest;

import java.nio.file.Path;

/** A separate JVM that ingests a corpus and reports each file on stdout, to be killed mid-ingest. */
public final class IngestChild {

    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        new CorpusIndexer(1).ingest(Path.of(args[0]), Path.of(args[1]), new IngestListener() {
            @Override
            public void progress(int done, int total) {
                System.out.println("progress " + done + " " + total);
                System.out.flush();
            }
        });
        System.out.println("done");
    }
}
