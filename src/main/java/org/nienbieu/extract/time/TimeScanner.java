package org.nienbieu.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nienbieu.extract.time.Mention.DayMonth;
import org.nienbieu.extract.time.Mention.Unit;
import org.nienbieu.extract.time.NumericDate.Parsed;
import org.nienbieu.extract.time.NumericDate.Shape;
import org.nienbieu.extract.time.PhraseTable.Hit;
import org.nienbieu.extract.time.TimeVocabulary.Shift;

/**
 * Finds the time expressions of one sentence and reads each into a {@link Mention}: a
 * left-to-right pass over its tokens that, at every token, tries the rules of the grammar of
 * Vietnamese dates and keeps the longest match, so {@code thứ Sáu (ngày 17/10)} wins over
 * {@code thứ Sáu}. Every rule looks a bounded number of tokens ahead, so a sentence costs linear
 * time. It decides what is a date, never which day: that is {@link Mention#resolve}'s job.
 */
final class TimeScanner {

    /**
     * A found expression: char range in the analysis view, token range, what it says, and the
     * direction its surroundings suggest when its clause has no tense (null for none).
     */
    record Candidate(int start, int end, int firstToken, int endToken, Mention mention, Tense lean) {
    }

    private record Match(int end, Mention mention) {
    }

    private enum PrefixKind { NONE, TIME_OF_DAY, HOM, NGAY }

    /** A word before a date that is part of the expression: a time of day, {@code hôm}, {@code ngày}. */
    private record Prefix(int timeOfDayEnd, int end, PrefixKind kind) {
    }

    /** Words before a bare {@code d/m} that make it a date; they are not part of the expression. */
    private static final Set<String> DATE_PREPOSITIONS = Set.of(
            "từ", "đến", "tới", "vào", "trước", "sau", "hồi", "hết", "lúc", "trong", "tận", "qua");

    /** Words that may follow a date; a fraction-like {@code 1/3} followed by another word is a fraction. */
    private static final Set<String> DATE_FOLLOWERS = Set.of(
            "tới", "này", "vừa", "qua", "năm", "và", "đến", "hoặc", "sẽ", "đã", "là", "thì", "khi", "lúc",
            "nhưng", "rồi", "theo", "giờ", "cho", "nói", "tuyên", "khẳng", "thông", "cảnh", "phát", "diễn",
            "mới", "cũng", "lại", "vẫn", "đang", "được", "bị", "có", "tại", "ở", "trong", "ông", "bà", "sau",
            "trước", "nhằm", "để", "với", "khiến", "hay", "họ", "chúng", "tôi");

    /** Nouns before {@code thứ hai}, {@code thứ 2} that make it an ordinal ("lần thứ hai"). */
    private static final Set<String> ORDINAL_NOUNS = Set.of(
            "lần", "vòng", "phiên", "kỳ", "lượt", "hạng", "người", "nước", "đợt", "năm", "khóa", "nhiệm",
            "tuần", "tháng", "quý", "trận", "bước", "giai", "thế", "điều", "mục", "chương", "cuộc", "đời",
            "vị", "con", "cháu", "gia", "phần", "thứ", "lớp", "tầng", "số", "đoạn", "khoản", "hàng", "chiếc");

    /** Words after {@code trước}/{@code sau} that make it a preposition of an event ("ba ngày trước cuộc bầu cử"). */
    private static final Set<String> EVENT_WORDS = Set.of(
            "khi", "cuộc", "chuyến", "sự", "vụ", "việc", "lễ", "hội", "đợt", "buổi", "phiên", "kỳ", "lần",
            "thời", "hạn", "ngày", "tuần", "tháng", "năm", "bầu", "các", "những", "một", "thềm", "dịp",
            "trận", "mùa", "kết", "quyết", "tuyên", "thông", "lúc", "giờ", "hai", "ba");

    /**
     * Words after {@code tuần/tháng/năm trước|sau} that make {@code trước}/{@code sau} a preposition
     * ("tháng trước cuộc bầu cử", "tuần sau khi ..."). Anything else - a name, a verb, a comma - leaves
     * the fixed phrase "last/next month": "tháng trước Nga đã chi", "tuần trước tuyên bố".
     */
    private static final Set<String> PERIOD_EVENT_WORDS = Set.of(
            "khi", "cuộc", "chuyến", "sự", "vụ", "việc", "lễ", "hội", "đợt", "buổi", "phiên", "kỳ", "thềm", "dịp",
            "ngày", "hạn", "thời", "mùa", "bầu", "trận", "các", "những", "lúc", "giờ");

    /** Heads of a short event noun phrase that refers back to an event already dated ("trước cuộc gặp,"). */
    private static final Set<String> EVENT_HEADS = Set.of(
            "cuộc", "chuyến", "hội", "lễ", "buổi", "phiên", "vòng", "đợt", "kỳ", "sự");

    private static final Set<String> DEMONSTRATIVES = Set.of("này", "đó", "ấy");

    /** Counts too vague to place: {@code vài ngày tới}, {@code những năm gần đây}. */
    private static final Set<String> VAGUE_COUNTS = Set.of("vài", "mấy", "ít", "những", "nhiều", "các", "dăm");

    private static final Set<String> NOT_WEEK_SHIFTS = Set.of("ngoái", "kia");

    private final TimeVocabulary vocabulary;

    TimeScanner(TimeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Candidate> scan(List<Token> tokens) {
        return new Run(tokens).scan();
    }

    /** The state of one sentence's scan. */
    private final class Run {

        private final List<Token> t;
        private final int n;
        private final TimeVocabulary v = vocabulary;
        private int lastEnd = -1;

        Run(List<Token> tokens) {
            this.t = tokens;
            this.n = tokens.size();
        }

        List<Candidate> scan() {
            List<Candidate> out = new ArrayList<>();
            int i = 0;
            while (i < n) {
                Match best = null;
                for (Match m : new Match[] {range(i), countFrom(i), relative(i), day(i), weekday(i), period(i), season(i)}) {
                    if (m != null && (best == null || m.end() > best.end())) {
                        best = m;
                    }
                }
                if (best == null) {
                    i++;
                    continue;
                }
                best = localTime(restated(best));
                Tense lean = datesAnEventAhead(i) ? Tense.FORWARD : null;
                out.add(new Candidate(t.get(i).start(), t.get(best.end() - 1).end(), i, best.end(), best.mention(), lean));
                lastEnd = best.end();
                i = best.end();
            }
            return out;
        }

        // ---- token helpers -------------------------------------------------------------------

        private boolean word(int i, String w) {
            return i >= 0 && i < n && t.get(i).isWord() && t.get(i).lower().equals(w);
        }

        private boolean wordIn(int i, Set<String> words) {
            return i >= 0 && i < n && t.get(i).isWord() && words.contains(t.get(i).lower());
        }

        private boolean punct(int i, char c) {
            return i >= 0 && i < n && t.get(i).isPunct(c);
        }

        private boolean dash(int i) {
            return punct(i, '-') || punct(i, '–');
        }

        private boolean capitalized(int i) {
            return i >= 0 && i < n && t.get(i).isWord() && t.get(i).capitalized();
        }

        /** The index after the phrase {@code words} at {@code i}, or -1. */
        private int phrase(int i, String... words) {
            for (int k = 0; k < words.length; k++) {
                if (!word(i + k, words[k])) {
                    return -1;
                }
            }
            return i + words.length;
        }

        private Parsed num(int i) {
            if (i < 0 || i >= n || !t.get(i).isNum() || t.get(i).glued()) {
                return null;
            }
            return NumericDate.parse(t.get(i).lower());
        }

        private int plainNumber(int i, int min, int max) {
            Parsed p = num(i);
            return p != null && p.shape() == Shape.NUMBER && p.n()[0] >= min && p.n()[0] <= max ? p.n()[0] : -1;
        }

        private int fourDigitYear(int i) {
            if (i < 0 || i >= n || !t.get(i).isNum() || t.get(i).lower().length() != 4) {
                return -1;
            }
            Parsed p = NumericDate.parse(t.get(i).lower());
            return p != null && p.shape() == Shape.NUMBER && p.n()[0] >= 1000 && p.n()[0] <= 2200 ? p.n()[0] : -1;
        }

        /** After an expression: the end of the sentence, punctuation, a capital, or a word a date may precede. */
        private boolean followsFreely(int i) {
            return i >= n || !t.get(i).isWord() || t.get(i).capitalized() || DATE_FOLLOWERS.contains(t.get(i).lower());
        }

        /** {@code trước}/{@code sau} at {@code i - 1} is an adverb ("hai ngày sau,"), not a preposition. */
        private boolean adverbial(int i) {
            if (i >= n || t.get(i).isNum()) {
                return i >= n;
            }
            if (!t.get(i).isWord()) {
                return true;
            }
            return !t.get(i).capitalized() && !EVENT_WORDS.contains(t.get(i).lower());
        }

        /** {@code trước}/{@code sau} at {@code i - 1}, after a bare period, is "last"/"next", not a preposition. */
        private boolean periodAdverbial(int i) {
            return !(i < n && t.get(i).isWord() && !t.get(i).capitalized() && PERIOD_EVENT_WORDS.contains(t.get(i).lower()));
        }

        /**
         * A noun at {@code i} that makes the next {@code thứ hai} an ordinal ("lần thứ hai"); capitalised
         * inside a sentence it ends a name ("Thổ Nhĩ Kỳ thứ Năm tuần trước") and is no such noun.
         */
        private boolean ordinalNoun(int i) {
            return wordIn(i, ORDINAL_NOUNS) && (!capitalized(i) || i == 0 || !t.get(i - 1).isWord());
        }

        /**
         * A short event noun phrase at {@code i} closed by a clause break or a demonstrative
         * ({@code cuộc gặp,}, {@code chuyến thăm này}): an event the article has already told and
         * dated. A longer or qualified one ({@code cuộc bầu cử quốc hội vào giữa tháng 11}) may be a
         * new event, and is left alone.
         */
        private boolean eventAnaphor(int i) {
            if (!wordIn(i, EVENT_HEADS) || capitalized(i)) {
                return false;
            }
            for (int k = i + 1; k <= i + 3; k++) {
                if (k >= n || punct(k, ',') || punct(k, '.') || punct(k, ';') || punct(k, ':')) {
                    return k > i + 1;
                }
                if (wordIn(k, DEMONSTRATIVES)) {
                    return true;
                }
                if (!t.get(k).isWord() || capitalized(k)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The expression at {@code i} dates an event that something happens before: {@code trước cuộc
         * bầu cử quốc hội vào giữa tháng 11} ("ahead of the election in mid-November"), which is
         * still to come unless the clause says otherwise.
         */
        private boolean datesAnEventAhead(int i) {
            if (!word(i - 1, "vào")) {
                return false;
            }
            for (int k = i - 2; k >= Math.max(0, i - 9) && t.get(k).isWord(); k--) {
                if (word(k, "trước") && wordIn(k + 1, EVENT_HEADS)) {
                    return true;
                }
            }
            return false;
        }

        /** {@code tới} at {@code i} means "coming", not the verb "to go to" ("tới Nhà Trắng"). */
        private boolean comingTới(int i) {
            return word(i, "tới") && !capitalized(i + 1) && !(i + 1 < n && t.get(i + 1).isNum());
        }

        private Prefix prefix(int i) {
            Hit<Boolean> tod = v.timesOfDay.longest(t, i);
            if (tod != null) {
                int j = tod.end();
                return new Prefix(j, word(j, "ngày") || word(j, "hôm") ? j + 1 : j, PrefixKind.TIME_OF_DAY);
            }
            if (word(i, "hôm")) {
                return new Prefix(i, i + 1, PrefixKind.HOM);
            }
            if (word(i, "ngày")) {
                return new Prefix(i, word(i + 1, "mùng") || word(i + 1, "mồng") ? i + 2 : i + 1, PrefixKind.NGAY);
            }
            if (word(i, "mùng") || word(i, "mồng")) {
                return new Prefix(i, i + 1, PrefixKind.NGAY);
            }
            return new Prefix(i, i, PrefixKind.NONE);
        }

        // ---- dates ---------------------------------------------------------------------------

        /**
         * A date at {@code j}: a number token ({@code 17/10}, {@code 24-26/10}, {@code 29/3/2022}),
         * {@code 15 tháng 5 năm 2025}, or with a {@code ngày}/{@code hôm} prefix a bare day
         * ({@code ngày 15}); then a year ({@code năm ngoái}) and a direction ({@code tới},
         * {@code vừa qua}). {@code strong}: a prefix or a preposition already says it is a date.
         */
        private Match dateCore(int j, boolean strong, PrefixKind kind, Tense forced) {
            Parsed p = num(j);
            if (p == null) {
                return null;
            }
            int[] v = p.n();
            return switch (p.shape()) {
                case DAY_MONTH -> strong || acceptBare(j, p)
                        ? suffixes(j + 1, new DayMonth(v[0], v[1], null, null, forced)) : null;
                case DAY_MONTH_YEAR -> new Match(j + 1, new DayMonth(v[0], v[1], v[2], null, forced));
                case DAY_DAY_MONTH -> {
                    DayMonth end = new DayMonth(v[1], v[2], v.length > 3 ? v[3] : null, null, forced);
                    Match withSuffix = suffixes(j + 1, end);
                    yield new Match(withSuffix.end(), new Mention.DayRange(v[0], null, null, (DayMonth) withSuffix.mention()));
                }
                case DAY_MONTH_DAY_MONTH -> {
                    DayMonth end = new DayMonth(v[2], v[3], v.length > 4 ? v[4] : null, null, forced);
                    Match withSuffix = suffixes(j + 1, end);
                    yield new Match(withSuffix.end(), new Mention.DayRange(v[0], v[1], null, (DayMonth) withSuffix.mention()));
                }
                case NUMBER -> dayNumber(j, v[0], strong, kind, forced);
                default -> null;
            };
        }

        private Match dayNumber(int j, int day, boolean strong, PrefixKind kind, Tense forced) {
            if (day < 1 || day > 31) {
                return null;
            }
            if (word(j + 1, "tháng")) {
                int[] month = monthNumber(j + 2);
                if (month != null && NumericDate.validDayMonth(day, month[1])) {
                    Integer year = month[2] > 0 ? month[2] : null;
                    DayMonth dm = new DayMonth(day, month[1], year, null, forced);
                    boolean digits = t.get(j + 2).isNum() || capitalized(j + 2);
                    if (!strong && !digits && year == null) {
                        return null;
                    }
                    return year != null ? new Match(month[0], dm) : suffixes(month[0], dm);
                }
                Hit<Shift> shift = v.shifts.longest(t, j + 2);
                if ((kind == PrefixKind.NGAY || kind == PrefixKind.HOM) && shift != null && !shift.value().fromAnchor()
                        && !NOT_WEEK_SHIFTS.contains(t.get(j + 2).lower())) {
                    return new Match(shift.end(), new Mention.DayOfMonth(day, shift.value().amount(), forced));
                }
                return null;
            }
            if (kind != PrefixKind.NGAY && kind != PrefixKind.HOM && !word(j - 1, "ngày") && !word(j - 1, "hôm")) {
                return null;
            }
            if (word(j - 2, "mỗi") || word(j - 2, "hằng") || word(j - 2, "hàng")) {
                return null;
            }
            if (comingTới(j + 1)) {
                return new Match(j + 2, new Mention.DayOfMonth(day, null, Tense.FORWARD));
            }
            int vuaQua = phrase(j + 1, "vừa", "qua");
            if (vuaQua > 0) {
                return new Match(vuaQua, new Mention.DayOfMonth(day, null, Tense.BACKWARD));
            }
            if (j + 1 >= n || punct(j + 1, ',') || punct(j + 1, '.') || punct(j + 1, ';') || punct(j + 1, ')')
                    || capitalized(j + 1)) {
                return new Match(j + 1, new Mention.DayOfMonth(day, null, forced));
            }
            return null;
        }

        /** A bare {@code d/m}, with no {@code ngày} before it, is a date only with context or an unambiguous shape. */
        private boolean acceptBare(int j, Parsed p) {
            int day = p.n()[0];
            int month = p.n()[1];
            if (punct(j - 1, '(')) {
                return true;
            }
            if (lastEnd >= 0 && j == lastEnd + 1
                    && (punct(lastEnd, ',') || word(lastEnd, "và") || word(lastEnd, "hoặc") || word(lastEnd, "đến"))) {
                return true; // a list or range after a date: "ngày 2/12 và 5/12"
            }
            if (wordIn(j - 1, DATE_PREPOSITIONS)) {
                boolean fractionLike = !p.hyphen() && day < month;
                return !(fractionLike && !followsFreely(j + 1));
            }
            if (p.hyphen()) {
                return false; // "3-1", "2-0": scores
            }
            return (day >= 13 || p.zeroPadded()) && followsFreely(j + 1);
        }

        /** A year and a direction after a day and month: {@code năm 2025}, {@code năm ngoái}, {@code tới}, {@code vừa qua}. */
        private Match suffixes(int k, DayMonth dm) {
            if (!dm.hasYear() && word(k, "năm")) {
                int y = fourDigitYear(k + 1);
                if (y > 0) {
                    return new Match(k + 2, new DayMonth(dm.day(), dm.month(), y, null, dm.forced()));
                }
                Hit<Shift> s = v.shifts.longest(t, k + 1);
                if (s != null && !s.value().fromAnchor()) {
                    return new Match(s.end(), new DayMonth(dm.day(), dm.month(), null, s.value().amount(), dm.forced()));
                }
            }
            if (!dm.hasYear()) {
                int sắpTới = phrase(k, "sắp", "tới");
                if (sắpTới > 0) {
                    return new Match(sắpTới, dm.withForced(Tense.FORWARD));
                }
                if (comingTới(k)) {
                    return new Match(k + 1, dm.withForced(Tense.FORWARD));
                }
                int vuaQua = phrase(k, "vừa", "qua");
                if (vuaQua > 0) {
                    return new Match(vuaQua, dm.withForced(Tense.BACKWARD));
                }
            }
            return new Match(k, dm);
        }

        /** {@code [time of day | ngày | hôm] date} and deictic days ({@code hôm qua}, {@code sáng nay}, {@code cùng ngày}). */
        private Match day(int i) {
            Prefix pre = prefix(i);
            Tense forced = pre.kind() == PrefixKind.HOM || word(i - 1, "hồi") ? Tense.BACKWARD : null;
            Match best = null;
            if (pre.kind() != PrefixKind.NONE) {
                best = dateCore(pre.end(), true, pre.kind(), forced);
            } else {
                best = dateCore(i, false, PrefixKind.NONE, forced);
                if (best != null && best.mention() instanceof Mention.DayOfMonth) {
                    best = null;
                }
            }
            Hit<Integer> deictic = pre.kind() == PrefixKind.TIME_OF_DAY
                    ? v.deicticAfterTimeOfDay.longest(t, pre.timeOfDayEnd()) : v.deicticDays.longest(t, i);
            if (deictic != null && (best == null || deictic.end() > best.end())) {
                Mention m = new Mention.Deictic(deictic.value());
                int end = deictic.end();
                Parsed p = num(end);
                if (p != null && (p.shape() == Shape.DAY_MONTH || p.shape() == Shape.DAY_MONTH_YEAR)) {
                    Match date = dateCore(end, true, PrefixKind.NONE, null);
                    if (date != null) {
                        return new Match(date.end(), new Mention.Restated(m, date.mention())); // "hôm nay 1/12"
                    }
                }
                best = new Match(end, m);
            }
            Hit<Integer> anchored = v.anchorDays.longest(t, pre.kind() == PrefixKind.TIME_OF_DAY ? pre.timeOfDayEnd() : i);
            if (anchored != null && (best == null || anchored.end() > best.end())) {
                best = new Match(anchored.end(), new Mention.AnchorDay(anchored.value()));
            }
            return best;
        }

        /** {@code từ ngày 24 đến 26/10}, {@code từ 24/10 đến 2/11}, {@code ngày 24 - 26/10}, {@code từ ngày 1/12 đến nay}. */
        private Match range(int i) {
            boolean from = word(i, "từ");
            Prefix pre = prefix(from ? i + 1 : i);
            if (!from && pre.kind() == PrefixKind.NONE && !wordIn(i - 1, DATE_PREPOSITIONS)) {
                return null;
            }
            int k = pre.end();
            Parsed p = num(k);
            if (p == null) {
                return null;
            }
            int startDay;
            Integer startMonth = null;
            Integer startYear = null;
            int e;
            if (p.shape() == Shape.NUMBER && p.n()[0] >= 1 && p.n()[0] <= 31) {
                startDay = p.n()[0];
                e = k + 1;
                if (word(e, "tháng")) {
                    int[] month = monthNumber(e + 1);
                    if (month == null) {
                        return null;
                    }
                    startMonth = month[1];
                    e = month[0];
                }
            } else if (p.shape() == Shape.DAY_MONTH || p.shape() == Shape.DAY_MONTH_YEAR) {
                startDay = p.n()[0];
                startMonth = p.n()[1];
                startYear = p.shape() == Shape.DAY_MONTH_YEAR ? p.n()[2] : null;
                e = k + 1;
            } else if (from && (p.shape() == Shape.DAY_DAY_MONTH || p.shape() == Shape.DAY_MONTH_DAY_MONTH)) {
                Match whole = dateCore(k, true, PrefixKind.NONE, null); // "từ 2-3/11": the range with its "từ"
                return whole;
            } else {
                return null;
            }
            int c;
            if (word(e, "đến") || word(e, "tới")) {
                c = word(e + 1, "hết") ? e + 2 : e + 1;
            } else if (phrase(e, "cho", "đến") > 0) {
                c = e + 2;
            } else if (dash(e) || (word(e, "và") && pre.kind() == PrefixKind.NGAY)) {
                c = e + 1;
            } else {
                return null;
            }
            if (from && startMonth != null && (word(c, "nay") || phrase(c, "hiện", "nay") > 0)) {
                DayMonth start = new DayMonth(startDay, startMonth, startYear, null, null);
                return new Match(word(c, "nay") ? c + 1 : c + 2, new Mention.UntilNow(start));
            }
            Prefix endPre = prefix(c);
            Match end = dateCore(endPre.end(), true, PrefixKind.NONE, null);
            if (end == null || !(end.mention() instanceof DayMonth dm)) {
                return null;
            }
            if (startMonth == null && !NumericDate.validDayMonth(startDay, dm.month())) {
                return null;
            }
            return new Match(end.end(), new Mention.DayRange(startDay, startMonth, startYear, dm));
        }

        /** {@code ba ngày, kể từ ngày 24/10}, {@code 3 ngày từ 24/10}: N days from a first day. */
        private Match countFrom(int i) {
            int[] count = count(i);
            int[] unit = count == null ? null : unit(count[0]);
            if (count == null || count[1] <= 0 || unit == null) {
                return null;
            }
            int k = unit[0];
            if (punct(k, ',')) {
                k++;
            }
            if (phrase(k, "kể", "từ") > 0 || phrase(k, "tính", "từ") > 0) {
                k += 2;
            } else if (word(k, "từ")) {
                k++;
            } else {
                return null;
            }
            Prefix pre = prefix(k);
            Match date = dateCore(pre.end(), true, PrefixKind.NONE, null);
            if (date == null || !(date.mention() instanceof DayMonth dm)) {
                return null;
            }
            return new Match(date.end(), new Mention.CountFrom(Unit.values()[unit[1]], count[1], dm));
        }

        /** A count at {@code i}: {end, value}; value -1 for a vague count ({@code vài}, {@code những}). */
        private int[] count(int i) {
            int digits = plainNumber(i, 1, 999);
            if (digits > 0) {
                return new int[] {i + 1, digits};
            }
            if (wordIn(i, VAGUE_COUNTS)) {
                return new int[] {i + 1, -1};
            }
            Hit<Integer> words = v.numbers.longest(t, i);
            return words == null ? null : new int[] {words.end(), words.value()};
        }

        /** A unit at {@code i}: {end, ordinal of {@link Unit}}. */
        private int[] unit(int i) {
            if (word(i, "ngày")) {
                return new int[] {i + 1, Unit.DAY.ordinal()};
            }
            if (word(i, "tuần")) {
                return new int[] {word(i + 1, "lễ") ? i + 2 : i + 1, Unit.WEEK.ordinal()};
            }
            if (word(i, "tháng")) {
                return new int[] {i + 1, Unit.MONTH.ordinal()};
            }
            if (word(i, "năm")) {
                return new int[] {i + 1, Unit.YEAR.ordinal()};
            }
            return null;
        }

        /**
         * Counted distances: {@code hai ngày sau}, {@code một tuần trước đó}, {@code sau đó một
         * tuần}, {@code cách đây 3 năm}, {@code 2 tuần nữa}, windows {@code 3 ngày tới},
         * {@code 5 năm qua}, and the vague {@code vài ngày tới} (undated).
         */
        private Match relative(int i) {
            int lead = phrase(i, "cách", "đây");
            int afterThen = phrase(i, "sau", "đó");
            int beforeThen = phrase(i, "trước", "đó");
            int start = lead > 0 ? lead : afterThen > 0 ? afterThen : beforeThen > 0 ? beforeThen : i;
            int[] count = count(start);
            if (count == null) {
                return null;
            }
            int[] unit = unit(count[0]);
            if (unit == null) {
                return null;
            }
            boolean vague = count[1] < 0;
            Unit u = Unit.values()[unit[1]];
            if (start != i) {
                if (vague) {
                    return new Match(unit[0], new Mention.Undated());
                }
                int amount = afterThen > 0 ? count[1] : -count[1];
                return new Match(unit[0], new Mention.Shifted(u, amount, lead < 0));
            }
            int k = unit[0];
            if (!vague && (u == Unit.MONTH || u == Unit.DAY) && (word(k, "đầu") || word(k, "cuối"))
                    && word(k + 1, u == Unit.MONTH ? "năm" : "tháng")) {
                return leadingPart(k, u, count[1], word(k, "đầu")); // "10 tháng đầu năm", "5 ngày cuối tháng"
            }
            if (vague && word(k, "và")) {
                int[] second = unit(k + 1); // "những ngày và tuần tới"
                if (second != null) {
                    k = second[0];
                }
            }
            int end;
            Mention m;
            if ((end = phrase(k, "sau", "đó")) > 0) {
                m = new Mention.Shifted(u, count[1], true);
            } else if ((end = phrase(k, "trước", "đó")) > 0) {
                m = new Mention.Shifted(u, -count[1], true);
            } else if (word(k, "sau") && adverbial(k + 1)) {
                end = k + 1;
                m = new Mention.Shifted(u, count[1], true);
            } else if (word(k, "trước") && adverbial(k + 1)) {
                end = k + 1;
                m = new Mention.Shifted(u, -count[1], true);
            } else if ((word(k, "sau") || word(k, "trước")) && eventAnaphor(k + 1)) {
                end = k + 1; // "Ba ngày trước cuộc gặp, ...": the span leaves the event out
                m = new Mention.FromEvent(u, word(k, "sau") ? count[1] : -count[1]);
            } else if (word(k, "nữa")) {
                end = k + 1;
                m = new Mention.Shifted(u, count[1], false);
            } else if ((end = phrase(k, "sắp", "tới")) > 0 || (end = phrase(k, "tiếp", "theo")) > 0
                    || (end = phrase(k, "tới", "đây")) > 0 || comingTới(k) && (end = k + 1) > 0) {
                m = new Mention.Window(u, count[1], true);
            } else if ((end = phrase(k, "vừa", "qua")) > 0 || (end = phrase(k, "gần", "đây")) > 0
                    || (end = phrase(k, "gần", "nhất")) > 0 || (end = phrase(k, "trở", "lại", "đây")) > 0
                    || word(k, "qua") && (end = k + 1) > 0) {
                m = new Mention.Window(u, count[1], false);
            } else {
                return null;
            }
            return new Match(end, vague ? new Mention.Undated() : m);
        }

        /** {@code 10 tháng đầu năm nay}, {@code 5 ngày cuối tháng 3}: the first or last N units of a period. */
        private Match leadingPart(int k, Unit u, int count, boolean first) {
            int p = k + 2;
            if (u == Unit.MONTH) {
                int y = fourDigitYear(p);
                Hit<Shift> s = v.shifts.longest(t, p);
                if (y > 0) {
                    return new Match(p + 1, new Mention.PartOfPeriod(u, count, first, y, null, null));
                }
                if (s != null && !s.value().fromAnchor()) {
                    return new Match(s.end(), new Mention.PartOfPeriod(u, count, first, null, s.value().amount(), null));
                }
                return new Match(p, new Mention.PartOfPeriod(u, count, first, null, 0, null));
            }
            int[] month = monthNumber(p);
            if (month != null) {
                Integer y = month[2] > 0 ? month[2] : null;
                return new Match(month[0], new Mention.PartOfPeriod(u, count, first, y, null, month[1]));
            }
            Hit<Shift> s = v.shifts.longest(t, p);
            if (s != null && !s.value().fromAnchor() && !NOT_WEEK_SHIFTS.contains(t.get(p).lower())) {
                return new Match(s.end(), new Mention.PartOfPeriod(u, count, first, null, s.value().amount(), null));
            }
            return new Match(p, new Mention.PartOfPeriod(u, count, first, null, 0, null));
        }

        // ---- weekdays ------------------------------------------------------------------------

        /** {@code thứ Sáu}, {@code hôm Chủ nhật (23/11)}, {@code thứ Hai tuần tới}, {@code thứ 6 tới}. */
        private Match weekday(int i) {
            Prefix pre = prefix(i);
            int j = pre.end();
            Hit<Integer> w = v.weekdays.longest(t, j);
            if (w == null) {
                return null;
            }
            int dow = w.value();
            int end = w.end();
            if (dow != 7) {
                boolean named = capitalized(j + 1);
                boolean context = pre.kind() == PrefixKind.TIME_OF_DAY || pre.kind() == PrefixKind.HOM
                        || word(i - 1, "vào") || word(end, "tuần") || punct(end, '(') || comingTới(end)
                        || word(end, "này") || phrase(end, "vừa", "qua") > 0
                        || punct(end, ',') && word(end + 1, "ngày") || num(end) != null && num(end).shape() != Shape.NUMBER;
                if (!named && (!context || pre.kind() == PrefixKind.NGAY)) {
                    return null; // "ngày thứ hai", "lần thứ 2": ordinals
                }
                if (ordinalNoun(j - 1)) {
                    return null;
                }
            }
            Integer weekShift = null;
            Tense forced = null;
            if (word(end, "tuần")) {
                Hit<Shift> s = v.shifts.longest(t, end + 1);
                if (s != null && !s.value().fromAnchor() && !NOT_WEEK_SHIFTS.contains(t.get(end + 1).lower())) {
                    weekShift = s.value().amount();
                    end = s.end();
                } else if (word(end + 1, "qua") || phrase(end + 1, "vừa", "qua") > 0) {
                    weekShift = -1;
                    end = word(end + 1, "qua") ? end + 2 : end + 3;
                }
            } else if (comingTới(end) || phrase(end, "sắp", "tới") > 0) {
                forced = Tense.FORWARD;
                end = word(end, "tới") ? end + 1 : end + 2;
            } else if (word(end, "này")) {
                weekShift = 0;
                end++;
            } else if (phrase(end, "vừa", "qua") > 0) {
                forced = Tense.BACKWARD;
                end += 2;
            } else if (word(end, "trước") && adverbial(end + 1)) {
                forced = Tense.BACKWARD;
                end++;
            }
            Tense lean = word(i - 1, "đến") || word(i - 1, "tới") ? Tense.FORWARD : null;
            Tense own = pre.kind() == PrefixKind.HOM ? Tense.BACKWARD : null; // "hôm" is a day gone by
            Mention m = new Mention.Weekday(dow, weekShift, forced, own, lean);
            int k = punct(end, ',') && word(end + 1, "ngày") ? end + 1 : end;
            Prefix datePre = prefix(k);
            if (datePre.kind() == PrefixKind.NGAY || datePre.kind() == PrefixKind.NONE) {
                Match date = dateCore(datePre.end(), true, PrefixKind.NONE, null);
                if (date != null && (date.mention() instanceof DayMonth)) {
                    return new Match(date.end(), new Mention.Restated(m, date.mention()));
                }
            }
            return new Match(end, m);
        }

        // ---- weeks, months, quarters, years --------------------------------------------------

        /** Periods, optionally with a part: {@code tuần tới}, {@code đầu tháng này}, {@code quý III}, {@code cuối năm 2024}. */
        private Match period(int i) {
            boolean same = word(i, "cùng");
            Hit<Part> part = same ? null : v.parts.longest(t, i);
            int j = same ? i + 1 : part == null ? i : part.end();
            Part p = part == null ? null : part.value();
            if (same) {
                int[] u = unit(j);
                if (u == null || u[1] == Unit.DAY.ordinal()) {
                    return null;
                }
                Unit unit = Unit.values()[u[1]];
                return new Match(u[0], unit == Unit.WEEK ? new Mention.Week(0, true)
                        : unit == Unit.MONTH ? new Mention.MonthRef(null, null, null, 0, true, null, null)
                        : new Mention.YearRef(null, 0, true, null));
            }
            if (word(j, "tuần")) {
                return week(j, p);
            }
            if (word(j, "tháng")) {
                return month(i, j, p);
            }
            if (word(j, "quý") && p == null) {
                return quarter(j);
            }
            if (word(j, "năm")) {
                return year(j, p);
            }
            if (p == null && word(i, "sang") && word(i + 1, "năm") && fourDigitYear(i + 2) < 0 && followsFreely(i + 2)) {
                return new Match(i + 2, new Mention.YearRef(null, 1, false, null)); // "sang năm": next year
            }
            if (p != null) {
                int y = fourDigitYear(j);
                if (y > 0) {
                    return new Match(j + 1, new Mention.YearRef(y, null, false, p)); // "đầu 2025"
                }
                return null;
            }
            Parsed years = num(i);
            if (years != null && years.shape() == Shape.YEAR_YEAR && years.n()[0] >= 1000
                    && wordIn(i - 1, Set.of("đoạn", "kỳ", "khóa", "từ", "trong", "niên"))) {
                return new Match(i + 1, new Mention.YearRange(years.n()[0], years.n()[1])); // "giai đoạn 2021-2025"
            }
            if (wordIn(i - 1, DATE_PREPOSITIONS) && followsFreely(i + 1)) {
                int y = fourDigitYear(i);
                if (y >= 1900 && y <= 2100) {
                    return new Match(i + 1, new Mention.YearRef(y, null, false, null)); // "hồi 2019", "đến 2030"
                }
            }
            return null;
        }

        private Match week(int j, Part p) {
            int k = word(j + 1, "lễ") ? j + 2 : j + 1;
            Hit<Shift> s = v.shifts.longest(t, k);
            if (s != null && !NOT_WEEK_SHIFTS.contains(t.get(k).lower()) && (!word(k, "sau") || periodAdverbial(k + 1))
                    && (!word(k, "trước") || periodAdverbial(k + 1))) {
                Shift shift = s.value();
                return new Match(s.end(), p == null ? new Mention.Week(shift.amount(), shift.fromAnchor())
                        : new Mention.WeekPart(p, shift.amount(), shift.fromAnchor()));
            }
            int past = word(k, "qua") ? k + 1 : phrase(k, "vừa", "qua");
            if (past > 0) {
                return new Match(past, p == null ? new Mention.Window(Unit.WEEK, 1, false) : new Mention.WeekPart(p, -1, false));
            }
            if (p != null && followsFreely(k)) {
                return new Match(k, new Mention.WeekPart(p, null, false));
            }
            return null;
        }

        /** A month number at {@code k}: {end, month, year or 0}; digits, {@code 3/2022}, words, Roman numerals. */
        private int[] monthNumber(int k) {
            Parsed p = num(k);
            if (p != null) {
                if (p.shape() == Shape.NUMBER && p.n()[0] >= 1 && p.n()[0] <= 12) {
                    return new int[] {k + 1, p.n()[0], 0};
                }
                if (p.shape() == Shape.MONTH_YEAR && p.n()[1] >= 1000 && p.n()[1] <= 2200) {
                    return new int[] {k + 1, p.n()[0], p.n()[1]};
                }
                return null;
            }
            Hit<Integer> w = v.months.longest(t, k);
            if (w == null) {
                return null;
            }
            String first = t.get(k).lower();
            boolean roman = first.chars().allMatch(c -> c == 'i' || c == 'v' || c == 'x');
            if (roman && !t.get(k).capitalized()) {
                return null;
            }
            if (!t.get(k).capitalized()) {
                // "mỗi tháng hai lần", "một tháng ba lần": a rate, not a month name
                if (word(w.end(), "lần") || wordIn(k - 2, Set.of("mỗi", "hàng", "hằng")) || k >= 2 && t.get(k - 2).isNum()
                        || k >= 2 && v.numbers.longest(t, k - 2) != null && v.numbers.longest(t, k - 2).end() == k - 1) {
                    return null;
                }
            }
            return new int[] {w.end(), w.value(), 0};
        }

        private Match month(int i, int j, Part p) {
            int k = j + 1;
            Tense forced = word(i - 1, "hồi") ? Tense.BACKWARD : null;
            int[] number = monthNumber(k);
            if (number != null) {
                int e = number[0];
                Integer year = number[2] > 0 ? number[2] : null;
                Integer yearShift = null;
                boolean fromAnchor = false;
                if (year == null && (punct(e, '/') || dash(e)) && fourDigitYear(e + 1) > 0) {
                    year = fourDigitYear(e + 1); // "tháng 3 / 2022", "tháng III-2025"
                    e += 2;
                } else if (year == null && word(e, "năm")) {
                    int y = fourDigitYear(e + 1);
                    Hit<Shift> s = v.shifts.longest(t, e + 1);
                    if (y > 0) {
                        year = y;
                        e += 2;
                    } else if (s != null) {
                        yearShift = s.value().amount();
                        fromAnchor = s.value().fromAnchor();
                        e = s.end();
                    } else if (word(e + 1, "qua") || phrase(e + 1, "vừa", "qua") > 0) {
                        yearShift = -1;
                        e = word(e + 1, "qua") ? e + 2 : e + 3;
                    }
                }
                if (year == null && yearShift == null) {
                    if (comingTới(e) || phrase(e, "sắp", "tới") > 0) {
                        forced = Tense.FORWARD;
                        e = word(e, "tới") ? e + 1 : e + 2;
                    } else if (phrase(e, "vừa", "qua") > 0) {
                        forced = Tense.BACKWARD;
                        e += 2;
                    } else if (word(e, "này")) {
                        yearShift = 0;
                        e++;
                    }
                }
                return new Match(e, new Mention.MonthRef(number[1], year, yearShift, null, fromAnchor, p, forced));
            }
            Hit<Shift> s = v.shifts.longest(t, k);
            if (s != null && !NOT_WEEK_SHIFTS.contains(t.get(k).lower()) && (!word(k, "sau") || periodAdverbial(k + 1))
                    && (!word(k, "trước") || periodAdverbial(k + 1))) {
                return new Match(s.end(), new Mention.MonthRef(null, null, null, s.value().amount(),
                        s.value().fromAnchor(), p, null));
            }
            int past = word(k, "qua") ? k + 1 : phrase(k, "vừa", "qua");
            if (past > 0) {
                return new Match(past, p == null ? new Mention.Window(Unit.MONTH, 1, false)
                        : new Mention.MonthRef(null, null, null, -1, false, p, null));
            }
            if (p != null && followsFreely(k)) {
                return new Match(k, new Mention.MonthRef(null, null, null, null, false, p, forced));
            }
            return null;
        }

        private Match quarter(int j) {
            int k = j + 1;
            Parsed p = num(k);
            int q;
            int e;
            Integer year = null;
            Integer yearShift = null;
            if (p != null && p.shape() == Shape.MONTH_YEAR && p.n()[0] <= 4) {
                q = p.n()[0];
                year = p.n()[1];
                e = k + 1;
            } else {
                Hit<Integer> h = v.quarters.longest(t, k);
                if (h == null) {
                    Hit<Shift> s = v.shifts.longest(t, k);
                    if (s != null && !s.value().fromAnchor() && !NOT_WEEK_SHIFTS.contains(t.get(k).lower())) {
                        return new Match(s.end(), new Mention.QuarterRef(null, null, null, s.value().amount()));
                    }
                    return null;
                }
                q = h.value();
                e = h.end();
                if ((punct(e, '/') || dash(e)) && e + 1 < n && t.get(e + 1).isNum() && t.get(e + 1).lower().length() == 4) {
                    year = Integer.parseInt(t.get(e + 1).lower()); // "quý I/2025", "quý III-2025"
                    e += 2;
                } else if (word(e, "năm")) {
                    int y = fourDigitYear(e + 1);
                    Hit<Shift> s = v.shifts.longest(t, e + 1);
                    if (y > 0) {
                        year = y;
                        e += 2;
                    } else if (s != null && !s.value().fromAnchor()) {
                        yearShift = s.value().amount();
                        e = s.end();
                    }
                } else if (word(e, "này")) {
                    yearShift = 0;
                    e++;
                }
            }
            return new Match(e, new Mention.QuarterRef(q, year, yearShift, null));
        }

        private Match year(int j, Part p) {
            int k = j + 1;
            Parsed range = num(k);
            if (range != null && range.shape() == Shape.YEAR_YEAR) {
                return new Match(k + 1, new Mention.YearRange(range.n()[0], range.n()[1]));
            }
            int y = fourDigitYear(k);
            if (y > 0) {
                int y2 = dash(k + 1) ? fourDigitYear(k + 2) : -1;
                if (y2 > y) {
                    return new Match(k + 3, new Mention.YearRange(y, y2));
                }
                return new Match(k + 1, new Mention.YearRef(y, null, false, p));
            }
            Hit<Shift> s = v.shifts.longest(t, k);
            if (s != null && (!word(k, "sau") || periodAdverbial(k + 1)) && (!word(k, "trước") || periodAdverbial(k + 1))) {
                return new Match(s.end(), new Mention.YearRef(null, s.value().amount(), s.value().fromAnchor(), p));
            }
            int past = word(k, "qua") ? k + 1 : phrase(k, "vừa", "qua");
            if (past > 0) {
                return new Match(past, p == null ? new Mention.Window(Unit.YEAR, 1, false)
                        : new Mention.YearRef(null, -1, false, p));
            }
            if (p != null && followsFreely(k)) {
                return new Match(k, new Mention.YearRef(null, null, false, p));
            }
            return null;
        }

        /** {@code mùa hè năm nay}, {@code mùa đông 2024}, {@code mùa thu tới}, {@code hè năm ngoái}. */
        private Match season(int i) {
            boolean mùa = word(i, "mùa");
            int k = mùa ? i + 1 : i;
            Hit<Integer> s = v.seasons.longest(t, k);
            if (s == null || !mùa && word(k, "hạ")) {
                return null;
            }
            int first = s.value();
            int e = s.end();
            if (word(e, "năm")) {
                int y = fourDigitYear(e + 1);
                Hit<Shift> shift = v.shifts.longest(t, e + 1);
                if (y > 0) {
                    return new Match(e + 2, new Mention.SeasonRef(first, y, null, null));
                }
                if (shift != null && !shift.value().fromAnchor()) {
                    return new Match(shift.end(), new Mention.SeasonRef(first, null, shift.value().amount(), null));
                }
            }
            int y = fourDigitYear(e);
            if (y > 0) {
                return new Match(e + 1, new Mention.SeasonRef(first, y, null, null));
            }
            if (comingTới(e) || phrase(e, "sắp", "tới") > 0) {
                return new Match(word(e, "tới") ? e + 1 : e + 2, new Mention.SeasonRef(first, null, null, Tense.FORWARD));
            }
            if (phrase(e, "vừa", "qua") > 0 || word(e, "qua") || word(e, "trước") && adverbial(e + 1)) {
                return new Match(word(e, "vừa") ? e + 2 : e + 1, new Mention.SeasonRef(first, null, null, Tense.BACKWARD));
            }
            if (word(e, "này")) {
                return new Match(e + 1, new Mention.SeasonRef(first, null, null, Tense.NONE));
            }
            boolean adverbial = i == 0 || !t.get(i - 1).isWord()
                    || wordIn(i - 1, Set.of("vào", "trong", "hồi", "từ", "đến", "suốt", "sang", "đầu", "cuối", "giữa", "mỗi"));
            if (mùa && adverbial && followsFreely(e)) { // not "ngân sách mùa thu", "Thế vận hội mùa hè"
                return new Match(e, new Mention.SeasonRef(first, null, null, null));
            }
            return null;
        }

        // ---- restatements --------------------------------------------------------------------

        /**
         * {@code X (ngày 17/10)}: a parenthesised date restating a weekday, a deictic or a relative
         * expression joins it and wins; a weekday in brackets after a date ({@code 17/10 (thứ Sáu)})
         * joins it too, so that a disagreement can be reported.
         */
        private Match restated(Match m) {
            int end = m.end();
            if (!punct(end, '(')) {
                return m;
            }
            int k = end + 1;
            if (word(k, "tức")) {
                k = word(k + 1, "là") ? k + 2 : k + 1;
            }
            boolean isDate = m.mention() instanceof DayMonth || m.mention() instanceof Mention.DayRange
                    || m.mention() instanceof Mention.Restated;
            if (!isDate) {
                Prefix pre = prefix(k);
                Match date = dateCore(pre.end(), true, PrefixKind.NONE, null);
                if (date != null && (date.mention() instanceof DayMonth || date.mention() instanceof Mention.DayRange)
                        && punct(date.end(), ')')) {
                    return new Match(date.end() + 1, new Mention.Restated(m.mention(), date.mention()));
                }
                return m;
            }
            Hit<Integer> w = v.weekdays.longest(t, k);
            if (m.mention() instanceof DayMonth dm && w != null && punct(w.end(), ')')) {
                return new Match(w.end() + 1, new Mention.Restated(new Mention.Weekday(w.value(), null, null, null, null), dm));
            }
            return m;
        }

        /** {@code sáng 3/12 (giờ địa phương)}: a time-zone note in brackets belongs to the expression. */
        private Match localTime(Match m) {
            int end = m.end();
            if (!punct(end, '(')) {
                return m;
            }
            int k = word(end + 1, "theo") ? end + 2 : end + 1;
            if (!word(k, "giờ")) {
                return m;
            }
            for (int c = k + 1; c < Math.min(n, k + 6); c++) {
                if (punct(c, ')')) {
                    return new Match(c + 1, m.mention());
                }
            }
            return m;
        }
    }
}
