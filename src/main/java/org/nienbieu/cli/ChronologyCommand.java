package org.nienbieu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.ingest.Chronology;
import org.nienbieu.ingest.ChronologyBuilder;
import org.nienbieu.ingest.IngestListener;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code events}, {@code entities} and {@code quotes} share: build the corpus's chronology,
 * reporting bad files the common way, then print one part of it.
 */
abstract class ChronologyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Corpus folder / Thư mục bài báo")
    Path corpus;

    @Mixin
    CorpusOptions options = new CorpusOptions();

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws IOException {
        CliMessages messages = options.messages();
        PrintWriter err = spec.commandLine().getErr();
        BadFileReport report = new BadFileReport(err, messages);
        int threads = options.threads == null ? Runtime.getRuntime().availableProcessors() : options.threads;
        Chronology chronology = build(corpus, threads, report, messages);
        PrintWriter out = spec.commandLine().getOut();
        if (options.json()) {
            printJson(out, chronology);
        } else {
            printText(out, messages, chronology);
        }
        out.flush();
        report.finish(options.report);
        return 0;
    }

    /** Builds a corpus's chronology, every bad file going to {@code report}; a bad folder is a {@link UserError}. */
    static Chronology build(Path corpus, int threads, BadFileReport report, CliMessages messages) {
        Chronology chronology;
        try {
            chronology = new ChronologyBuilder(threads).build(corpus, new IngestListener() {
                @Override
                public void badFile(BadArticleException problem) {
                    report.bad(problem);
                }
            });
        } catch (BadArticleException e) {
            throw new UserError(e.file() + ": " + e.reason(messages.locale()));
        }
        for (int i = 0; i < chronology.articles(); i++) {
            report.good();
        }
        return chronology;
    }

    abstract void printJson(PrintWriter out, Chronology chronology) throws IOException;

    abstract void printText(PrintWriter out, CliMessages messages, Chronology chronology);
}
