package org.nienbieu.extract.time;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nienbieu.extract.time.NumericDate.Parsed;
import org.nienbieu.extract.time.NumericDate.Shape;

/**
 * The tokens of one sentence under scan, read by position: a word, a phrase, a number's shape, a
 * punctuation mark, whether what follows lets an expression end here. Out-of-range positions read
 * as nothing, so rules may look ahead or behind freely. It also keeps where the last expression
 * found ended, for a list of dates ("ngày 2/12 và 5/12").
 */
final class Tokens {

    /** Words that may follow a date; a fraction-like {@code 1/3} followed by another word is a fraction. */
    private static final Set<String> DATE_FOLLOWERS = Tokens.wordSet(
            "tới", "này", "vừa", "qua", "năm", "và", "đến", "hoặc", "sẽ", "đã", "là", "thì", "khi", "lúc",
            "nhưng", "rồi", "theo", "giờ", "cho", "nói", "tuyên", "khẳng", "thông", "cảnh", "phát", "diễn",
            "mới", "cũng", "lại", "vẫn", "đang", "được", "bị", "có", "tại", "ở", "trong", "ông", "bà", "sau",
            "trước", "nhằm", "để", "với", "khiến", "hay", "họ", "chúng", "tôi");

    /**
     * Words after {@code trước}/{@code sau} that make it a preposition of an event ("ba ngày trước
     * cuộc bầu cử").
     */
    private static final Set<String> EVENT_WORDS = Tokens.wordSet(
            "khi", "cuộc", "chuyến", "sự", "vụ", "việc", "lễ", "hội", "đợt", "buổi", "phiên", "kỳ", "lần",
            "thời", "hạn", "ngày", "tuần", "tháng", "năm", "bầu", "các", "những", "một", "thềm", "dịp",
            "trận", "mùa", "kết", "quyết", "tuyên", "thông", "lúc", "giờ", "hai", "ba");

    /**
     * Words after {@code tuần/tháng/năm trước|sau} that make {@code trước}/{@code sau} a preposition
     * ("tháng trước cuộc bầu cử", "tuần sau khi ..."). Anything else - a name, a verb, a comma - leaves
     * the fixed phrase "last/next month": "tháng trước Nga đã chi", "tuần trước tuyên bố".
     */
    private static final Set<String> PERIOD_EVENT_WORDS = Tokens.wordSet(
            "khi", "cuộc", "chuyến", "sự", "vụ", "việc", "lễ", "hội", "đợt", "buổi", "phiên", "kỳ", "thềm", "dịp",
            "ngày", "hạn", "thời", "mùa", "bầu", "trận", "các", "những", "lúc", "giờ");

    /**
     * A fixed set of words for {@link #wordIn}: hash-table backed, as a rule asks it about nearly
     * every token and {@code Set.of}'s probing costs a division per lookup. No duplicates or nulls.
     */
    static Set<String> wordSet(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Set.of(words)));
    }

    private final List<Token> list;
    /** The same tokens in an array: rules index them at nearly every position. */
    private final Token[] t;
    private final int n;
    private int lastEnd = -1;
    /** Per token, the bits of the tables with a phrase starting with it, plus {@link #KNOWN}; 0 until asked. */
    private final int[] firstWordMasks;
    private final FirstWords firstWords;
    private static final int KNOWN = Integer.MIN_VALUE; // FirstWords uses bits 0-30 only
    /**
     * Per token, its number shape and the prefix read at it, each parsed once: every rule asks
     * about the same few positions, and the regular expressions of {@link NumericDate} are dear.
     */
    private final Parsed[] shapes;
    private final boolean[] shapeKnown;
    private final Prefix[] prefixes;

    Tokens(List<Token> tokens, FirstWords firstWords) {
        this.list = tokens;
        this.t = tokens.toArray(new Token[0]);
        this.n = tokens.size();
        this.firstWords = firstWords;
        this.firstWordMasks = new int[n];
        this.shapes = new Parsed[n];
        this.shapeKnown = new boolean[n];
        this.prefixes = new Prefix[n];
    }

    /** The prefix {@link Prefix#read} found at token {@code i} before, or null. */
    Prefix prefix(int i) {
        return i >= 0 && i < n ? prefixes[i] : null;
    }

    void rememberPrefix(int i, Prefix prefix) {
        if (i >= 0 && i < n) {
            prefixes[i] = prefix;
        }
    }

    /** {@link NumericDate#parse} of number token {@code i}, glued or not, parsed once. */
    private Parsed shape(int i) {
        if (!shapeKnown[i]) {
            shapes[i] = NumericDate.parse(t[i].lower());
            shapeKnown[i] = true;
        }
        return shapes[i];
    }

    /** The bits of the tables that have a phrase starting with token {@code i}, looked up once. */
    int firstWordMask(int i) {
        int m = firstWordMasks[i];
        if (m == 0) {
            Token token = t[i];
            m = (token.kind() == Token.Kind.PUNCT ? 0 : firstWords.mask(token.lower())) | KNOWN;
            firstWordMasks[i] = m;
        }
        return m & ~KNOWN;
    }

    List<Token> list() {
        return list;
    }

    Token get(int i) {
        return list.get(i); // throws as before when out of range
    }

    int size() {
        return n;
    }

    /** The token after the last expression found in this sentence, or -1 before the first. */
    int lastEnd() {
        return lastEnd;
    }

    void lastEnd(int end) {
        lastEnd = end;
    }

    boolean word(int i, String w) {
        return i >= 0 && i < n && t[i].isWord() && t[i].lower().equals(w);
    }

    boolean wordIn(int i, Set<String> words) {
        return i >= 0 && i < n && t[i].isWord() && words.contains(t[i].lower());
    }

    boolean punct(int i, char c) {
        return i >= 0 && i < n && t[i].isPunct(c);
    }

    boolean dash(int i) {
        return punct(i, '-') || punct(i, '–');
    }

    boolean capitalized(int i) {
        return i >= 0 && i < n && t[i].isWord() && t[i].capitalized();
    }

    /** The index after the phrase {@code words} at {@code i}, or -1. */
    int phrase(int i, String... words) {
        for (int k = 0; k < words.length; k++) {
            if (!word(i + k, words[k])) {
                return -1;
            }
        }
        return i + words.length;
    }

    Parsed num(int i) {
        if (i < 0 || i >= n || !t[i].isNum() || t[i].glued()) {
            return null;
        }
        return shape(i);
    }

    int plainNumber(int i, int min, int max) {
        Parsed p = num(i);
        return p != null && p.shape() == Shape.NUMBER && p.n()[0] >= min && p.n()[0] <= max ? p.n()[0] : -1;
    }

    int fourDigitYear(int i) {
        if (i < 0 || i >= n || !t[i].isNum() || t[i].lower().length() != 4) {
            return -1;
        }
        Parsed p = shape(i);
        return p != null && p.shape() == Shape.NUMBER && p.n()[0] >= 1000 && p.n()[0] <= 2200 ? p.n()[0] : -1;
    }

    /** After an expression: the end of the sentence, punctuation, a capital, or a word a date may precede. */
    boolean followsFreely(int i) {
        return i >= n || !t[i].isWord() || t[i].capitalized() || DATE_FOLLOWERS.contains(t[i].lower());
    }

    /** {@code trước}/{@code sau} at {@code i - 1} is an adverb ("hai ngày sau,"), not a preposition. */
    boolean adverbial(int i) {
        if (i >= n || t[i].isNum()) {
            return i >= n;
        }
        if (!t[i].isWord()) {
            return true;
        }
        return !t[i].capitalized() && !EVENT_WORDS.contains(t[i].lower());
    }

    /**
     * {@code trước}/{@code sau} at {@code i - 1}, after a bare period, is "last"/"next", not a
     * preposition.
     */
    boolean periodAdverbial(int i) {
        return !(i < n && t[i].isWord() && !t[i].capitalized() && PERIOD_EVENT_WORDS.contains(t[i].lower()));
    }

    /** {@code tới} at {@code i} means "coming", not the verb "to go to" ("tới Nhà Trắng"). */
    boolean comingTới(int i) {
        return word(i, "tới") && !capitalized(i + 1) && !(i + 1 < n && t[i + 1].isNum());
    }
}
