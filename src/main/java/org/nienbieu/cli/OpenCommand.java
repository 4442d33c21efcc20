package org.nienbieu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nienbieu.ui.ExplorerApp;
import org.nienbieu.ui.UiText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code open [DIR]}: the window, on DIR, else on the last corpus used, else on the bundled seeds. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Open the window on a corpus folder (default: the last one, else the bundled seeds).",
                "Mở cửa sổ trên một thư mục bài báo (mặc định: thư mục lần trước, hoặc các bài mẫu kèm theo)."})
final class OpenCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Corpus folder / Thư mục bài báo")
    Path corpus;

    @Option(names = "--lang", paramLabel = "vi|en",
            description = "Language of the window (default: the last one used, else vi) / Ngôn ngữ giao diện (vi, en)")
    String lang;

    @Override
    public Integer call() throws IOException {
        Path dir = corpus != null ? corpus : ExplorerApp.lastCorpus().orElse(null);
        if (dir == null) {
            dir = BundledSeeds.folder();
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": " + CliMessages.forLanguage(lang).get("error.noFolder", dir));
        }
        ExplorerApp.open(dir, lang == null ? null : UiText.language(lang));
        return 0;
    }
}
