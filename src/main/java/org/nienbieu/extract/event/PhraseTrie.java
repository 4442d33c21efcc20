package org.nienbieu.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of lower-cased word sequences (Vietnamese syllables) with a {@code <num>} wildcard for a
 * number written in digits. Matching walks at most the longest phrase's length from each word,
 * so scanning a sentence is linear in its words; there is no regular expression to backtrack.
 */
final class PhraseTrie<V> {

    static final String NUMBER = "<num>";

    private final Node<V> root = new Node<>();
    private int longest;

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        Node<V> number;
        final List<V> values = new ArrayList<>();
        /** An unmodifiable copy of {@code values}, made when a value is added, so hits share it. */
        List<V> frozen = List.of();
    }

    /** A phrase found: words {@code [from, to)} and the values stored for it. */
    record Hit<V>(int from, int to, List<V> values) {
    }

    void add(List<String> words, V value) {
        Node<V> node = root;
        for (String w : words) {
            if (NUMBER.equals(w)) {
                if (node.number == null) {
                    node.number = new Node<>();
                }
                node = node.number;
            } else {
                node = node.next.computeIfAbsent(w, k -> new Node<>());
            }
        }
        node.values.add(value);
        node.frozen = List.copyOf(node.values);
        longest = Math.max(longest, words.size());
    }

    /** Every phrase that starts at word {@code from}, shortest first. */
    List<Hit<V>> allAt(List<String> words, int from) {
        List<Hit<V>> hits = List.of(); // most words start no phrase: allocate only for a hit
        Node<V> node = root;
        for (int i = from; i < words.size() && i - from < longest; i++) {
            node = step(node, words.get(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                if (hits.isEmpty()) {
                    hits = new ArrayList<>(2);
                }
                hits.add(new Hit<>(from, i + 1, node.frozen));
            }
        }
        return hits;
    }

    /** The longest phrase starting at {@code from}, or null. */
    Hit<V> longestAt(List<String> words, int from) {
        Node<V> node = root;
        Node<V> best = null;
        int bestTo = -1;
        for (int i = from; i < words.size() && i - from < longest; i++) {
            node = step(node, words.get(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = node;
                bestTo = i + 1;
            }
        }
        return best == null ? null : new Hit<>(from, bestTo, best.frozen);
    }

    private static <V> Node<V> step(Node<V> node, String w) {
        Node<V> n = node.next.get(w);
        if (n == null && node.number != null && isNumber(w)) {
            n = node.number;
        }
        return n;
    }

    static boolean isNumber(String w) {
        if (w.isEmpty() || w.length() > 6) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
