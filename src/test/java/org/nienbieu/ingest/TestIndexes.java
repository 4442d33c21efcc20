package org.nienbieu.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nienbieu.index.Schema;
import org.nienbieu.index.SearchRequest;
import org.nienbieu.index.SearchService;
import org.nienbieu.model.Event;

/** What the tests of failing ingests share: a copy of the seeds, and looks at an index from outside. */
final class TestIndexes {

    private TestIndexes() {
    }

    /** Copies the bundled seed articles into {@code corpus}, creating it. */
    static void copySeeds(Path corpus) throws IOException {
        Files.createDirectories(corpus);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.toList()) {
                Files.copy(s, corpus.resolve(s.getFileName()));
            }
        }
    }

    /** Event ids, sorted: what two chronologies must share. */
    static List<String> eventIds(List<Event> events) {
        return events.stream().map(Event::id).sorted().toList();
    }

    /** An exception, its causes and what they suppressed. */
    static List<Throwable> causes(Throwable t) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.add(c);
            all.addAll(List.of(c.getSuppressed()));
        }
        return all;
    }

    /** The articles of the index's last commit. */
    static int articles(Path idx) throws IOException {
        return hits(idx, "", Schema.Kind.ARTICLE);
    }

    /** How many documents of {@code kind} the last commit of the index finds for {@code query}. */
    static int hits(Path idx, String query, Schema.Kind kind) throws IOException {
        try (SearchService s = SearchService.open(idx)) {
            return (int) s.search(SearchRequest.of(query).withKind(kind).withLimit(1)).total();
        }
    }

    /** Copies an index folder (without its lock file): a fresh copy for each fault. */
    static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("write.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
