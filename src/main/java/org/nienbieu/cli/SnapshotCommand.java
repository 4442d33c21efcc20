package org.nienbieu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nienbieu.timeline.LaneMode;
import org.nienbieu.ui.TimelineSnapshot;
import org.nienbieu.ui.UiText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code snapshot}: the timeline of a corpus as a PNG of exactly W×H pixels, rendered headless
 * (no display needed), for documentation, reports and checks.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Render the timeline of a corpus to a PNG, without a display.",
                "Vẽ dòng thời gian của một kho bài ra tệp PNG, không cần màn hình."})
final class SnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Corpus folder / Thư mục bài báo")
    Path corpus;

    @Option(names = "--width", defaultValue = "1400", paramLabel = "W", description = "Width in pixels / Chiều rộng (điểm ảnh)")
    int width;

    @Option(names = "--height", defaultValue = "700", paramLabel = "H", description = "Height in pixels / Chiều cao (điểm ảnh)")
    int height;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "PNG file to write / Tệp PNG sẽ ghi")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day shown / Ngày đầu hiển thị")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day shown / Ngày cuối hiển thị")
    LocalDate to;

    @Option(names = "--query", paramLabel = "Q", description = "Only events matching these words / Chỉ các sự kiện khớp từ khóa")
    String query;

    @Option(names = "--lanes", defaultValue = "BY_TYPE", paramLabel = "by_type|by_actor",
            description = "Lanes by event type or by actor / Làn theo loại hoặc theo chủ thể")
    LaneMode lanes;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", description = "Language / Ngôn ngữ (vi, en)")
    String lang;

    @Option(names = "--threads", paramLabel = "N", description = "Files read at once / Số tệp đọc song song")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            throw new UserError(CliMessages.forLanguage(lang).get("error.noFolder", corpus));
        }
        // Before the toolkit starts: JavaFX reads these once.
        TimelineSnapshot.useHeadlessPlatform();
        TimelineSnapshot.Request request;
        try {
            request = new TimelineSnapshot.Request(corpus, width, height, out, Optional.ofNullable(from),
                    Optional.ofNullable(to), query == null ? "" : query, UiText.language(lang), lanes);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        TimelineSnapshot.Result result = TimelineSnapshot.render(request, n);
        spec.commandLine().getOut().println(result.summary(UiText.language(lang)));
        return 0;
    }
}
