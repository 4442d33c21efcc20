package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Segments rich in events are searched first, every segment once, and the best hits do not depend on it. */
class SearchOrderTest {

    static Directory directory;
    static DirectoryReader reader;
    static ExecutorService pool;

    @BeforeAll
    static void indexSegmentsOfDifferentKinds() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(Schema.indexAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            segment(w, 300, 0);   // passages only
            segment(w, 120, 120); // events only
            segment(w, 100, 40);  // some events
            segment(w, 30, 0);    // a few passages
        }
        reader = DirectoryReader.open(directory);
        pool = Executors.newFixedThreadPool(2);
    }

    /** {@code docs} documents, the first {@code events} of them events, the same few sentences over and over. */
    private static void segment(IndexWriter w, int docs, int events) throws IOException {
        String[] sentences = {"Hai bên hội đàm tại Hà Nội.", "Ngoại trưởng Nga hội đàm với ngoại trưởng Mỹ.",
                "Hội đàm Nga – Mỹ", "Thủ tướng tiếp đoàn."};
        for (int i = 0; i < docs; i++) {
            Document d = new Document();
            d.add(new StringField(Schema.KIND, i < events ? "event" : "passage", Field.Store.NO));
            d.add(new TextField(Schema.TEXT, sentences[i % sentences.length], Field.Store.NO));
            w.addDocument(d);
        }
        w.commit();
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
        pool.shutdown();
    }

    @Test
    void searchesSegmentsRichestInEventsFirstAndEverySegmentOnce() {
        LeafSlice[] slices = SearchOrder.slices(reader.leaves());
        List<Integer> order = Arrays.stream(slices).flatMap(s -> Arrays.stream(s.leaves)).map(l -> l.ord).toList();
        assertThat(order).containsExactlyInAnyOrderElementsOf(reader.leaves().stream().map(l -> l.ord).toList());
        // The events-only segment, then the one with some events, each alone; then the rest together.
        assertThat(slices).hasSize(3);
        assertThat(slices[0].leaves).hasSize(1);
        assertThat(slices[0].leaves[0].reader().maxDoc()).isEqualTo(120);
        assertThat(slices[1].leaves).hasSize(1);
        assertThat(slices[1].leaves[0].reader().maxDoc()).isEqualTo(100);
        assertThat(Arrays.stream(slices[2].leaves).map(l -> l.reader().maxDoc()).toList()).containsExactly(300, 30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hội", "đàm", "nga", "thủ", "ngoại"})
    void bestHitsDoNotDependOnTheOrderOfSegments(String word) throws IOException {
        IndexSearcher lucene = new IndexSearcher(reader, pool);
        IndexSearcher ordered = new IndexSearcher(reader, pool) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return SearchOrder.slices(leaves);
            }
        };
        TermQuery q = new TermQuery(new Term(Schema.TEXT, word));
        // Many documents tie: ties go to the lowest doc id in any order of segments.
        for (int n : new int[] {1, 10, 100}) {
            TopDocs a = lucene.search(q, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
            TopDocs b = ordered.search(q, new TopScoreDocCollectorManager(n, null, n));
            assertThat(hits(b)).isEqualTo(hits(a));
        }
    }

    private static List<String> hits(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(sd -> sd.doc + ":" + Float.floatToIntBits(sd.score)).toList();
    }
}
