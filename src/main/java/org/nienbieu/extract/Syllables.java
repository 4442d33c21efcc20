package org.nienbieu.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The folded form of each word a tokenizer meets, made once and handed out again: news reuses a
 * few thousand syllables, so cutting and lower-casing a fresh string for every token (and hashing
 * it anew in every vocabulary lookup) was much of the extractors' work and garbage. A word is
 * looked up by its chars in an open-addressing table without making a string; the folded string
 * returned is always the same object, whose hash the first lookup caches. Not thread-safe: each
 * thread keeps its own table (see {@link #perThread}); a full table starts anew, so memory stays
 * bounded whatever the corpus.
 */
public final class Syllables {

    /** Longer words are rare (and codes, not syllables): folded each time, not kept. */
    private static final int MAX_LENGTH = 24;
    private static final int SLOTS = 1 << 13;
    private static final int MAX_WORDS = SLOTS / 2;

    private static final ThreadLocal<Syllables> LOWER_CASE = perThread(s -> s.toLowerCase(Locale.ROOT));

    private final UnaryOperator<String> fold;
    /** Each word as written, its chars only: compared in bulk with the word asked for. */
    private final char[][] written = new char[SLOTS][];
    private final String[] folded = new String[SLOTS];
    /** The word asked for, copied out of the text once. */
    private final char[] word = new char[MAX_LENGTH];
    private int words;

    /** A table folding words with {@code fold}, which must be a function of the word alone. */
    public Syllables(UnaryOperator<String> fold) {
        this.fold = Objects.requireNonNull(fold, "fold");
    }

    /** One table per thread, each folding with {@code fold}. */
    public static ThreadLocal<Syllables> perThread(UnaryOperator<String> fold) {
        Objects.requireNonNull(fold, "fold");
        return ThreadLocal.withInitial(() -> new Syllables(fold));
    }

    /**
     * This thread's table folding with {@code toLowerCase(Locale.ROOT)}: the entity and event
     * extractors fold so, and sharing it lets them share the strings too.
     */
    public static Syllables lowerCase() {
        return LOWER_CASE.get();
    }

    /** {@code fold(text.substring(from, to))}, the same string object for the same word. */
    public String fold(String text, int from, int to) {
        int length = to - from;
        if (length > MAX_LENGTH) {
            return fold.apply(text.substring(from, to));
        }
        char[] w = word;
        text.getChars(from, to, w, 0);
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + w[i];
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        for (char[] known = written[slot]; known != null; known = written[slot]) {
            if (known.length == length && Arrays.equals(known, 0, length, w, 0, length)) {
                return folded[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        String f = fold.apply(new String(w, 0, length));
        f.hashCode(); // cached in the string: every later lookup of this word skips it
        if (words == MAX_WORDS) {
            Arrays.fill(written, null); // start anew rather than grow or probe long runs
            Arrays.fill(folded, null);
            words = 0;
            slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        }
        written[slot] = Arrays.copyOf(w, length);
        folded[slot] = f;
        words++;
        return f;
    }
}
