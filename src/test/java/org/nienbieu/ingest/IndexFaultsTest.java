package org.nienbieu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.index.FaultyDisk;
import org.nienbieu.index.Schema;
import org.nienbieu.index.SearchRequest;
import org.nienbieu.index.SearchService;
import org.nienbieu.index.StoredChronology;
import org.nienbieu.model.Event;

/**
 * An index that cannot be written: a disk that fills up at any point of an ingest, a read-only
 * folder, a folder that cannot be created. The ingest fails with the system's cause and blames no
 * article; the index keeps its last commit and answers from it; the next ingest with room
 * completes it, with the events of a full build.
 */
class IndexFaultsTest {

    static final int GENERATED = 45;
    static final int COMMIT_EVERY = 15;

    @TempDir
    Path temp;
    Path corpus;
    Path index;
    final List<BadArticleException> blamed = new ArrayList<>();
    final IngestListener listener = new IngestListener() {
        @Override
        public void badFile(BadArticleException problem) {
            blamed.add(problem);
        }
    };

    @BeforeEach
    void seedsIndexedThenMoreArticles() throws Exception {
        corpus = temp.resolve("corpus");
        index = temp.resolve("index");
        TestIndexes.copySeeds(corpus);
        new CorpusIndexer(2).ingest(corpus, index, IngestListener.NONE);
        new CorpusGenerator(5).write(GENERATED, corpus.resolve("gen"));
    }

    @Test
    void diskFullAtAnyPointKeepsTheLastCommitAndTheNextIngestCompletesIt() throws Exception {
        List<String> expected = TestIndexes.eventIds(new ChronologyBuilder(2).build(corpus, IngestListener.NONE).events());
        long need = bytesAFullIngestWrites();
        int failed = 0;
        List<String> kept = new ArrayList<>();
        // From nothing left to just short of what the ingest writes: the commit of the first batch,
        // the later batches, the merged events, the final commit. One reading thread, so that each
        // commit holds whole batches of COMMIT_EVERY files.
        double[] shares = {0, 0.001, 0.01, 0.05, 0.2, 0.4, 0.6, 0.8, 0.9, 0.97, 0.995};
        for (double share : shares) {
            long bytesLeft = (long) (need * share);
            Path idx = temp.resolve("full-" + share);
            TestIndexes.copyFolder(index, idx);
            blamed.clear();
            Throwable thrown = catchThrowable(() -> new CorpusIndexer(1, COMMIT_EVERY,
                    dir -> FaultyDisk.openFull(dir, bytesLeft)).ingest(corpus, idx, listener));
            String when = "disk full after " + bytesLeft + " of " + need + " bytes";
            if (thrown == null && share > 0.9) {
                // Lucene merged segments differently this time and needed less: no fault to survive.
                kept.add(bytesLeft + " B: enough");
                continue;
            }
            assertThat(thrown).as(when).isInstanceOf(IOException.class);
            assertThat(TestIndexes.causes(thrown)).as(when).anyMatch(t -> FaultyDisk.NO_SPACE.equals(t.getMessage()));
            assertThat(blamed).as(when + ": no article is blamed for the disk").isEmpty();
            failed++;

            int committed = TestIndexes.articles(idx);
            kept.add(bytesLeft + " B: " + committed);
            assertThat(committed).as(when).isBetween(5, 5 + GENERATED);
            assertThat((committed - 5) % COMMIT_EVERY == 0 || committed == 5 + GENERATED)
                    .as(when + ": the index holds a commit, never a half-written batch (%d articles)", committed).isTrue();
            assertThat(TestIndexes.hits(idx, "Witkoff", Schema.Kind.EVENT)).as(when + ": the seeds' events still answer").isPositive();

            IngestSummary s = new CorpusIndexer(2).ingest(corpus, idx, listener);
            assertThat(s.added()).as(when).isEqualTo(5 + GENERATED - committed);
            StoredChronology stored = StoredChronology.read(idx);
            assertThat(stored.complete()).as(when).isTrue();
            assertThat(stored.articles()).as(when).isEqualTo(5 + GENERATED);
            assertThat(TestIndexes.eventIds(stored.events())).as(when).isEqualTo(expected);
        }
        assertThat(failed).isGreaterThanOrEqualTo(shares.length - 2);
        // One line in the test output, for the record: bytes left → articles the index kept.
        System.out.println("IndexFaultsTest: an ingest writing " + need + " B, disk full after " + kept);
    }

    @Test
    void diskFullWhileSeveralThreadsWriteBlamesNoArticle() throws Exception {
        long bytesLeft = bytesAFullIngestWrites() / 10;
        Throwable thrown = catchThrowable(() -> new CorpusIndexer(2, COMMIT_EVERY,
                dir -> FaultyDisk.openFull(dir, bytesLeft)).ingest(corpus, index, listener));
        assertThat(thrown).isInstanceOf(IOException.class);
        assertThat(TestIndexes.causes(thrown)).anyMatch(t -> FaultyDisk.NO_SPACE.equals(t.getMessage()));
        assertThat(blamed).isEmpty();
        assertThat(TestIndexes.articles(index)).isBetween(5, 5 + GENERATED);
        new CorpusIndexer(2).ingest(corpus, index, listener);
        assertThat(TestIndexes.articles(index)).isEqualTo(5 + GENERATED);
        assertThat(blamed).isEmpty();
    }

    @Test
    void readOnlyIndexFolderIsRefusedAndTheIndexStillAnswers() throws Exception {
        Throwable thrown = catchThrowable(() -> new CorpusIndexer(2, COMMIT_EVERY, FaultyDisk::openReadOnly)
                .ingest(corpus, index, listener));
        assertThat(thrown).isInstanceOf(AccessDeniedException.class);
        assertThat(blamed).isEmpty();
        assertThat(TestIndexes.articles(index)).isEqualTo(5);
        assertThat(TestIndexes.hits(index, "Witkoff", Schema.Kind.EVENT)).isPositive();
        assertThat(new CorpusIndexer(2).ingest(corpus, index, listener).added()).isEqualTo(GENERATED);
        assertThat(TestIndexes.articles(index)).isEqualTo(5 + GENERATED);
    }

    @Test
    void indexFolderUnderAFileIsRefusedBeforeAnyArticleIsRead() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        Throwable thrown = catchThrowable(() -> new CorpusIndexer(2).ingest(corpus, file.resolve("index"), listener));
        assertThat(thrown).isInstanceOf(IOException.class).hasMessageContaining("not-a-folder");
        assertThat(blamed).isEmpty();
        assertThat(file).hasContent("x");
    }

    /** What an ingest of the generated articles into a copy of the seeds' index writes, in bytes. */
    private long bytesAFullIngestWrites() throws Exception {
        Path probe = temp.resolve("probe");
        TestIndexes.copyFolder(index, probe);
        AtomicLong left = new AtomicLong(Long.MAX_VALUE);
        new CorpusIndexer(1, COMMIT_EVERY, dir -> FaultyDisk.openFull(dir, left)).ingest(corpus, probe, IngestListener.NONE);
        return Long.MAX_VALUE - left.get();
    }
}
