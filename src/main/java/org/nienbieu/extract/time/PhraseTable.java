package org.nienbieu.extract.time;

import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases ({@code "rạng sáng"}, {@code "thứ hai"}) looked up against a token list,
 * longest first. Vietnamese writes one syllable per token, so a phrase is a run of tokens.
 */
final class PhraseTable<V> {

    /** A phrase found at a token index: the index after it and its value. */
    record Hit<V>(int end, V value) {
    }

    private final Map<String, V> entries;
    private final int maxTokens;

    PhraseTable(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        this.maxTokens = entries.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Hit<V> longest(List<Token> tokens, int i) {
        StringBuilder key = new StringBuilder();
        Hit<V> best = null;
        for (int k = 0; k < maxTokens && i + k < tokens.size(); k++) {
            Token t = tokens.get(i + k);
            if (t.kind() == Token.Kind.PUNCT) {
                break;
            }
            if (k > 0) {
                key.append(' ');
            }
            key.append(t.lower());
            V value = entries.get(key.toString());
            if (value != null) {
                best = new Hit<>(i + k + 1, value);
            }
        }
        return best;
    }

    boolean contains(String phrase) {
        return entries.containsKey(phrase);
    }
}
