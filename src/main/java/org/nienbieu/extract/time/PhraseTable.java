package org.nienbieu.extract.time;

import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * Multi-word phrases ({@code "rạng sáng"}, {@code "thứ hai"}) looked up against a token list,
 * longest first. Vietnamese writes one syllable per token, so a phrase is a run of tokens.
 */
final class PhraseTable<V> {

    /** A phrase found at a token index: the index after it and its value. */
    record Hit<V>(int end, V value) {
    }

    /**
     * One token of a phrase; its children are the tokens that may follow. A trie over token
     * strings: a lookup walks the sentence's own lower-cased tokens, one hash lookup per token,
     * instead of building a key string per extra token and probing a table and a prefix set.
     */
    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(2);
        V value;
    }

    private final Map<String, V> entries;
    private final Node<V> root = new Node<>();
    /** This table's bit in a sentence's first-word masks (see {@link FirstWords}), or 0 for none. */
    private final int bit;

    PhraseTable(Map<String, V> entries) {
        this(entries, null);
    }

    /** A table whose first words {@code firstWords} records, so a sentence can tell where it may match. */
    PhraseTable(Map<String, V> entries, FirstWords firstWords) {
        this.entries = Map.copyOf(entries);
        for (Map.Entry<String, V> e : this.entries.entrySet()) {
            Node<V> node = root;
            for (String word : e.getKey().split(" ", -1)) {
                node = node.next.computeIfAbsent(word, w -> new Node<>());
            }
            node.value = e.getValue();
        }
        this.bit = firstWords == null ? 0 : firstWords.register(root.next.keySet());
    }

    /**
     * The longest phrase starting at token {@code i} of a sentence under scan, or null: at a token
     * no phrase of this table starts with, known from the sentence's first-word masks, nothing.
     */
    Hit<V> longest(Tokens tk, int i) {
        if (bit != 0 && i >= 0 && i < tk.size() && (tk.firstWordMask(i) & bit) == 0) {
            return null;
        }
        return longest(tk.list(), i);
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Hit<V> longest(List<Token> tokens, int i) {
        Hit<V> best = null;
        Node<V> node = root;
        for (int k = i; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.PUNCT) {
                break; // a phrase never spans punctuation
            }
            node = node.next.get(t.lower());
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Hit<>(k + 1, node.value);
            }
        }
        return best;
    }

    boolean contains(String phrase) {
        return entries.containsKey(phrase);
    }
}
