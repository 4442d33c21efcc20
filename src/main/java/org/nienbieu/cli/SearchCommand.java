package org.nienbieu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.export.EventJson;
import org.nienbieu.index.FacetCount;
import org.nienbieu.index.IndexLockedException;
import org.nienbieu.index.IndexMissingException;
import org.nienbieu.index.Schema;
import org.nienbieu.index.SearchHit;
import org.nienbieu.index.SearchRequest;
import org.nienbieu.index.SearchResult;
import org.nienbieu.index.SearchService;
import org.nienbieu.ingest.CorpusIndexer;
import org.nienbieu.ingest.IndexFolders;
import org.nienbieu.ingest.IngestListener;
import org.nienbieu.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code search --corpus DIR QUERY}: brings the corpus's index up to date (only changed files are
 * read again), then searches it. When another process is writing the index, searches its last
 * committed state and says so.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search a corpus: articles, passages, quotes and events; the index is updated first.",
                "Tìm trong kho bài: bài, đoạn, trích dẫn và sự kiện; chỉ mục được cập nhật trước."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUERY",
            description = "Words, \"phrases\", -exclusions, actor:/speaker:/type:/status: / Từ, \"cụm từ\", -loại trừ")
    List<String> query = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder / Thư mục bài báo")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Index folder (default: in the user's data folder) / Thư mục chỉ mục")
    Path index;

    @Option(names = "--kind", paramLabel = "KIND", description = "article, passage, quote or event / loại kết quả")
    String kind;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day (YYYY-MM-DD) / Từ ngày")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this day (YYYY-MM-DD) / Đến ngày")
    String to;

    @Option(names = "--type", paramLabel = "T", description = "Event type (meeting, call...) / Loại sự kiện")
    String type;

    @Option(names = "--actor", paramLabel = "NAME", description = "Actor or speaker / Chủ thể hoặc người nói")
    String actor;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits shown / Số kết quả")
    int limit;

    @Option(names = "--sort", defaultValue = "relevance", paramLabel = "relevance|date",
            description = "Best match first, or earliest first / Khớp nhất trước, hoặc theo thời gian")
    SearchRequest.Order sort;

    @Mixin
    CorpusOptions options = new CorpusOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CliMessages messages = options.messages();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request = request(messages);
        Path indexDir = indexDir(messages);
        if (corpus != null) {
            ingest(indexDir, messages, err);
        }
        SearchResult result;
        try (SearchService search = SearchService.open(indexDir)) {
            result = search.search(request);
        } catch (IndexMissingException e) {
            throw new UserError(messages.get("search.noIndex", indexDir));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json()) {
            JsonFields.write(out, json(result));
        } else {
            text(out, messages, result);
        }
        out.flush();
        return 0;
    }

    private SearchRequest request(CliMessages messages) {
        if (limit < 0 || limit > SearchRequest.MAX_LIMIT) {
            throw new UserError(messages.get("search.badLimit", String.valueOf(limit), String.valueOf(SearchRequest.MAX_LIMIT)));
        }
        SearchRequest r = SearchRequest.of(String.join(" ", query)).withLimit(limit).withOrder(sort)
                .withFacets(options.json() ? SearchRequest.Facets.COUNT : SearchRequest.Facets.NONE);
        if (kind != null) {
            try {
                r = r.withKind(Schema.Kind.fromLabel(kind.strip()));
            } catch (IllegalArgumentException e) {
                throw new UserError(messages.get("search.badKind", kind));
            }
        }
        if (from != null) {
            r = r.withFrom(date(from, messages));
        }
        if (to != null) {
            r = r.withTo(date(to, messages));
        }
        if (type != null) {
            r = r.withType(type.strip());
        }
        if (actor != null && !actor.isBlank()) {
            r = r.withActor(actor);
        }
        return r;
    }

    private static LocalDate date(String value, CliMessages messages) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UserError(messages.get("search.badDate", value));
        }
    }

    private Path indexDir(CliMessages messages) {
        if (index != null) {
            return index;
        }
        if (corpus == null) {
            throw new UserError(messages.get("search.needCorpus"));
        }
        return IndexFolders.defaultIndex(corpus);
    }

    private void ingest(Path indexDir, CliMessages messages, PrintWriter err) throws IOException {
        BadFileReport report = new BadFileReport(err, messages);
        int threads = options.threads == null ? Runtime.getRuntime().availableProcessors() : options.threads;
        try {
            IngestSummary s = new CorpusIndexer(threads).ingest(corpus, indexDir, new IngestListener() {
                @Override
                public void badFile(BadArticleException problem) {
                    report.bad(problem);
                }

                @Override
                public void progress(int done, int total, double filesPerSecond) {
                    if (done % 1000 == 0) {
                        err.println(messages.get("search.progress", done, total, Math.round(filesPerSecond)));
                        err.flush();
                    }
                }
            });
            if (s.changedIndex() || s.bad() > 0) {
                err.println(messages.get("search.ingested", indexDir, s.added(), s.updated(), s.removed(),
                        s.unchanged(), String.format(java.util.Locale.ROOT, "%.1f", s.seconds())));
            }
            if (options.report != null) {
                report.finish(options.report);
            }
        } catch (IndexLockedException e) {
            err.println(messages.get("search.locked", indexDir));
        } catch (BadArticleException e) {
            throw new UserError(e.file() + ": " + e.reason(messages.locale()));
        } catch (IOException e) {
            throw IndexFailure.of(indexDir, e, messages);
        }
        err.flush();
    }

    private static Map<String, Object> json(SearchResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("total", result.total());
        root.put("total_exact", result.totalExact());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", h.kind().label());
            m.put("id", h.id());
            m.put("article", h.article());
            m.put("start", h.start());
            m.put("end", h.end());
            m.put("text", h.text());
            m.put("score", h.score());
            m.put("date", EventJson.dateSpan(h.date()));
            m.put("highlight", h.highlight());
            h.type().ifPresent(t -> m.put("type", t));
            h.status().ifPresent(s -> m.put("status", s));
            if (h.kind() == Schema.Kind.EVENT) {
                m.put("actors", h.actors().stream().map(EventJson::actor).toList());
                m.put("places", h.places());
                m.put("mentions", h.mentions().stream().map(EventJson::mention).toList());
            }
            if (h.kind() == Schema.Kind.QUOTE) {
                m.put("speaker", h.speaker().map(EventJson::actor).orElse(null));
            }
            if (h.kind() == Schema.Kind.QUOTE || h.kind() == Schema.Kind.PASSAGE) {
                m.put("events", h.events());
            }
            hits.add(m);
        }
        root.put("hits", hits);
        Map<String, Object> facets = new LinkedHashMap<>();
        result.facets().forEach((dim, values) -> facets.put(dim, values.stream().map(SearchCommand::facet).toList()));
        root.put("facets", facets);
        return root;
    }

    private static Map<String, Object> facet(FacetCount c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", c.value());
        m.put("count", c.count());
        return m;
    }

    private static void text(PrintWriter out, CliMessages messages, SearchResult result) {
        for (SearchHit h : result.hits()) {
            out.printf("%-9s %s [%d-%d] %s%n", messages.get("kind." + h.kind().label()), h.article(), h.start(), h.end(),
                    DatesCommand.describe(messages, h.date()));
            out.println("    " + h.highlight().replace('\n', ' '));
        }
        out.println(messages.get(result.totalExact() ? "search.total" : "search.totalAtLeast", result.total()));
    }
}
