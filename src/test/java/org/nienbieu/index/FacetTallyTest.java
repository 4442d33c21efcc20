package org.nienbieu.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counting facets while searching gives Lucene's own counts, in Lucene's order, on several segments. */
class FacetTallyTest {

    private static final List<String> DIMS = List.of(Schema.DIM_TYPE, Schema.DIM_STATUS, Schema.DIM_ACTOR,
            Schema.DIM_MONTH);
    static Directory directory;
    static DirectoryReader reader;
    static SortedSetDocValuesReaderState state;
    static ExecutorService pool;

    @BeforeAll
    static void indexEventsLikeDocumentsOverSeveralSegments() throws IOException {
        directory = new ByteBuffersDirectory();
        FacetsConfig config = Schema.facetsConfig();
        Random random = new Random(7);
        String[] types = {"meeting", "call", "proposal", "agreement"};
        String[] actors = {"Nga", "Mỹ", "Trung Quốc", "Việt Nam", "Liên Hợp Quốc", "Pháp"};
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 3_000; i++) {
                Document d = new Document();
                d.add(new StringField("kind", i % 3 == 0 ? "passage" : "event", Field.Store.NO));
                d.add(new StringField("even", i % 2 == 0 ? "yes" : "no", Field.Store.NO));
                if (i % 3 != 0) {
                    d.add(new SortedSetDocValuesFacetField(Schema.DIM_TYPE, types[random.nextInt(types.length)]));
                    d.add(new SortedSetDocValuesFacetField(Schema.DIM_STATUS, random.nextBoolean() ? "done" : "planned"));
                    for (int a = random.nextInt(3); a >= 0; a--) {
                        d.add(new SortedSetDocValuesFacetField(Schema.DIM_ACTOR, actors[random.nextInt(actors.length)]));
                    }
                }
                if (i % 7 != 0) {
                    d.add(new SortedSetDocValuesFacetField(Schema.DIM_MONTH, "2025-%02d".formatted(1 + random.nextInt(12))));
                }
                w.addDocument(config.build(d));
                if (i % 700 == 699) {
                    w.commit(); // another segment
                }
            }
            w.commit();
        }
        reader = DirectoryReader.open(directory);
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() throws IOException {
        pool.shutdown();
        reader.close();
        directory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"all", "kind:event", "even:yes", "kind:passage"})
    void countsAndOrderAreLucenesOnOneThreadAndOnSeveral(String filter) throws IOException {
        Query q = filter.equals("all") ? new MatchAllDocsQuery()
                : new TermQuery(new Term(filter.substring(0, filter.indexOf(':')), filter.substring(filter.indexOf(':') + 1)));
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        for (IndexSearcher searcher : List.of(new IndexSearcher(reader), new IndexSearcher(reader, pool))) {
            FacetsCollector lucene = searcher.search(q, new FacetsCollectorManager());
            Facets expected = new SortedSetDocValuesFacetCounts(state, lucene);
            FacetTally.Counts tally = searcher.search(q, new FacetTally(state));
            assertThat(tally.hits()).isEqualTo(searcher.count(q));
            for (String dim : DIMS) {
                assertThat(tally.top(dim, 3)).as(dim + " top 3").isEqualTo(values(expected.getTopChildren(3, dim)));
                assertThat(tally.all(dim)).as(dim + " all").isEqualTo(values(expected.getAllChildren(dim)));
            }
        }
    }

    private static List<FacetCount> values(FacetResult r) {
        List<FacetCount> out = new ArrayList<>();
        if (r != null) {
            for (LabelAndValue lv : r.labelValues) {
                out.add(new FacetCount(lv.label, lv.value.longValue()));
            }
        }
        return out;
    }
}
