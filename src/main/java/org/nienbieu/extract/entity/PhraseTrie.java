package org.nienbieu.extract.entity;

import java.util.ArrayList;
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

    /** Every phrase starting at token {@code from}, longest first. */
    List<Match<V>> matches(Tokens tokens, int from) {
        List<Match<V>> found = new ArrayList<>(2);
        Node<V> node = root;
        for (int i = from; i < tokens.size(); i++) {
            node = node.children.get(tokens.folded(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                found.add(0, new Match<>(i + 1, node.values));
            }
        }
        return found;
    }

    /** The longest phrase starting at {@code from}, or null. */
    Match<V> longest(Tokens tokens, int from) {
        List<Match<V>> all = matches(tokens, from);
        return all.isEmpty() ? null : all.get(0);
    }
}
