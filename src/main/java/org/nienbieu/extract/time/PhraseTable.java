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

    /** What a sentence's {@link Tokens} keeps for a position where this table finds nothing. */
    private static final Object NOTHING = new Object();

    private final Map<String, V> entries;
    private final Node<V> root = new Node<>();
    /** Which of a sentence's memo slots keeps this table's answers, or -1 for none. */
    private final int memoSlot;

    PhraseTable(Map<String, V> entries) {
        this(entries, -1);
    }

    /**
     * A table whose answers each sentence's {@link Tokens} keeps in slot {@code memoSlot}, so that
     * the rules asking about one position walk it once.
     */
    PhraseTable(Map<String, V> entries, int memoSlot) {
        if (memoSlot >= Tokens.MEMO_SLOTS) {
            throw new IllegalArgumentException("memo slot must be below " + Tokens.MEMO_SLOTS + ", got " + memoSlot);
        }
        this.memoSlot = memoSlot;
        this.entries = Map.copyOf(entries);
        for (Map.Entry<String, V> e : this.entries.entrySet()) {
            Node<V> node = root;
            for (String word : e.getKey().split(" ", -1)) {
                node = node.next.computeIfAbsent(word, w -> new Node<>());
            }
            node.value = e.getValue();
        }
    }

    /** The longest phrase starting at token {@code i} of a sentence under scan, or null. */
    @SuppressWarnings("unchecked")
    Hit<V> longest(Tokens tk, int i) {
        if (memoSlot < 0 || i < 0 || i >= tk.size()) {
            return longest(tk.list(), i);
        }
        Object known = tk.memo(memoSlot, i);
        if (known == null) {
            Hit<V> hit = longest(tk.list(), i);
            tk.remember(memoSlot, i, hit == null ? NOTHING : hit);
            return hit;
        }
        return known == NOTHING ? null : (Hit<V>) known;
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
