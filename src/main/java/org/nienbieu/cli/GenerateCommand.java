package org.nienbieu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.generate.GenerationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate}: a reproducible synthetic corpus with its answers, for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a reproducible synthetic corpus (with answers.jsonl).",
                "Tạo một kho bài tổng hợp có thể tái lập (kèm answers.jsonl)."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles / Số bài")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed / Hạt giống ngẫu nhiên")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder / Thư mục ghi ra")
    Path out;

    @Option(names = "--lang", paramLabel = "vi|en", description = "Language of messages / Ngôn ngữ thông báo")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (articles < 1) {
            throw new UserError("--articles: " + articles + " (>= 1)");
        }
        GenerationSummary summary = new CorpusGenerator(seed).write(articles, out);
        spec.commandLine().getErr().println(CliMessages.forLanguage(lang).get("summary.generated",
                summary.articles(), out, String.format(java.util.Locale.ROOT, "%.1f", summary.elapsed().toMillis() / 1000.0)));
        return 0;
    }
}
