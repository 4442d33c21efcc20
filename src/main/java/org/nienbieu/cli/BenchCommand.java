package org.nienbieu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nienbieu.bench.PipelineBenchmark;
import org.nienbieu.timeline.TimelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench --articles N}: generate a corpus and measure the pipeline on it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generate N articles and measure the pipeline and the timeline layout on them.",
                "Tạo N bài và đo tốc độ của toàn bộ quy trình và bố cục dòng thời gian."})
final class BenchCommand implements Callable<Integer> {

    private static final int DEFAULT_ARTICLES = 10_000;
    private static final long DEFAULT_SEED = 1;

    @Option(names = "--articles", paramLabel = "N",
            description = "How many articles (default: what --workdir holds, else 10000) / Số bài (mặc định: số bài trong --workdir, nếu không thì 10000)")
    Integer articles;

    @Option(names = "--seed", paramLabel = "S",
            description = "Random seed (default: what --workdir holds, else 1) / Hạt giống ngẫu nhiên (mặc định: như trong --workdir, nếu không thì 1)")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Reader threads (default: cores) / Số luồng đọc")
    Integer threads;

    @Option(names = "--timeline-events", defaultValue = "100000", paramLabel = "N",
            description = "Events for the timeline layout benchmark (0 skips it) / Số sự kiện cho phép đo bố cục dòng thời gian")
    int timelineEvents;

    @Option(names = "--text-index-only",
            description = "Only read, index the text (no extraction) and search / Chỉ đọc, lập chỉ mục văn bản và tìm")
    boolean textIndexOnly;

    @Option(names = "--workdir", paramLabel = "DIR",
            description = "Keep the corpus and index in DIR/corpus, DIR/index and reuse them next time"
                    + " / Giữ kho bài và chỉ mục trong DIR để dùng lại")
    java.nio.file.Path workdir;

    @Option(names = "--search-only",
            description = "Only time the search mix on the --workdir index (built first if missing)"
                    + " / Chỉ đo tìm kiếm trên chỉ mục trong --workdir")
    boolean searchOnly;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    CorpusOptions.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // A workdir keeps a corpus that took minutes to make: when the size is not given, it is
        // measured again rather than replaced by a corpus of the default size.
        Optional<PipelineBenchmark.WorkdirCorpus> recorded = workdir == null ? Optional.empty() : PipelineBenchmark.recorded(workdir);
        int articles = this.articles != null ? this.articles
                : recorded.map(PipelineBenchmark.WorkdirCorpus::articles).orElse(DEFAULT_ARTICLES);
        long seed = this.seed != null ? this.seed : recorded.map(PipelineBenchmark.WorkdirCorpus::seed).orElse(DEFAULT_SEED);
        if (articles < 1) {
            throw new UserError("--articles: " + articles + " (>= 1)");
        }
        if (searchOnly && workdir == null) {
            throw new UserError("--search-only needs --workdir DIR");
        }
        if (textIndexOnly && (workdir != null || searchOnly)) {
            throw new UserError("--text-index-only goes without --workdir and --search-only");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PipelineBenchmark.Stages stages = searchOnly ? PipelineBenchmark.Stages.SEARCH
                : textIndexOnly ? PipelineBenchmark.Stages.TEXT_INDEX : PipelineBenchmark.Stages.ALL;
        Map<String, Object> figures = new LinkedHashMap<>(new PipelineBenchmark(articles, seed, n, stages,
                java.util.Optional.ofNullable(workdir)).run());
        if (timelineEvents > 0) {
            TimelineBenchmark.run(timelineEvents, seed).forEach(figures::put);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == CorpusOptions.Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
        } else {
            figures.forEach((k, v) -> out.printf("%-28s %s%n", k, v));
        }
        out.flush();
        return 0;
    }
}
