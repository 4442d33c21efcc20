package org.nienbieu.extract.time;

import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
    /** Every proper token prefix of a phrase: a lookup stops as soon as its key is none of them. */
    private final Set<String> prefixes;

    PhraseTable(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        this.maxTokens = entries.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        Set<String> p = new HashSet<>();
        for (String k : entries.keySet()) {
            for (int at = k.indexOf(' '); at >= 0; at = k.indexOf(' ', at + 1)) {
                p.add(k.substring(0, at));
            }
        }
        this.prefixes = Set.copyOf(p);
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Hit<V> longest(List<Token> tokens, int i) {
        if (i >= tokens.size() || tokens.get(i).kind() == Token.Kind.PUNCT) {
            return null;
        }
        String first = tokens.get(i).lower();
        V value = entries.get(first);
        Hit<V> best = value == null ? null : new Hit<>(i + 1, value);
        if (!prefixes.contains(first)) {
            return best; // the common case: no longer phrase starts with this word
        }
        StringBuilder key = new StringBuilder(first);
        for (int k = 1; k < maxTokens && i + k < tokens.size(); k++) {
            Token t = tokens.get(i + k);
            if (t.kind() == Token.Kind.PUNCT) {
                break;
            }
            key.append(' ').append(t.lower());
            String current = key.toString();
            value = entries.get(current);
            if (value != null) {
                best = new Hit<>(i + k + 1, value);
            }
            if (!prefixes.contains(current)) {
                break;
            }
        }
        return best;
    }

    boolean contains(String phrase) {
        return entries.containsKey(phrase);
    }
}
