package org.nienbieu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.article.BadArticleException.Problem;
import org.nienbieu.article.CorpusReader;
import org.nienbieu.article.ReadResult;
import org.nienbieu.article.Windows1258Text;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.index.StoredChronology;
import org.slf4j.LoggerFactory;

/**
 * Files that vanish, turn into a folder or into a symbolic link to nothing after the corpus was
 * listed: before reading starts, and while the reading threads work (from the progress callback,
 * which runs on the ingesting thread while up to {@code threads * 8} files ahead are being read;
 * files further ahead are not touched yet, so which ones are gone when read is certain). Each is
 * reported once with its name and reason; every other file's events are all found.
 */
class VanishingFilesTest {

    static final int THREADS = 2;
    /** Files further than this ahead of the one handed over have not been started: see CorpusReader. */
    static final int AHEAD = THREADS * 8 + 1;

    @TempDir
    Path temp;
    Path corpus;
    List<CorpusReader.CorpusFile> listing;

    @BeforeEach
    void generatedCorpus() throws Exception {
        corpus = temp.resolve("corpus");
        new CorpusGenerator(3).write(80, corpus);
        listing = CorpusReader.list(corpus);
        assertThat(listing).hasSize(80);
    }

    /** Removes three files the reader has not reached after {@code done} files: one gone, one now a folder, one now a dangling link. */
    Map<String, Problem> spoilAfter(int done) {
        Map<String, Problem> spoilt = new LinkedHashMap<>();
        try {
            CorpusReader.CorpusFile gone = listing.get(done + AHEAD);
            Files.delete(gone.path());
            spoilt.put(gone.name(), Problem.VANISHED);
            CorpusReader.CorpusFile folder = listing.get(done + AHEAD + 5);
            Files.delete(folder.path());
            Files.createDirectory(folder.path());
            spoilt.put(folder.name(), Problem.NOT_A_FILE);
            CorpusReader.CorpusFile link = listing.get(done + AHEAD + 9);
            Files.delete(link.path());
            Files.createSymbolicLink(link.path(), temp.resolve("nowhere.txt"));
            spoilt.put(link.name(), Problem.DANGLING_LINK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spoilt;
    }

    /** Listener that spoils files once, after the {@code at}-th, and collects what is reported. */
    final class Spoiler implements IngestListener {
        final int at;
        final Map<String, Problem> spoilt = new LinkedHashMap<>();
        final Map<String, Problem> reported = new ConcurrentHashMap<>();
        int badCalls;

        Spoiler(int at) {
            this.at = at;
        }

        @Override
        public void progress(int done, int total) {
            if (done == at) {
                spoilt.putAll(spoilAfter(done));
            }
        }

        @Override
        public void badFile(BadArticleException problem) {
            badCalls++;
            reported.put(problem.file(), problem.problem());
        }
    }

    @Test
    void fileGoneBetweenListingAndReadingIsReportedByName() throws Exception {
        Map<String, Problem> spoilt = spoilAfter(0);
        List<ReadResult> results = new ArrayList<>();
        new CorpusReader(THREADS).read(listing, results::add);
        assertThat(results).hasSize(80);
        Map<String, Problem> reported = new LinkedHashMap<>();
        results.forEach(r -> r.problem().ifPresent(p -> reported.put(p.file(), p.problem())));
        assertThat(reported).isEqualTo(spoilt);
        assertThat(results.stream().filter(ReadResult::isOk)).hasSize(77);
        BadArticleException link = results.stream().flatMap(r -> r.problem().stream())
                .filter(p -> p.problem() == Problem.DANGLING_LINK).findFirst().orElseThrow();
        assertThat(link.reason()).contains("symbolic link", "nowhere.txt");
        assertThat(link.reason(java.util.Locale.forLanguageTag("vi"))).contains("liên kết tượng trưng");
    }

    @Test
    void danglingLinkInTheCorpusIsReportedNotSkipped() throws Exception {
        Files.createSymbolicLink(corpus.resolve("zz_link.txt"), temp.resolve("nowhere.txt"));
        List<ReadResult> results = new ArrayList<>();
        new CorpusReader(THREADS).read(corpus, results::add);
        assertThat(results).hasSize(81);
        assertThat(results.get(80).problem()).hasValueSatisfying(p -> {
            assertThat(p.file()).isEqualTo("zz_link.txt");
            assertThat(p.problem()).isEqualTo(Problem.DANGLING_LINK);
        });
    }

    @Test
    void chronologyOfFilesSpoiltWhileBeingReadHasEveryOtherFilesEvents() throws Exception {
        Spoiler spoiler = new Spoiler(10);
        Chronology built = new ChronologyBuilder(THREADS).build(corpus, spoiler);
        assertThat(spoiler.reported).isEqualTo(spoiler.spoilt).hasSize(3);
        assertThat(spoiler.badCalls).isEqualTo(3);
        assertThat(built.articles()).isEqualTo(77);
        // The files left are what a fresh build reads (the folder holds nothing, the link is reported again).
        Chronology after = new ChronologyBuilder(THREADS).build(corpus, IngestListener.NONE);
        assertThat(after.articles()).isEqualTo(77);
        assertThat(TestIndexes.eventIds(built.events())).hasSizeGreaterThan(50)
                .isEqualTo(TestIndexes.eventIds(after.events()));
    }

    @Test
    void ingestOfFilesSpoiltWhileBeingReadIndexesEveryOtherFile() throws Exception {
        Path index = temp.resolve("index");
        Spoiler spoiler = new Spoiler(10);
        IngestSummary s = new CorpusIndexer(THREADS).ingest(corpus, index, spoiler);
        assertThat(spoiler.reported).isEqualTo(spoiler.spoilt).hasSize(3);
        assertThat(s).extracting(IngestSummary::added, IngestSummary::bad).containsExactly(77, 3);
        assertSameEventsAsAFullBuild(index, 77);
    }

    @Test
    void indexedFilesSpoiltDuringTheNextIngestLoseTheirDocuments() throws Exception {
        Path index = temp.resolve("index");
        new CorpusIndexer(THREADS).ingest(corpus, index, IngestListener.NONE);
        // Every file changed, so every file is read again; three vanish on the way.
        for (CorpusReader.CorpusFile f : listing) {
            Files.writeString(f.path(), Files.readString(f.path()) + "\nBộ Ngoại giao cho biết thêm chi tiết.\n");
        }
        Spoiler spoiler = new Spoiler(10);
        IngestSummary s = new CorpusIndexer(THREADS).ingest(corpus, index, spoiler);
        assertThat(spoiler.reported).isEqualTo(spoiler.spoilt).hasSize(3);
        assertThat(s).extracting(IngestSummary::updated, IngestSummary::removed, IngestSummary::bad)
                .containsExactly(77, 3, 3);
        assertSameEventsAsAFullBuild(index, 77);
    }

    @Test
    void fileGoneBetweenReadingAndHashingIsReportedAndTheIngestGoesOn() throws Exception {
        // A Windows-1258 file makes the reader log a warning on the reading thread after reading it
        // and before the indexer hashes it: the file is deleted right there.
        CorpusReader.CorpusFile victim = listing.get(40);
        String text = Files.readString(victim.path());
        Files.write(victim.path(), Windows1258Text.toneMarksApart(text).getBytes(Charset.forName("windows-1258")));
        Logger log = (Logger) LoggerFactory.getLogger(CorpusReader.class);
        AppenderBase<ILoggingEvent> deleter = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getFormattedMessage().startsWith(victim.name() + ": not UTF-8")) {
                    try {
                        Files.delete(victim.path());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
        deleter.start();
        log.addAppender(deleter);
        Path index = temp.resolve("index");
        Spoiler spoiler = new Spoiler(-1);
        IngestSummary s;
        try {
            s = new CorpusIndexer(THREADS).ingest(corpus, index, spoiler);
        } finally {
            log.detachAppender(deleter);
        }
        assertThat(victim.path()).doesNotExist();
        assertThat(spoiler.reported).containsExactly(Map.entry(victim.name(), Problem.VANISHED));
        assertThat(s).extracting(IngestSummary::added, IngestSummary::bad).containsExactly(79, 1);
        assertSameEventsAsAFullBuild(index, 79);
    }

    private void assertSameEventsAsAFullBuild(Path index, int articles) throws Exception {
        Chronology full = new ChronologyBuilder(THREADS).build(corpus, IngestListener.NONE);
        StoredChronology stored = StoredChronology.read(index);
        assertThat(stored.complete()).isTrue();
        assertThat(stored.articles()).isEqualTo(full.articles()).isEqualTo(articles);
        assertThat(TestIndexes.eventIds(stored.events())).hasSizeGreaterThan(50)
                .isEqualTo(TestIndexes.eventIds(full.events()));
    }
}
