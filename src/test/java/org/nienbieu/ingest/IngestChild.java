package org.nienbieu.ingest;

import java.nio.file.Path;
import org.nienbieu.index.IndexStore;

/**
 * A separate JVM that ingests a corpus and reports each file on stdout, to be killed mid-ingest.
 * Arguments: corpus, index, and optionally the reading threads (1) and files between commits.
 */
public final class IngestChild {

    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int commitEvery = args.length > 3 ? Integer.parseInt(args[3]) : CorpusIndexer.COMMIT_EVERY;
        new CorpusIndexer(threads, commitEvery, IndexStore::openWritable).ingest(Path.of(args[0]), Path.of(args[1]),
                new IngestListener() {
                    @Override
                    public void progress(int done, int total) {
                        System.out.println("progress " + done + " " + total);
                        System.out.flush();
                    }
                });
        System.out.println("done");
    }
}
