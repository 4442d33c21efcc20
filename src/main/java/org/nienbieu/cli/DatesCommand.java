package org.nienbieu.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.article.CorpusReader;
import org.nienbieu.extract.time.TimeExpressionResolver;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dates DIR}: every time expression of every article, resolved against its publication date. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"List the time expressions of a corpus, resolved to dates.",
                "Liệt kê các biểu thức thời gian trong kho bài, quy về ngày tháng."})
final class DatesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Corpus folder / Thư mục bài báo")
    Path corpus;

    @Mixin
    CorpusOptions options = new CorpusOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CliMessages messages = options.messages();
        BadFileReport report = new BadFileReport(spec.commandLine().getErr(), messages);
        TimeExpressionResolver resolver = new TimeExpressionResolver();
        CorpusReader reader = options.threads == null ? new CorpusReader() : new CorpusReader(options.threads);
        int[] expressions = {0};
        try (JsonGenerator json = options.json() ? jsonOut(out) : null) {
            if (json != null) {
                json.writeStartArray();
            }
            try {
                // Resolving runs on the reader threads; printing stays in file order on this one.
                reader.process(CorpusReader.list(corpus),
                        result -> new Resolved(result, result.article().map(resolver::resolve).orElse(List.of())),
                        resolved -> {
                            resolved.result().problem().ifPresent(report::bad);
                            resolved.result().article().ifPresent(article -> {
                                report.good();
                                expressions[0] += resolved.times().size();
                                try {
                                    if (json != null) {
                                        writeJson(json, article, resolved.times());
                                    } else {
                                        writeText(out, messages, article, resolved.times());
                                    }
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            });
                        });
            } catch (BadArticleException e) {
                throw new UserError(e.file() + ": " + e.reason(messages.locale()));
            }
            if (json != null) {
                json.writeEndArray();
                json.flush();
                out.println();
            }
        }
        out.flush();
        if (!options.json()) {
            spec.commandLine().getErr().println(messages.get("summary.dates", expressions[0], report.goodCount()));
        }
        report.finish(options.report);
        return 0;
    }

    private static JsonGenerator jsonOut(PrintWriter out) throws IOException {
        JsonGenerator json = JsonFields.generator(out);
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        return json;
    }

    private static void writeJson(JsonGenerator json, Article article, List<TimeExpression> found) throws IOException {
        for (TimeExpression t : found) {
            json.writeStartObject();
            json.writeStringField("article", article.name());
            json.writeStringField("text", t.text());
            json.writeNumberField("start", t.start());
            json.writeNumberField("end", t.end());
            json.writeFieldName("date");
            JsonFields.writeDateSpan(json, t.date());
            json.writeEndObject();
        }
    }

    private static void writeText(PrintWriter out, CliMessages messages, Article article, List<TimeExpression> found) {
        out.println("== " + article.name() + " (" + article.published() + ")");
        for (TimeExpression t : found) {
            out.printf("  %6d-%-6d %-34s → %s%n", t.start(), t.end(), t.text(), describe(messages, t.date()));
        }
    }

    private record Resolved(org.nienbieu.article.ReadResult result, List<TimeExpression> times) {
    }

    static String describe(CliMessages messages, DateSpan span) {
        if (!span.isDated()) {
            return messages.get("undated");
        }
        String days = span.start().equals(span.end()) ? span.start().toString() : span.start() + " … " + span.end();
        return days + " (" + span.precision().label() + ")";
    }
}
