package org.nienbieu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nienbieu.article.BadArticleException;
import org.nienbieu.export.BadFileJson;

/**
 * The one way every command reports bad files: a line per file on stderr as it is met, a summary
 * at the end, and on request a JSON list ({@code --report FILE.json}) written atomically.
 */
final class BadFileReport {

    private final PrintWriter err;
    private final CliMessages messages;
    private final List<BadArticleException> problems = new ArrayList<>();
    private int good;

    BadFileReport(PrintWriter err, CliMessages messages) {
        this.err = err;
        this.messages = messages;
    }

    void good() {
        good++;
    }

    void bad(BadArticleException problem) {
        problems.add(problem);
        err.println(messages.get("bad.file", problem.file(), problem.reason(messages.locale())));
    }

    int goodCount() {
        return good;
    }

    int badCount() {
        return problems.size();
    }

    /** Prints the summary line and writes the JSON report when asked for. */
    void finish(Path reportFile) throws IOException {
        err.println(messages.get("summary.read", good, problems.size()));
        if (reportFile != null) {
            write(reportFile);
            err.println(messages.get("report.written", reportFile));
        }
        err.flush();
    }

    private void write(Path reportFile) throws IOException {
        BadFileJson.write(reportFile, good, problems);
    }
}
