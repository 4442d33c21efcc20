package org.nienbieu.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.nienbieu.article.BadArticleException.Problem;

/**
 * Turns an article file's bytes into text without losing or inventing a character. UTF-8 (with or
 * without BOM) and UTF-16 with a BOM are read as they are. Otherwise the encoding is guessed only
 * where the guess is reliable: UTF-16 without BOM (its zero bytes give it away) and Windows-1258
 * (it must decode cleanly and read as Vietnamese); the guess is returned so it can be named in a
 * warning. Anything else is refused with the reason, never decoded with replacement characters.
 */
final class TextDecoder {

    /** Decoded text, and the encoding when it was guessed rather than declared or UTF-8. */
    record Decoded(String text, Optional<String> guessedEncoding) {
    }

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private TextDecoder() {
    }

    static Decoded decode(String name, byte[] bytes) throws BadArticleException {
        if (bytes.length == 0) {
            throw new BadArticleException(name, Problem.EMPTY);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(name, bytes, StandardCharsets.UTF_8), Optional.empty());
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(name, bytes, StandardCharsets.UTF_16LE), Optional.empty());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(name, bytes, StandardCharsets.UTF_16BE), Optional.empty());
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return new Decoded(strict(name, bytes, utf16.get()), Optional.of(utf16.get().name()));
        }
        if (hasZeroByte(bytes)) {
            // Not UTF-16 (checked above) and a zero byte: no text encoding writes one.
            throw new BadArticleException(name, Problem.BINARY);
        }
        int bad = firstInvalidUtf8(bytes);
        if (bad < 0) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), Optional.empty());
        }
        Optional<String> vietnamese1258 = tryWindows1258(bytes);
        if (vietnamese1258.isPresent()) {
            return new Decoded(vietnamese1258.get(), Optional.of("windows-1258"));
        }
        if (looksLikeLegacyVietnamese(bytes)) {
            throw new BadArticleException(name, Problem.LEGACY_ENCODING);
        }
        throw new BadArticleException(name, Problem.UNDECODABLE, "UTF-8", bad);
    }

    private static String strict(String name, byte[] bytes, Charset charset) throws BadArticleException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer out = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in); // a BOM stays as U+FEFF: it counts as one code point
            return out.toString();
        } catch (CharacterCodingException e) {
            throw new BadArticleException(name, Problem.UNDECODABLE, charset.displayName(), in.position());
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text in UTF-16 has a zero byte in most ASCII characters, all on the same side of each pair. */
    private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
        int limit = Math.min(bytes.length, 4096) & ~1;
        if (limit < 16) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < limit; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = limit / 2;
        if (oddZeros > pairs * 3 / 10 && evenZeros < pairs / 50) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros > pairs * 3 / 10 && oddZeros < pairs / 50) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean hasZeroByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first byte that breaks UTF-8, or -1. */
    private static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in);
            return -1;
        } catch (CharacterCodingException e) {
            return in.position();
        }
    }

    // Windows-1258 writes Vietnamese with base letters (ă â ê ô ơ ư đ) and combining tone marks.
    private static final String LETTERS_1258 = "ăâêôơưđĂÂÊÔƠƯĐ\u0300\u0301\u0303\u0309\u0323";

    private static Optional<String> tryWindows1258(byte[] bytes) {
        String text;
        try {
            text = WINDOWS_1258.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        int letters = 0;
        int vietnamese = 0;
        int foreign = 0;
        int limit = Math.min(text.length(), 65_536);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (LETTERS_1258.indexOf(c) >= 0) {
                vietnamese++;
            } else if (c >= 0x80 && Character.isLetter(c)) {
                foreign++;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters > 0 && vietnamese * 20 >= letters && foreign * 4 < vietnamese ? Optional.of(text) : Optional.empty();
    }

    /**
     * TCVN3 and VNI put Vietnamese letters in high bytes right after Latin letters; a file that
     * is not UTF-8 and is full of such pairs is worth naming as legacy Vietnamese rather than junk.
     */
    private static boolean looksLikeLegacyVietnamese(byte[] bytes) {
        int limit = Math.min(bytes.length, 65_536);
        int pairs = 0;
        int letters = 0;
        for (int i = 1; i < limit; i++) {
            int prev = bytes[i - 1] & 0xFF;
            int b = bytes[i] & 0xFF;
            boolean latin = prev >= 'A' && prev <= 'Z' || prev >= 'a' && prev <= 'z';
            letters += latin ? 1 : 0;
            if (latin && b >= 0xA1) {
                pairs++;
            }
        }
        return letters > 0 && pairs * 25 >= letters;
    }
}
