package org.nienbieu.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * An article file that cannot be read, with a one-line reason a user can act on. The reason is a
 * {@link Problem} with its details, so it can be told in Vietnamese or English.
 */
public final class BadArticleException extends Exception {

    /** What is wrong with a file; the wording lives in {@code problems*.properties}. */
    public enum Problem {
        EMPTY, NO_HEADER, HEADER_ONLY, DATE_FORMAT, IMPOSSIBLE_DATE, UNDECODABLE, LEGACY_ENCODING, BINARY, TOO_LARGE,
        VANISHED, PERMISSION_DENIED, UNREADABLE, NOT_A_FOLDER, NO_SUCH_FOLDER, NOT_A_FILE, DANGLING_LINK
    }

    private final String file;
    private final Problem problem;
    private final Object[] details;

    public BadArticleException(String file, Problem problem, Object... details) {
        super(file + ": " + describe(problem, details, Locale.ENGLISH));
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.details = details.clone();
    }

    public BadArticleException(Path file, Problem problem, Object... details) {
        this(file.toString(), problem, details);
    }

    /**
     * Why {@code file} (known as {@code name}) could not be read, from the exception reading it
     * threw: gone, now a folder, a symbolic link to nothing, not allowed, or another I/O error.
     * The file is looked at again to tell these apart, since a file that vanishes while being
     * read is reported by the operating system in several ways.
     */
    public static BadArticleException unreadable(String name, Path file, IOException e) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return new BadArticleException(name, Problem.DANGLING_LINK, linkTarget(file));
        }
        if (Files.isDirectory(file)) {
            return new BadArticleException(name, Problem.NOT_A_FILE);
        }
        if (e instanceof NoSuchFileException || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new BadArticleException(name, Problem.VANISHED);
        }
        if (e instanceof AccessDeniedException) {
            return new BadArticleException(name, Problem.PERMISSION_DENIED);
        }
        return new BadArticleException(name, Problem.UNREADABLE, String.valueOf(e.getMessage()));
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    public String file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    /** The reason in English. */
    public String reason() {
        return reason(Locale.ENGLISH);
    }

    /** The reason in the given language (Vietnamese or English). */
    public String reason(Locale locale) {
        return describe(problem, details, locale);
    }

    private static String describe(Problem problem, Object[] details, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.nienbieu.article.problems",
                "vi".equals(locale.getLanguage()) ? locale : Locale.ROOT);
        return new MessageFormat(bundle.getString(problem.name()), Locale.ROOT).format(details);
    }
}
