package org.nienbieu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.index.IndexLockedException;
import org.nienbieu.index.IndexStore;
import org.nienbieu.index.Schema;
import org.nienbieu.index.SearchHit;
import org.nienbieu.index.SearchRequest;
import org.nienbieu.index.SearchResult;
import org.nienbieu.index.SearchService;
import org.nienbieu.index.StoredChronology;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;

class CorpusIndexerTest {

    @TempDir
    Path temp;
    Path corpus;
    Path index;
    final CorpusIndexer indexer = new CorpusIndexer(2);

    @BeforeEach
    void seeds() throws IOException {
        corpus = temp.resolve("corpus");
        index = temp.resolve("index");
        TestIndexes.copySeeds(corpus);
    }

    IngestSummary ingest() throws Exception {
        return indexer.ingest(corpus, index, IngestListener.NONE);
    }

    SearchResult find(String query, Schema.Kind kind) throws IOException {
        try (SearchService s = SearchService.open(index)) {
            return s.search(SearchRequest.of(query).withKind(kind).withLimit(1000));
        }
    }

    @Test
    void firstIngestAddsEveryFile() throws Exception {
        IngestSummary s = ingest();
        assertThat(s).extracting(IngestSummary::added, IngestSummary::updated, IngestSummary::removed,
                IngestSummary::unchanged, IngestSummary::bad).containsExactly(5, 0, 0, 0, 0);
        assertThat(find("", Schema.Kind.ARTICLE).total()).isEqualTo(5);
    }

    @Test
    void unchangedCorpusWritesNothing() throws Exception {
        ingest();
        List<String> before = files(index);
        IngestSummary s = ingest();
        assertThat(s.unchanged()).isEqualTo(5);
        assertThat(s.changedIndex()).isFalse();
        assertThat(files(index)).isEqualTo(before);
    }

    @Test
    void changedFileIsTheOnlyOneExtractedAgain() throws Exception {
        ingest();
        Path changed = corpus.resolve("002_f4125744e7e531c3.txt");
        Files.writeString(changed, Files.readString(changed) + "\nNgoại trưởng Lavrov nói về thỏa thuận ngũ cốc.\n");
        IngestSummary s = ingest();
        assertThat(s).extracting(IngestSummary::added, IngestSummary::updated, IngestSummary::unchanged)
                .containsExactly(0, 1, 4);
        assertThat(find("ngũ cốc", Schema.Kind.PASSAGE).hits()).extracting(SearchHit::article)
                .containsExactly("002_f4125744e7e531c3.txt");
        assertThat(find("", Schema.Kind.ARTICLE).total()).isEqualTo(5);
    }

    @Test
    void touchedButIdenticalFileIsNotExtractedAgain() throws Exception {
        ingest();
        Files.setLastModifiedTime(corpus.resolve("000_a19bd3d2391c6770.txt"), FileTime.from(Instant.now().plusSeconds(60)));
        IngestSummary s = ingest();
        assertThat(s.unchanged()).isEqualTo(5);
        assertThat(s.changedIndex()).isFalse();
    }

    @Test
    void deletedFileLosesAllItsDocuments() throws Exception {
        ingest();
        String gone = "003_e7f3d8cbe46bf37c.txt";
        Files.delete(corpus.resolve(gone));
        IngestSummary s = ingest();
        assertThat(s.removed()).isEqualTo(1);
        for (Schema.Kind kind : Schema.Kind.values()) {
            assertThat(find("", kind).hits()).allSatisfy(h -> {
                assertThat(h.article()).isNotEqualTo(gone);
                assertThat(h.mentions()).noneMatch(m -> m.article().equals(gone));
            });
        }
    }

    @Test
    void eventsAfterAnIncrementalIngestAreThoseOfAFullBuild() throws Exception {
        ingest();
        Files.delete(corpus.resolve("003_e7f3d8cbe46bf37c.txt"));
        Path changed = corpus.resolve("001_6efe2a1278e5d9a0.txt");
        Files.writeString(changed, Files.readString(changed).replace("Witkoff", "Kushner"));
        ingest();
        List<Event> expected = new ChronologyBuilder(2).build(corpus, IngestListener.NONE).events();
        List<SearchHit> indexed = find("", Schema.Kind.EVENT).hits();
        assertThat(indexed).extracting(SearchHit::id)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> "e:" + e.id()).toList());
    }

    @Test
    void chronologyReadBackFromTheIndexIsTheOneBuiltFromTheFiles() throws Exception {
        new CorpusGenerator(11).write(150, corpus.resolve("gen"));
        ingest();
        assertSameChronology();
        // And after an incremental ingest: one file changed, one deleted.
        Files.delete(corpus.resolve("003_e7f3d8cbe46bf37c.txt"));
        Path changed = corpus.resolve("001_6efe2a1278e5d9a0.txt");
        Files.writeString(changed, Files.readString(changed).replace("Witkoff", "Kushner"));
        ingest();
        assertSameChronology();
    }

    @Test
    void aChangedFileRewritesOnlyTheEventsAndQuotesItTouches() throws Exception {
        new CorpusGenerator(5).write(120, corpus.resolve("gen"));
        int all = ingest().eventsWritten();
        assertThat(all).isGreaterThan(300);
        Path changed = corpus.resolve("002_f4125744e7e531c3.txt");
        Files.writeString(changed, Files.readString(changed)
                + "\nNgày 3/11, Ngoại trưởng Lavrov hội đàm với người đồng cấp Thổ Nhĩ Kỳ tại Ankara.\n");
        IngestSummary s = ingest();
        assertThat(s.updated()).isEqualTo(1);
        assertThat(s.eventsWritten()).as("of %d", all).isBetween(1, 20);
        assertSameChronology();
    }

    private void assertSameChronology() throws Exception {
        Chronology built = new ChronologyBuilder(2).build(corpus, IngestListener.NONE);
        StoredChronology stored = StoredChronology.read(index);
        assertThat(stored.complete()).isTrue();
        assertThat(stored.articles()).isEqualTo(built.articles());
        assertThat(stored.events()).hasSizeGreaterThan(100).isEqualTo(built.events());
        assertThat(stored.quotes()).isNotEmpty().isEqualTo(built.quotes());
        // Every actor's entity comes back with the kind and country the registry gave it.
        Map<String, Entity> registry = built.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
        assertThat(stored.entities()).isNotEmpty().allSatisfy(e -> {
            Entity known = registry.get(e.id());
            assertThat(known).as(e.id()).isNotNull();
            assertThat(e.kind()).isEqualTo(known.kind());
            assertThat(e.country()).isEqualTo(known.country());
            assertThat(e.canonicalName()).isEqualTo(known.canonicalName());
        });
        assertThat(stored.entities()).extracting(Entity::id).containsAll(built.events().stream()
                .flatMap(ev -> ev.actors().stream()).map(a -> a.entityId()).filter(registry::containsKey)
                .distinct().toList());
    }

    @Test
    void anIndexWrittenByAnotherExtractorVersionIsExtractedAgainOnce() throws Exception {
        ingest();
        try (IndexStore store = IndexStore.openWritable(index)) {
            assertThat(store.label(CorpusIndexer.EXTRACTION_LABEL)).contains(CorpusIndexer.EXTRACTION_VERSION);
            store.label(CorpusIndexer.EXTRACTION_LABEL, "0");
            store.commit(IndexStore.Commit.COMPLETE);
        }
        IngestSummary again = ingest();
        assertThat(again).extracting(IngestSummary::added, IngestSummary::updated, IngestSummary::unchanged)
                .containsExactly(0, 5, 0);
        assertThat(ingest().unchanged()).isEqualTo(5);
        try (IndexStore store = IndexStore.openWritable(index)) {
            assertThat(store.label(CorpusIndexer.EXTRACTION_LABEL)).contains(CorpusIndexer.EXTRACTION_VERSION);
        }
        assertThat(StoredChronology.read(index).events())
                .isEqualTo(new ChronologyBuilder(2).build(corpus, IngestListener.NONE).events());
    }

    @Test
    void unreadableFileIsReportedAndItsOldDocumentsRemoved() throws Exception {
        ingest();
        Files.write(corpus.resolve("000_a19bd3d2391c6770.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        int[] bad = {0};
        IngestSummary s = indexer.ingest(corpus, index, new IngestListener() {
            @Override
            public void badFile(org.nienbieu.article.BadArticleException problem) {
                bad[0]++;
            }
        });
        assertThat(s.bad()).isEqualTo(1);
        assertThat(bad[0]).isEqualTo(1);
        assertThat(find("", Schema.Kind.ARTICLE).total()).isEqualTo(4);
    }

    @Test
    void progressCountsEveryFileWithARate() throws Exception {
        List<String> seen = new java.util.ArrayList<>();
        indexer.ingest(corpus, index, new IngestListener() {
            @Override
            public void progress(int done, int total, double rate) {
                assertThat(rate).isPositive();
                seen.add(done + "/" + total);
            }
        });
        assertThat(seen).containsExactly("1/5", "2/5", "3/5", "4/5", "5/5");
    }

    @Test
    void secondWriterGetsAClearMessageWhileSearchStillWorks() throws Exception {
        ingest();
        try (IndexStore holder = IndexStore.openWritable(index)) {
            assertThatThrownBy(this::ingest).isInstanceOf(IndexLockedException.class)
                    .hasMessageContaining("another process");
            assertThat(find("Witkoff", Schema.Kind.PASSAGE).total()).isPositive();
        }
    }

    @Test
    void blobRoundTripKeepsTheExtraction() throws Exception {
        var article = org.nienbieu.article.ArticleReader.read(corpus.resolve("001_6efe2a1278e5d9a0.txt"), "001.txt");
        var entities = new org.nienbieu.extract.entity.EntityRecognizer().recognise(article);
        var events = new org.nienbieu.extract.event.EventExtractor().extract(article,
                new org.nienbieu.extract.time.TimeExpressionResolver().resolve(article), entities);
        AnalysisBlob blob = AnalysisBlob.decode(new AnalysisBlob(entities, events).encode());
        assertThat(blob.events()).isEqualTo(events);
        assertThat(blob.entities().entities()).isEqualTo(entities.entities());
    }

    @Test
    void indexKilledMidIngestAnswersWithTheLastCommitAndTheNextIngestCompletesIt() throws Exception {
        ingest();
        new CorpusGenerator(7).write(120, corpus.resolve("gen"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                corpus.toString(), index.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("progress ") && Integer.parseInt(line.split(" ")[1]) >= 20) {
                    break;
                }
            }
            assertThat(line).as("the child was killed mid-ingest, not after it").startsWith("progress");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(find("", Schema.Kind.ARTICLE).total()).isEqualTo(5);
        assertThat(find("Witkoff", Schema.Kind.EVENT).total()).isPositive();
        IngestSummary s = ingest();
        assertThat(s.added()).isEqualTo(120);
        assertThat(find("", Schema.Kind.ARTICLE).total()).isEqualTo(125);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> p.getFileName() + ":" + p.toFile().length()).sorted().toList();
        }
    }
}
