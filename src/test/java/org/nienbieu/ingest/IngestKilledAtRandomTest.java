package org.nienbieu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.index.Schema;
import org.nienbieu.index.StoredChronology;

/**
 * A child JVM ingesting a generated corpus is killed ({@code destroyForcibly}) several times at
 * pseudo-random moments: after some file, a little later (in the middle of the next file or of a
 * commit), or while the events are merged and committed at the end. After each kill the index
 * opens and answers from a commit, never from a half-written batch, with either the events of
 * its last complete commit or none newer; the next child goes on from there, and a last ingest
 * in-process completes it with the events of a full build. The seed is printed in every
 * assertion; {@code -Dnienbieu.killSeed=N} replays it.
 */
class IngestKilledAtRandomTest {

    static final int GENERATED = 100;
    static final int COMMIT_EVERY = 20;

    @TempDir
    Path temp;

    @Test
    void indexSurvivesKillsAtRandomMomentsAndTheNextIngestCompletesIt() throws Exception {
        long seed = Long.getLong("nienbieu.killSeed", System.nanoTime());
        Random random = new Random(seed);
        Path corpus = temp.resolve("corpus");
        Path index = temp.resolve("index");
        TestIndexes.copySeeds(corpus);
        new CorpusIndexer(2).ingest(corpus, index, IngestListener.NONE);
        List<String> seedEvents = TestIndexes.eventIds(StoredChronology.read(index).events());
        new CorpusGenerator(seed).write(GENERATED, corpus.resolve("gen"));
        List<String> fullEvents = TestIndexes.eventIds(new ChronologyBuilder(2).build(corpus, IngestListener.NONE).events());
        int total = 5 + GENERATED;

        int kills = 3 + random.nextInt(3);
        int committed = 5;
        List<String> story = new ArrayList<>();
        for (int round = 0; round < kills; round++) {
            boolean last = round == kills - 1;
            // Within the first half of what is left, so later rounds still have files; the last
            // round after the last file, when the events are merged and committed.
            int afterFile = last ? total : committed + 1 + random.nextInt(Math.max(1, (total - committed) / 2));
            int delayMillis = random.nextInt(last ? 400 : 150);
            String outcome = killChild(corpus, index, round, afterFile, delayMillis);
            story.add("kill " + (round + 1) + " after file " + afterFile + " + " + delayMillis + " ms: " + outcome);
            String replay = String.format("seed %d (replay with -Dnienbieu.killSeed=%d): %s", seed, seed, story);

            int articles = TestIndexes.articles(index);
            assertThat(articles).as(replay).isBetween(committed, total);
            assertThat((articles - committed) % COMMIT_EVERY == 0 || articles == total)
                    .as("%s: %d articles is not a commit of whole batches", replay, articles).isTrue();
            assertThat(TestIndexes.hits(index, "Witkoff", Schema.Kind.EVENT)).as(replay).isPositive();
            StoredChronology stored = StoredChronology.read(index);
            assertThat(stored.articles()).as(replay).isEqualTo(articles);
            List<String> events = TestIndexes.eventIds(stored.events());
            if (stored.complete() && articles == total) {
                assertThat(events).as(replay).isEqualTo(fullEvents);
            } else {
                assertThat(events).as(replay + ": events of the last complete commit").isEqualTo(seedEvents);
            }
            committed = articles;
        }
        String replay = String.format("seed %d (replay with -Dnienbieu.killSeed=%d): %s", seed, seed, story);
        assertThat(story).as(replay).filteredOn(s -> s.contains(", killed (exit")).hasSizeGreaterThanOrEqualTo(kills - 1);

        IngestSummary s = new CorpusIndexer(2).ingest(corpus, index, IngestListener.NONE);
        assertThat(s.added()).as(replay).isEqualTo(total - committed);
        StoredChronology stored = StoredChronology.read(index);
        assertThat(stored.complete()).as(replay).isTrue();
        assertThat(stored.articles()).as(replay).isEqualTo(total);
        assertThat(TestIndexes.eventIds(stored.events())).as(replay).isEqualTo(fullEvents);
        // One line in the test output, for the record of moments survived.
        System.out.println("IngestKilledAtRandomTest: " + replay + "; then " + s.added() + " added in-process");
    }

    /** Starts a child ingest, kills it {@code delayMillis} after it reports file {@code afterFile}; says how it went. */
    private String killChild(Path corpus, Path index, int round, int afterFile, int delayMillis)
            throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                corpus.toString(), index.toString(), "1", String.valueOf(COMMIT_EVERY))
                .redirectError(temp.resolve("child-" + round + ".err").toFile())
                .start();
        String last = "nothing";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                last = line;
                if (line.startsWith("progress ") && Integer.parseInt(line.split(" ")[1]) >= afterFile) {
                    break;
                }
            }
            Thread.sleep(delayMillis);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        int exit = child.exitValue();
        if (exit == 0) {
            return "finished before the kill";
        }
        // 137 = 128 + SIGKILL on Unix; 1 on Windows. A child that failed on its own leaves its stderr.
        String err = Files.readString(temp.resolve("child-" + round + ".err"));
        return err.contains("Exception") ? "failed: " + err : "after '" + last + "', killed (exit " + exit + ")";
    }
}
