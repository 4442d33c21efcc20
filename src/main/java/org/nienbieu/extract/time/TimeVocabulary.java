package org.nienbieu.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The word lists of Vietnamese time expressions, read once from the {@code .txt} resources next
 * to this class (one {@code phrase = value} a line, {@code #} comments) so that linguists can
 * extend them without touching code. Every table is an immutable {@link PhraseTable}.
 */
final class TimeVocabulary {

    final PhraseTable<Integer> weekdays;
    final PhraseTable<Integer> numbers;
    final PhraseTable<Integer> months;
    final PhraseTable<Integer> quarters;
    final PhraseTable<Part> parts;
    final PhraseTable<Integer> seasons;
    final PhraseTable<Boolean> timesOfDay;
    final PhraseTable<Integer> deicticDays;
    final PhraseTable<Integer> deicticAfterTimeOfDay;
    final PhraseTable<Integer> anchorDays;
    final PhraseTable<Tense> tenseMarkers;
    final PhraseTable<Shift> shifts;

    /** Shifts of years only ({@code năm ngoái}, {@code năm kia}): no "tuần ngoái", "tháng kia". */
    static final Set<String> YEAR_ONLY_SHIFTS = Tokens.wordSet("ngoái", "kia");

    /** A period shift: {@code amount} periods from the DCT, or from the last mentioned date. */
    record Shift(int amount, boolean fromAnchor) {
    }

    /** The first words of the tables below, for a sentence to tell where each may match. */
    final FirstWords firstWords = new FirstWords();

    /**
     * The words besides numbers and the tables' first words that a rule of {@link TimeScanner} may
     * start an expression with ({@code từ ngày 24}, {@code hôm qua}, {@code cách đây}, {@code cùng
     * tháng}, {@code sang năm}, {@code vài ngày tới}): any other token starts nothing, so the scanner
     * skips it without asking the rules. A rule that starts at a new word must add it here.
     */
    private static final List<String> RULE_OPENERS = List.of("từ", "hôm", "ngày", "mùng", "mồng", "cách", "sau",
            "trước", "mùa", "cùng", "tuần", "tháng", "quý", "năm", "sang");

    TimeVocabulary() {
        weekdays = table("weekdays.txt", Integer::valueOf, firstWords);
        numbers = table("numbers.txt", Integer::valueOf, firstWords);
        months = table("months.txt", Integer::valueOf, firstWords);
        quarters = table("quarters.txt", Integer::valueOf, firstWords);
        parts = table("parts-of-month.txt", Part::valueOf, firstWords);
        seasons = table("seasons.txt", Integer::valueOf, firstWords);
        timesOfDay = table("times-of-day.txt", v -> Boolean.TRUE, firstWords);
        Map<String, String> deictic = read("deictic-days.txt");
        Map<String, Integer> plain = new HashMap<>();
        Map<String, Integer> afterTime = new HashMap<>();
        deictic.forEach((k, v) -> {
            if (k.startsWith("@")) {
                afterTime.put(k.substring(1), Integer.valueOf(v));
            } else {
                plain.put(k, Integer.valueOf(v));
                afterTime.put(k, Integer.valueOf(v)); // "sáng hôm qua", "chiều ngày mai"
            }
        });
        deicticDays = new PhraseTable<>(plain, firstWords);
        deicticAfterTimeOfDay = new PhraseTable<>(afterTime, firstWords);
        anchorDays = table("anchor-days.txt", Integer::valueOf, firstWords);
        tenseMarkers = table("tense-markers.txt", Tense::valueOf, firstWords);
        shifts = table("period-shifts.txt", v -> v.startsWith("@")
                ? new Shift(Integer.parseInt(v.substring(1)), true)
                : new Shift(Integer.parseInt(v), false), firstWords);
        List<String> openerWords = new ArrayList<>(RULE_OPENERS);
        openerWords.addAll(Counts.VAGUE_COUNTS);
        firstWords.register(openerWords); // a table of its own: a sentence looks its tokens up once
    }

    private static <V> PhraseTable<V> table(String resource, Function<String, V> parse, FirstWords firstWords) {
        Map<String, V> entries = new HashMap<>();
        read(resource).forEach((k, v) -> entries.put(k, parse.apply(v)));
        return new PhraseTable<>(entries, firstWords);
    }

    private static Map<String, String> read(String resource) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = TimeVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().toList();
            for (String raw : lines) {
                String line = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                String key = (eq < 0 ? line : line.substring(0, eq)).strip().toLowerCase(java.util.Locale.ROOT);
                String value = eq < 0 ? "" : line.substring(eq + 1).strip();
                entries.put(key.replaceAll("\\s+", " "), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + resource, e);
        }
        return entries;
    }
}
