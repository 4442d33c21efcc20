package org.nienbieu.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The event vocabularies, read once from {@code triggers.tsv} (phrase → event type, flags, label)
 * and {@code cues.tsv} (phrase → status, hypothetical, reporting, determiner... category) next to
 * this class. Vocabulary lives in resource files so that linguists can extend it without code.
 */
final class Lexicon {

    /** Categories of the context words in {@code cues.tsv}. */
    enum Cue {
        PLANNED, CANCELLED, POSTPONED, REJECTED, IRREALIS, LOCAL_IRREALIS, REPORTING, PHONE, INPERSON,
        GENERIC, INDEFINITE, DEMONSTRATIVE, CLASSIFIER, LOCATIVE, DURING, BOUNDARY, SPEECH, LIST, BOTH_SIDES,
        HABITUAL, STATEMENT_VERB, TOPIC, MOTION
    }

    /**
     * One trigger phrase: its type ({@code null} for a blocker), flags and label head. {@code dated}:
     * alone it starts an event only with a date ({@code cấm}); {@code toState}: undated, only when
     * addressed to a state or body, not to a person ({@code đề nghị ông X chúc mừng} is advice).
     */
    record Trigger(String phrase, TriggerType type, boolean referenceOnly, boolean visit, String labelHead,
                   int labelPriority, boolean dated, boolean toState) {

        Trigger(String phrase, TriggerType type, boolean referenceOnly, boolean visit, String labelHead,
                int labelPriority) {
            this(phrase, type, referenceOnly, visit, labelHead, labelPriority, false, false);
        }
    }

    private static final Lexicon INSTANCE = new Lexicon();

    final PhraseTrie<Trigger> triggers = new PhraseTrie<>();
    private final List<Trigger> triggerList = new ArrayList<>();
    final PhraseTrie<Cue> cues = new PhraseTrie<>();

    private Lexicon() {
        for (String[] row : rows("triggers.tsv", 5)) {
            TriggerType type = TriggerType.valueOf(row[1]);
            Trigger t = new Trigger(row[0], type, row[2].contains("ref"), row[2].contains("visit"),
                    row[3], Integer.parseInt(row[4]), row[2].contains("dated"), row[2].contains("state"));
            triggers.add(words(row[0]), t);
            triggerList.add(t);
        }
        for (String[] row : rows("cues.tsv", 2)) {
            cues.add(words(row[0]), Cue.valueOf(row[1]));
        }
    }

    List<Trigger> triggerList() {
        return List.copyOf(triggerList);
    }

    static Lexicon get() {
        return INSTANCE;
    }

    /** The lower-cased words of a vocabulary phrase, normalised like the analysis view. */
    static List<String> words(String phrase) {
        String norm = Normalizer.normalize(phrase, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : norm.trim().split(" +")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < columns) {
                    throw new IllegalStateException(resource + ": need " + columns + " columns: " + line);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
