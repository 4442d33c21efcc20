package org.nienbieu.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of phrases keyed syllable by syllable (folded case), answering "which phrases start
 * at this token", longest first. Matching costs the length of the longest phrase, whatever the
 * dictionary size, which keeps recognition linear in the text.
 */
final class PhraseTrie<V> {

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>(4);
        final List<V> values = new ArrayList<>(1);
    }

    /** Phrases ending at token {@code end} (exclusive), with their values. */
    record Match<V>(int end, List<V> values) {
    }

    private final Node<V> root = new Node<>();
    /** Which of the sentence's memo slots keeps this trie's answers, or -1 for a trie still growing. */
    private final int memoSlot;

    /**
     * The first syllables of the tries sharing this map (the gazetteer's), each with the bits
     * ({@code 1 << memoSlot}) of the tries having a phrase that starts with it; null when not shared.
     */
    private Map<String, Integer> firstSyllables;

    /** A trie whose answers are not remembered: one that may still grow while it is read. */
    PhraseTrie() {
        this(-1);
    }

    /**
     * A trie that is complete once built (a gazetteer's), whose answers each {@link Tokens} keeps in
     * slot {@code memoSlot}, so that the many rules asking about one position walk it once.
     */
    PhraseTrie(int memoSlot) {
        if (memoSlot >= Tokens.MEMO_SLOTS) {
            throw new IllegalArgumentException("memo slot must be below " + Tokens.MEMO_SLOTS + ", got " + memoSlot);
        }
        this.memoSlot = memoSlot;
    }

    void add(List<String> foldedTokens, V value) {
        if (foldedTokens.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (String t : foldedTokens) {
            node = node.children.computeIfAbsent(t, k -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /** Every phrase starting at token {@code from}, longest first (a list not to be changed). */
    List<Match<V>> matches(Tokens tokens, int from) {
        if (memoSlot < 0 || from >= tokens.size()) {
            return walk(tokens, from);
        }
        if (firstSyllables != null && from >= 0
                && (tokens.firstSyllableMask(from, firstSyllables) & (1 << memoSlot)) == 0) {
            return List.of(); // no phrase of this trie starts with this syllable
        }
        List<Match<V>> known = tokens.memo(memoSlot, from);
        if (known == null) {
            known = walk(tokens, from);
            tokens.remember(memoSlot, from, known);
        }
        return known;
    }

    private List<Match<V>> walk(Tokens tokens, int from) {
        if (from >= tokens.size()) {
            return List.of();
        }
        Node<V> node = root.children.get(tokens.folded(from));
        if (node == null) {
            return List.of();
        }
        List<Match<V>> found = new ArrayList<>(2);
        if (!node.values.isEmpty()) {
            found.add(new Match<>(from + 1, node.values));
        }
        for (int i = from + 1; i < tokens.size(); i++) {
            node = node.children.get(tokens.folded(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                found.add(0, new Match<>(i + 1, node.values));
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Lets complete tries with memo slots share one map of first syllables, so that a sentence
     * looks each token up once for all of them and most tokens need no lookup in any trie.
     */
    static void shareFirstSyllables(List<PhraseTrie<?>> tries) {
        Map<String, Integer> map = new HashMap<>();
        for (PhraseTrie<?> trie : tries) {
            if (trie.memoSlot < 0) {
                throw new IllegalArgumentException("only tries with a memo slot share first syllables");
            }
            for (String syllable : trie.root.children.keySet()) {
                map.merge(syllable, 1 << trie.memoSlot, (a, b) -> a | b);
            }
        }
        for (PhraseTrie<?> trie : tries) {
            trie.firstSyllables = map;
        }
    }

    /** The longest phrase starting at {@code from}, or null. */
    Match<V> longest(Tokens tokens, int from) {
        List<Match<V>> all = matches(tokens, from);
        return all.isEmpty() ? null : all.get(0);
    }
}
