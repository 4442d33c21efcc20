package org.nienbieu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nienbieu.ui.ExplorerApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code open [DIR]}: the window, on DIR or else on the bundled seeds. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Open the window on a corpus folder (default: the bundled seeds).",
                "Mở cửa sổ trên một thư mục bài báo (mặc định: các bài mẫu kèm theo)."})
final class OpenCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Corpus folder / Thư mục bài báo")
    Path corpus;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of the window / Ngôn ngữ giao diện (vi, en)")
    String lang;

    @Override
    public Integer call() throws IOException {
        Path dir = corpus != null ? corpus : BundledSeeds.folder();
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": " + CliMessages.forLanguage(lang).get("error.noFolder", dir));
        }
        ExplorerApp.open(dir, "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
        return 0;
    }
}
