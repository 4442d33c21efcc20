package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The pool is lent while its tasks spend their time on a core, and withheld for a while, longer
 * each time in a row, when they mostly wait for one. Clocks are stepped by hand: a task "runs" for
 * a given wall time and gets a given share of it on a core.
 */
class SparePoolTest {

    private final AtomicLong wall = new AtomicLong();
    private final AtomicLong cpu = new AtomicLong();
    private final List<Runnable> ran = new ArrayList<>();
    /** Runs each task at once, as if for {@code taskWall} nanoseconds with {@code onCore} of it on a core. */
    private long taskWall;
    private double onCore;
    private final Executor inline = task -> {
        ran.add(task);
        task.run();
    };
    private final SparePool pool = new SparePool(inline, wall::get, cpu::get);

    private void runTasks(int n, long nanos, double share) {
        taskWall = nanos;
        onCore = share;
        for (int i = 0; i < n; i++) {
            pool.execute(() -> {
                wall.addAndGet(taskWall);
                cpu.addAndGet((long) (taskWall * onCore));
            });
        }
    }

    @Test
    void lendsThePoolWhileItsTasksGetACore() {
        runTasks(100, 5_000_000L, 0.95);
        assertThat(pool.pausedNow()).isFalse();
        assertThat(ran).hasSize(100);
    }

    @Test
    void keepsSearchesOnTheirThreadWhileThePoolWaitsForACore() {
        runTasks(10, 5_000_000L, 0.4);
        assertThat(pool.pausedNow()).isTrue();
        assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        wall.addAndGet(SparePool.FIRST_PAUSE_NANOS);
        assertThat(pool.pausedNow()).isFalse();
    }

    @Test
    void pausesLongerAfterEachPoorVerdictInARowAndAfreshAfterAGoodOne() {
        runTasks(10, 5_000_000L, 0.4);
        wall.addAndGet(SparePool.FIRST_PAUSE_NANOS);
        runTasks(10, 5_000_000L, 0.4);
        wall.addAndGet(SparePool.FIRST_PAUSE_NANOS);
        assertThat(pool.pausedNow()).as("the second pause is twice the first").isTrue();
        wall.addAndGet(SparePool.FIRST_PAUSE_NANOS);
        assertThat(pool.pausedNow()).isFalse();
        runTasks(10, 5_000_000L, 0.9);
        runTasks(10, 5_000_000L, 0.4);
        wall.addAndGet(SparePool.FIRST_PAUSE_NANOS);
        assertThat(pool.pausedNow()).as("a good verdict resets the pause").isFalse();
    }

    @Test
    void aWithheldPoolStillSearchesEverySliceOnTheCallingThread() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 600; i++) {
                    Document d = new Document();
                    d.add(new TextField(Schema.TEXT, i % 3 == 0 ? "Hai bên hội đàm." : "Hội nghị kết thúc.", Field.Store.NO));
                    w.addDocument(d);
                    if (i % 100 == 99) {
                        w.commit();
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher alone = new IndexSearcher(reader);
                IndexSearcher sliced = new IndexSearcher(reader, pool) {
                    @Override
                    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                        return leaves.stream().map(l -> new LeafSlice(new ArrayList<>(List.of(l)))).toArray(LeafSlice[]::new);
                    }
                };
                runTasks(10, 5_000_000L, 0.4);
                int lent = ran.size();
                TermQuery q = new TermQuery(new Term(Schema.TEXT, "hoi"));
                assertThat(sliced.search(q, 50).scoreDocs).usingRecursiveFieldByFieldElementComparator()
                        .containsExactly(alone.search(q, 50).scoreDocs);
                assertThat(sliced.count(q)).isEqualTo(600);
                assertThat(ran).as("nothing handed to the pool").hasSize(lent);
            }
        }
    }

    @Test
    void oneShortSlowTaskIsNoVerdict() {
        runTasks(1, 1_000_000L, 0.1);
        assertThat(pool.pausedNow()).isFalse();
    }
}
