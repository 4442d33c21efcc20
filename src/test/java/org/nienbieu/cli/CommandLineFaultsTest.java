package org.nienbieu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nienbieu.article.CorpusReader;
import org.nienbieu.generate.CorpusGenerator;
import org.nienbieu.index.FaultyDisk;
import org.nienbieu.index.IndexStore;

/**
 * The command line when the files or the disk fail under it: files that vanish, become a folder
 * or a link to nothing while {@code events} and {@code dates} read them, and an index folder that
 * cannot be created, is read-only or fills up. Each is one line naming the file or the folder and
 * the cause, in Vietnamese or English.
 */
class CommandLineFaultsTest {

    /** Files further than this ahead of the one just reported have not been started with --threads 2. */
    static final int AHEAD = 2 * 8 + 1;

    @TempDir
    Path temp;
    Path corpus;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    Runnable onFirstBadFile = () -> { };

    @BeforeEach
    void corpusWithABadFileFirst() throws Exception {
        corpus = temp.resolve("corpus");
        new CorpusGenerator(9).write(60, corpus.resolve("gen"));
        // Reported first, as its turn comes: the moment to spoil files the readers have not reached.
        Files.writeString(corpus.resolve("a_empty.txt"), "");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Writer spoilingErr = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                err.write(buf, off, len);
                if (err.toString().contains("a_empty.txt:")) {
                    Runnable once = onFirstBadFile;
                    onFirstBadFile = () -> { };
                    once.run();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        return NienbieuCommand.run(new PrintWriter(out, true), new PrintWriter(spoilingErr, true), args);
    }

    /** Deletes one file, turns one into a folder and one into a link to nothing, all well ahead of the readers. */
    private List<String> spoil() {
        try {
            List<CorpusReader.CorpusFile> files = CorpusReader.list(corpus);
            CorpusReader.CorpusFile gone = files.get(AHEAD);
            CorpusReader.CorpusFile folder = files.get(AHEAD + 4);
            CorpusReader.CorpusFile link = files.get(AHEAD + 8);
            Files.delete(gone.path());
            Files.delete(folder.path());
            Files.createDirectory(folder.path());
            Files.delete(link.path());
            Files.createSymbolicLink(link.path(), temp.resolve("nowhere.txt"));
            return List.of(gone.name(), folder.name(), link.name());
        } catch (IOException | org.nienbieu.article.BadArticleException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eventsReportsFilesSpoiltWhileBeingReadAndFindsEveryOtherEvent() throws Exception {
        List<String>[] spoilt = new List[1];
        onFirstBadFile = () -> spoilt[0] = spoil();
        assertThat(run("events", "--threads", "2", "--format", "json", "--lang", "en", corpus.toString())).isZero();
        String events = out.toString();
        String report = err.toString();
        assertThat(spoilt[0]).isNotNull();
        assertThat(report).contains(
                spoilt[0].get(0) + ": unreadable: the file vanished while being read",
                spoilt[0].get(1) + ": unreadable: it is a folder now, not a file",
                spoilt[0].get(2) + ": unreadable: a symbolic link to a file that does not exist",
                "57 articles read, 4 files could not be read");
        // The same folder read again, undisturbed, gives the same events.
        assertThat(run("events", "--threads", "2", "--format", "json", "--lang", "en", corpus.toString())).isZero();
        assertThat(events).contains("\"id\"").isEqualTo(out.toString());
    }

    @Test
    void datesSaysTheSameInVietnamese() throws Exception {
        List<String>[] spoilt = new List[1];
        onFirstBadFile = () -> spoilt[0] = spoil();
        assertThat(run("dates", "--threads", "2", "--lang", "vi", corpus.toString())).isZero();
        String dates = out.toString();
        assertThat(err.toString()).contains(
                spoilt[0].get(0) + ": không đọc được: tệp biến mất khi đang đọc",
                spoilt[0].get(1) + ": không đọc được: giờ là một thư mục, không phải tệp",
                spoilt[0].get(2) + ": không đọc được: liên kết tượng trưng trỏ tới một tệp không tồn tại",
                "Đã đọc 57 bài, 4 tệp không đọc được");
        assertThat(run("dates", "--threads", "2", "--lang", "vi", corpus.toString())).isZero();
        assertThat(dates).contains("== gen/").isEqualTo(out.toString());
    }

    @Test
    void indexFolderUnderAFileIsOneLineWithExitCode1() throws Exception {
        Path file = Files.writeString(temp.resolve("data"), "x");
        Path index = file.resolve("index");
        assertThat(run("search", "--corpus", "seeds", "--index", index.toString(), "--lang", "en", "Witkoff")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("nienbieu: index " + index
                + ": cannot create the folder: " + file + " is a file, not a folder");
        assertThat(run("export", "--to", "json", "--corpus", "seeds", "--out", temp.resolve("e.json").toString(),
                "--index", index.toString(), "--query", "budapest", "--lang", "vi")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("nienbieu: chỉ mục " + index
                + ": không tạo được thư mục: " + file + " là một tệp, không phải thư mục");
        assertThat(temp.resolve("e.json")).doesNotExist();
    }

    @Test
    void fullDiskIsNamedWithTheIndexFolder() throws Exception {
        Path index = temp.resolve("index");
        Throwable full = catchThrowable(() -> {
            try (IndexStore store = FaultyDisk.openFull(index, 0)) {
                store.commit(IndexStore.Commit.COMPLETE);
            }
        });
        assertThat(full).isInstanceOf(IOException.class);
        assertThat(IndexFailure.describe(index, (IOException) full, CliMessages.forLanguage("en"))).isEqualTo("index "
                + index + ": the disk is full; the last saved index is kept, run again once there is free space to complete it");
        assertThat(IndexFailure.describe(index, (IOException) full, CliMessages.forLanguage("vi"))).isEqualTo("chỉ mục "
                + index + ": ổ đĩa đã đầy; chỉ mục đã lưu gần nhất vẫn giữ nguyên, hãy chạy lại khi có chỗ trống để hoàn tất");
    }

    @Test
    void readOnlyIndexIsNamedWithTheIndexFolder() throws Exception {
        Path index = temp.resolve("index");
        Throwable denied = catchThrowable(() -> FaultyDisk.openReadOnly(index).close());
        assertThat(denied).isInstanceOf(IOException.class);
        assertThat(IndexFailure.describe(index, (IOException) denied, CliMessages.forLanguage("en"))).isEqualTo("index "
                + index + ": cannot write there (read-only or no permission); the last saved index is kept");
        assertThat(IndexFailure.describe(index, new IOException(new java.nio.file.FileSystemException(
                index.toString(), null, "Read-only file system")), CliMessages.forLanguage("vi"))).isEqualTo("chỉ mục "
                + index + ": không ghi được vào đây (chỉ đọc hoặc không có quyền); chỉ mục đã lưu gần nhất vẫn giữ nguyên");
    }

    @Test
    void otherWriteFailuresKeepTheSystemsReason() {
        Path index = temp.resolve("index");
        assertThat(IndexFailure.describe(index, new java.nio.file.FileSystemException(index + "/x", null, "Input/output error"),
                CliMessages.forLanguage("en"))).isEqualTo("index " + index + ": could not write (" + index
                + "/x: Input/output error); the last saved index is kept");
    }
}
