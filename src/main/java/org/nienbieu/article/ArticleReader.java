package org.nienbieu.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nienbieu.article.BadArticleException.Problem;
import org.nienbieu.model.AnalysisText;
import org.nienbieu.model.Article;
import org.nienbieu.model.Paragraph;
import org.nienbieu.model.Sentence;

/**
 * Reads one article file: decodes it without losing a character, checks the {@code date
 * YYYY-MM-DD} header, and splits the body into paragraphs and sentences whose offsets are code
 * points of the decoded text as stored.
 */
public final class ArticleReader {

    /** Larger files are refused rather than read: no news article comes near this. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Pattern HEADER = Pattern.compile("\\A\\uFEFF?[ \\t\\r\\n]*date[ \\t]+(\\S{1,40})(?=\\s|\\z)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\r\\u00A0]*\\n");

    private ArticleReader() {
    }

    /** Reads {@code file}, naming it {@code name} in the article and in any error. */
    public static Article read(Path file, String name) throws BadArticleException {
        return parse(name, decode(name, readBytes(file, name)));
    }

    /** Reads {@code file} as {@link #read} does, telling also which encoding was guessed, if any. */
    public static ReadResult readResult(Path file, String name) {
        try {
            TextDecoder.Decoded decoded = decodeNamingGuess(name, readBytes(file, name));
            return ReadResult.ok(parse(name, decoded.text()), decoded.guessedEncoding());
        } catch (BadArticleException e) {
            return ReadResult.bad(e);
        }
    }

    private static byte[] readBytes(Path file, String name) throws BadArticleException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadArticleException(name, Problem.TOO_LARGE, size >> 20, MAX_BYTES >> 20);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw BadArticleException.unreadable(name, file, e);
        } catch (OutOfMemoryError e) {
            throw new BadArticleException(name, Problem.UNREADABLE, "out of memory");
        }
    }

    /** Decodes the bytes of an article (see {@link TextDecoder}); refuses binary files. */
    public static String decode(String name, byte[] bytes) throws BadArticleException {
        return decodeNamingGuess(name, bytes).text();
    }

    static TextDecoder.Decoded decodeNamingGuess(String name, byte[] bytes) throws BadArticleException {
        TextDecoder.Decoded decoded = TextDecoder.decode(name, bytes);
        if (looksBinary(decoded.text())) {
            throw new BadArticleException(name, Problem.BINARY);
        }
        return decoded;
    }

    /** Parses decoded article text: header, paragraphs, sentences. */
    public static Article parse(String name, String text) throws BadArticleException {
        if (text.isBlank() || text.equals("\uFEFF")) {
            throw new BadArticleException(name, Problem.EMPTY);
        }
        AnalysisText analysis = VietnameseNormalizer.analysisView(text);
        String view = analysis.normalized();
        Matcher header = HEADER.matcher(view);
        if (!header.find()) {
            throw new BadArticleException(name, Problem.NO_HEADER);
        }
        LocalDate published = parseDate(name, header.group(1));
        int bodyFrom = header.end();
        while (bodyFrom < view.length() && Character.isWhitespace(view.charAt(bodyFrom))) {
            bodyFrom++;
        }
        if (bodyFrom >= view.length()) {
            throw new BadArticleException(name, Problem.HEADER_ONLY);
        }

        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        CodePointSlicer slicer = new CodePointSlicer(text);
        Matcher breaks = PARAGRAPH_BREAK.matcher(view);
        int from = bodyFrom;
        while (from < view.length()) {
            int to = breaks.find(from) ? breaks.start() : view.length();
            int next = to == view.length() ? to : breaks.end();
            addParagraph(slicer, analysis, from, to, paragraphs, sentences);
            from = next;
        }
        return new Article(name, published, text, analysis.sourceOffset(bodyFrom), analysis, paragraphs, sentences);
    }

    private static void addParagraph(CodePointSlicer slicer, AnalysisText analysis, int from, int to,
                                     List<Paragraph> paragraphs, List<Sentence> sentences) {
        String view = analysis.normalized();
        List<int[]> bounds = SentenceSplitter.split(view, from, to);
        if (bounds.isEmpty()) {
            return;
        }
        int paragraphIndex = paragraphs.size();
        int pStart = analysis.sourceOffset(bounds.get(0)[0]);
        int pEnd = analysis.sourceEnd(bounds.get(bounds.size() - 1)[1]);
        paragraphs.add(new Paragraph(paragraphIndex, pStart, pEnd));
        for (int[] b : bounds) {
            int start = analysis.sourceOffset(b[0]);
            int end = analysis.sourceEnd(b[1]);
            sentences.add(new Sentence(sentences.size(), paragraphIndex, start, end,
                    slicer.slice(start, end), b[0], b[1]));
        }
    }

    private static LocalDate parseDate(String name, String token) throws BadArticleException {
        if (!ISO_DATE.matcher(token).matches()) {
            throw new BadArticleException(name, Problem.DATE_FORMAT, token);
        }
        try {
            // the pattern has checked the shape; LocalDate.of is as strict as a formatter, and cheaper
            return LocalDate.of(Integer.parseInt(token, 0, 4, 10), Integer.parseInt(token, 5, 7, 10),
                    Integer.parseInt(token, 8, 10, 10));
        } catch (DateTimeException e) {
            throw new BadArticleException(name, Problem.IMPOSSIBLE_DATE, token);
        }
    }

    private static boolean looksBinary(String text) {
        int controls = 0;
        int limit = Math.min(text.length(), 8192);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > limit / 100 + 2;
    }

}
