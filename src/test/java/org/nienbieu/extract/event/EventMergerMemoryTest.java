package org.nienbieu.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Quote;

/**
 * The merger holds a large corpus in a small heap: a child JVM with {@value #HEAP_MB} MB merges
 * {@value #ARTICLES} articles' worth of events (five events with a 150-character sentence each and
 * two quotes an article, as a generated corpus has) and streams the merged events and quotes out.
 * It holds about 33 MB of them; the merger that kept every {@link Mention} and {@link Quote} with
 * its text, a string key per reported event and hash sets per merged event held about 110 MB and
 * ran out of that heap. Synthetic events, not extraction, so that the test takes seconds; the
 * whole ingest's peak is set by Lucene's indexing buffer besides, which would hide the merger's.
 */
class EventMergerMemoryTest {

    static final int ARTICLES = 6_000;
    static final int HEAP_MB = 64;

    @Test
    void mergesSixThousandArticlesInASixtyFourMegabyteHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), String.valueOf(ARTICLES))
                .redirectErrorStream(true).start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("child finished: " + output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("merged " + ARTICLES + " articles");
    }

    /** Merges N synthetic articles and streams the result out; exits non-zero when the heap is too small. */
    static final class Child {

        public static void main(String[] args) throws IOException {
            int articles = Integer.parseInt(args[0]);
            EventMerger merger = new EventMerger();
            try {
                SplittableRandom random = new SplittableRandom(42);
                for (int i = 0; i < articles; i++) {
                    merger.add(article(i, random));
                }
                long events = 0;
                long mentions = 0;
                for (Iterator<Event> it = merger.iterateEvents(); it.hasNext(); events++) {
                    mentions += it.next().mentions().size();
                }
                long quotes = 0;
                for (Iterator<Quote> it = merger.iterateQuotes(); it.hasNext(); quotes++) {
                    it.next();
                }
                System.out.println("merged " + articles + " articles: " + events + " events, " + mentions
                        + " mentions, " + quotes + " quotes");
            } catch (OutOfMemoryError e) {
                System.out.println("out of memory");
                System.exit(3);
            }
        }

        private static ArticleEvents article(int n, SplittableRandom random) {
            String name = String.format("%03d/%06d_%016x.txt", n / 1000, n, random.nextLong());
            LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
            List<Event> events = new ArrayList<>();
            int offset = 0;
            for (int e = 0; e < 5; e++) {
                EventType type = EventType.values()[random.nextInt(EventType.values().length)];
                Actor a = actor(random.nextInt(600));
                Actor b = actor(random.nextInt(600));
                List<Actor> actors = a.equals(b) ? List.of(a) : List.of(a, b);
                DateSpan date = random.nextInt(5) == 0 ? DateSpan.undated()
                        : DateSpan.day(published.minusDays(random.nextInt(10)));
                String text = sentence(random, 150);
                List<Mention> mentions = List.of(new Mention(name, offset, offset + text.length(), text));
                offset += text.length() + 1;
                events.add(new Event("e" + e, type, EventStatus.values()[random.nextInt(EventStatus.values().length)],
                        date, actors, List.of("Thành phố " + random.nextInt(2000)),
                        "Hội đàm " + a.name() + " – " + b.name(), mentions));
            }
            List<Quote> quotes = new ArrayList<>();
            for (int q = 0; q < 2; q++) {
                String text = sentence(random, 100);
                quotes.add(new Quote(name, offset, offset + text.length(), text, Optional.of(actor(random.nextInt(600))),
                        Optional.of("e" + random.nextInt(5))));
                offset += text.length() + 3;
            }
            return new ArticleEvents(name, events, quotes, Optional.of(published));
        }

        private static Actor actor(int n) {
            return n % 3 == 0 ? new Actor("country:quoc-gia-" + n, "Quốc gia " + n, Optional.empty())
                    : new Actor("person:nguoi-" + n, "Nguyễn Văn " + n, Optional.of("Bộ trưởng Ngoại giao"));
        }

        private static final String[] WORDS = {"ngoại", "trưởng", "hội", "đàm", "với", "người", "đồng", "cấp", "về",
            "quan", "hệ", "song", "phương", "hai", "bên", "nhất", "trí", "thúc", "đẩy", "hợp", "tác", "kinh", "tế"};

        private static String sentence(SplittableRandom random, int length) {
            StringBuilder b = new StringBuilder(length + 10);
            while (b.length() < length) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            return b.substring(0, length - 1) + ".";
        }
    }
}
