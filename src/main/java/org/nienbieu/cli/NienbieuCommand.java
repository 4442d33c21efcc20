package org.nienbieu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root of the command line: global options and the list of subcommands. */
@Command(name = "nienbieu",
        mixinStandardHelpOptions = true,
        versionProvider = NienbieuCommand.Version.class,
        description = {"Niên biểu: dòng thời gian các sự kiện ngoại giao trong tin tức tiếng Việt.",
                "Niên biểu: a timeline of diplomatic events in Vietnamese news."},
        subcommands = {OpenCommand.class, DatesCommand.class, EventsCommand.class, EntitiesCommand.class,
                QuotesCommand.class, SearchCommand.class, ExportCommand.class, SnapshotCommand.class,
                GenerateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class NienbieuCommand implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces and debug logs / In chi tiết lỗi và nhật ký gỡ lỗi")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed / cần một lệnh");
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line writing to the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new NienbieuCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        if (isVerbose(args)) {
            System.setProperty(LogSetup.LEVEL_PROPERTY, "DEBUG");
        }
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Say what happened and what to do, not a stack trace: the corpus is too big for the heap.
            err.println("nienbieu: " + CliMessages.forLanguage(null).get("error.outOfMemory",
                    Runtime.getRuntime().maxMemory() >> 20));
            err.flush();
            return 1;
        }
    }

    private static boolean isVerbose(String[] args) {
        for (String a : args) {
            if (a.equals("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Any failure is one line on stderr naming what went wrong; the stack trace only with --verbose. */
    static final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
            boolean verbose = parsed.hasMatchedOption("--verbose")
                    || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            cli.getErr().println("nienbieu: " + message);
            if (verbose) {
                e.printStackTrace(cli.getErr());
            }
            cli.getErr().flush();
            return e instanceof UserError ? 2 : 1;
        }
    }

    /** Reads the version Maven wrote into {@code version.properties}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = NienbieuCommand.class.getResourceAsStream("/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"nienbieu " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
