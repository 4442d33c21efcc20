package org.nienbieu.extract.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The second look at an article: once its unknown people are settled, their full names and
 * (foreign-looking) surnames are found again where no cue stands before them ({@code Barrot
 * nói...}), in text no other mention covers. Each form must be capitalised as a name is.
 */
final class SurnameScanner {

    private SurnameScanner() {
    }

    static List<Draft> scan(Gazetteer gaz, List<Tokens> windows, List<Draft> drafts, Map<String, String> names) {
        List<Draft> found = new ArrayList<>();
        if (names.isEmpty()) {
            return found;
        }
        PhraseTrie<String> trie = new PhraseTrie<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            Tokens t = Tokens.of(e.getKey(), 0, e.getKey().length());
            List<String> folded = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                folded.add(t.folded(i));
            }
            trie.add(folded, e.getValue());
        }
        BitSet covered = new BitSet();
        for (Draft d : drafts) {
            covered.set(d.start, d.end);
        }
        for (Tokens t : windows) {
            for (int i = 0; i < t.size(); i++) {
                if (!t.isCapitalised(i) || covered.get(t.start(i)) || gaz.notNames.contains(t.folded(i))
                        || t.isCapitalised(i - 1)) {
                    continue;
                }
                PhraseTrie.Match<String> m = trie.longest(t, i);
                if (m == null || m.values().size() != 1 || t.isCapitalised(m.end())) {
                    continue;
                }
                boolean capitalised = true;
                for (int k = i; k < m.end(); k++) {
                    capitalised &= t.isCapitalised(k) && !covered.get(t.start(k));
                }
                if (capitalised) {
                    Draft d = Draft.name(Draft.Type.NAME, t.span(i, m.end()), t.start(i), t.end(m.end() - 1));
                    d.entityId = m.values().get(0);
                    found.add(d);
                    i = m.end() - 1;
                }
            }
        }
        return found;
    }
}
