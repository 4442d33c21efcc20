package org.nienbieu.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads a corpus shares: output format, language and the bad-file report. */
final class CorpusOptions {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text",
            description = "text (for people) or json (for machines) / text (cho người đọc) hoặc json (cho máy)")
    Format format;

    @Option(names = "--report", paramLabel = "FILE.json",
            description = "Write the bad files as JSON to this file / Ghi danh sách tệp lỗi dạng JSON vào tệp này")
    Path report;

    @Option(names = "--lang", paramLabel = "vi|en",
            description = "Language of messages / Ngôn ngữ thông báo (vi, en)")
    String lang;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files read at once (default: number of cores) / Số tệp đọc song song")
    Integer threads;

    boolean json() {
        return format == Format.json;
    }

    CliMessages messages() {
        return CliMessages.forLanguage(lang);
    }
}
