package org.nienbieu.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nienbieu.model.EntityKind;

/**
 * The countries and places one article names that the gazetteers do not know, learned from the
 * whole article before it is scanned, so that a word proven a country anywhere in it is a country
 * everywhere in it. A foreign-looking capitalised word is a candidate; its contexts are counted:
 * <ul>
 * <li>strong country evidence: after a word of state ({@code phía}, {@code chính phủ}, {@code nhà
 * ngoại giao}, {@code Bộ Ngoại giao}...), or in the nationality slot of titles naming two
 * different people ({@code Thủ tướng X Edvin Lorsund}, {@code Ngoại trưởng X Anneke Solberg});</li>
 * <li>weak country evidence: the nationality slot once, {@code Đại sứ X tại}, the subject of a
 * state's verb ({@code X trục xuất}, {@code X đáp trả}); two weak ones make a country;</li>
 * <li>coordination with a known or proven country ({@code Valdoria và X}) makes a country;</li>
 * <li>place evidence: after {@code tại}, {@code ở}, {@code tới}, {@code thăm}, {@code thành phố}; a
 * {@code thủ đô X} in a sentence naming one country makes X that country's capital.</li>
 * </ul>
 * Strong country evidence beats place evidence ({@code tại Valdoria}); a capital is never a
 * country ({@code Veltran tuyên bố} is the capital speaking for its state). A word seen as part of
 * a person's name after {@code ông}/{@code bà} or as a surname is never learned.
 */
final class ArticleLexicon {

    /** No article learns anything: what the scanner uses when it is given no lexicon. */
    static final ArticleLexicon EMPTY = new ArticleLexicon();

    private static final int MAX_FILLERS = 3;
    private static final String OPENERS = ".!?:;“\"‘'(…–—-•[«";

    final PhraseTrie<GazetteerForm> names = new PhraseTrie<>();
    private final Map<String, GazetteerEntity> learned = new LinkedHashMap<>();

    private ArticleLexicon() {
    }

    /** The countries and places learned, by folded form (for tests and the registry). */
    Map<String, GazetteerEntity> learned() {
        return learned;
    }

    boolean isEmpty() {
        return learned.isEmpty();
    }

    private static final class Evidence {
        final String form;
        int strong;
        int weak;
        int place;
        boolean capital;
        boolean midSentence;
        final Set<String> slotNames = new HashSet<>();
        final Set<String> coordinated = new HashSet<>();

        Evidence(String form) {
            this.form = form;
        }
    }

    /** A {@code thủ đô X} and the countries (known canonical names, candidate folded forms) of its sentence. */
    private record CapitalSeen(String place, String explicitOwner, Set<String> knownCountries, Set<String> candidates) {
    }

    /** Learns from the tokens of every window of one article. */
    static ArticleLexicon learn(Gazetteer gaz, List<Tokens> sentences) {
        Learner l = new Learner(gaz);
        for (Tokens t : sentences) {
            l.collect(t);
        }
        return l.decide();
    }

    private static final class Learner {
        private final Gazetteer gaz;
        private final Map<String, Evidence> evidence = new LinkedHashMap<>();
        private final Set<String> personParts = new HashSet<>();
        private final List<CapitalSeen> capitals = new ArrayList<>();

        Learner(Gazetteer gaz) {
            this.gaz = gaz;
        }

        private Evidence ev(Tokens t, int i) {
            return evidence.computeIfAbsent(t.folded(i), k -> new Evidence(t.raw(i)));
        }

        void collect(Tokens t) {
            Set<String> knownCountries = new LinkedHashSet<>();
            Set<String> sentenceCandidates = new LinkedHashSet<>();
            List<int[]> capitalsHere = new ArrayList<>();
            int first = 0;
            while (first < t.size() && !t.isWord(first)) {
                first++;
            }
            for (int i = 0; i < t.size(); i++) {
                if (!t.isWord(i)) {
                    continue;
                }
                GazetteerEntity known = knownAt(t, i);
                if (known != null && known.kind() == EntityKind.COUNTRY) {
                    knownCountries.add(known.canonicalName());
                }
                personRun(t, i);
                if (!candidate(t, i)) {
                    continue;
                }
                sentenceCandidates.add(t.folded(i));
                Evidence e = ev(t, i);
                boolean initial = i == first || t.isPunct(i - 1, OPENERS);
                e.midSentence |= !initial;
                boolean aloneAfter = !t.isCapitalised(i + 1);
                int nameAfter = nameRunLength(t, i + 1);
                PhraseTrie.Match<String> ctx = cueEndingAt(t, i, "countryctx");
                PhraseTrie.Match<String> body = cueEndingAt(t, i, "statebody");
                if ((ctx != null || body != null) && (aloneAfter || nameAfter >= 2)) {
                    e.strong++;
                }
                int titleEnd = titleEndingAt(t, i);
                if (titleEnd >= 0) {
                    if (nameAfter >= 2) {
                        e.slotNames.add(t.span(i + 1, i + 1 + nameAfter).toLowerCase(java.util.Locale.ROOT));
                    } else if (aloneAfter && t.isWord(i + 1) && (t.folded(i + 1).equals("tại") || t.folded(i + 1).equals("ở"))
                            && t.isCapitalised(i + 2)) {
                        e.weak++; // "Đại sứ X tại Y": X the state the ambassador serves
                        if (candidate(t, i + 2) && nameRunLength(t, i + 3) >= 2) {
                            ev(t, i + 2).place++; // "Đại sứ X tại Y Ilse Varnholt": Y the post
                        }
                    }
                }
                if (aloneAfter && !initial && !t.isCapitalised(i - 1) && titleEnd < 0 && stateVerbAfter(t, i + 1)
                        && (i == 0 || gaz.cue(t, i - 1, "honorific") == null)) {
                    e.weak++;
                }
                if (aloneAfter && cueEndingAt(t, i, "placectx") != null) {
                    e.place++;
                }
                if (aloneAfter && cueEndingAt(t, i, "capitalword") != null) {
                    e.place++;
                    e.capital = true;
                    capitalsHere.add(new int[] {i});
                }
                coordination(t, i, e);
            }
            for (int[] c : capitalsHere) {
                int i = c[0];
                String owner = null;
                if (t.isWord(i + 1) && t.folded(i + 1).equals("của") && t.isCapitalised(i + 2)) {
                    GazetteerEntity k = knownAt(t, i + 2);
                    owner = k != null && k.kind() == EntityKind.COUNTRY ? k.canonicalName()
                            : candidate(t, i + 2) ? t.folded(i + 2) : null;
                }
                Set<String> others = new LinkedHashSet<>(sentenceCandidates);
                others.remove(t.folded(i));
                capitals.add(new CapitalSeen(t.folded(i), owner, Set.copyOf(knownCountries), others));
            }
        }

        /** Words of a person's name after an honorific, and the surname ending a titled name. */
        private void personRun(Tokens t, int i) {
            PhraseTrie.Match<String> h = gaz.cue(t, i, "honorific");
            int n;
            boolean whole;
            if (h != null && !t.isCapitalised(i)) {
                n = h.end();
                whole = true;
            } else {
                int q = titleEnd(t, i);
                if (q < 0) {
                    return;
                }
                n = q;
                whole = false;
            }
            int len = nameRunLength(t, n);
            if (len == 0) {
                return;
            }
            if (whole) {
                for (int k = n; k < n + len; k++) {
                    personParts.add(t.folded(k));
                }
            } else if (len >= 2) {
                personParts.add(t.folded(n + len - 1)); // a lone word after a title may be a country
            }
        }

        private void coordination(Tokens t, int i, Evidence e) {
            PhraseTrie.Match<String> after = gaz.cue(t, i + 1, "coordination");
            if (after != null && !t.isCapitalised(i - 1)) {
                int j = after.end();
                GazetteerEntity k = knownAt(t, j);
                if (k != null && k.kind() == EntityKind.COUNTRY) {
                    e.coordinated.add("=" + k.canonicalName());
                } else if (candidate(t, j) && !t.isCapitalised(j + 1)) {
                    e.coordinated.add(t.folded(j));
                    ev(t, j).coordinated.add(t.folded(i));
                }
            }
            if (i >= 2 && !t.isCapitalised(i + 1)) {
                for (int b = i - 1; b >= Math.max(0, i - 2); b--) {
                    PhraseTrie.Match<String> before = gaz.cue(t, b, "coordination");
                    if (before != null && before.end() == i) {
                        for (int s = b - 1; s >= Math.max(0, b - 4); s--) {
                            GazetteerEntity k = knownAt(t, s);
                            if (k != null && k.kind() == EntityKind.COUNTRY) {
                                e.coordinated.add("=" + k.canonicalName());
                                break;
                            }
                        }
                    }
                }
            }
        }

        ArticleLexicon decide() {
            ArticleLexicon lex = new ArticleLexicon();
            Set<String> countries = new LinkedHashSet<>();
            for (Map.Entry<String, Evidence> en : evidence.entrySet()) {
                Evidence e = en.getValue();
                if (personParts.contains(en.getKey()) || e.capital || !e.midSentence) {
                    continue; // a word only ever seen opening a sentence is capitalised for that alone
                }
                boolean twoPeople = e.slotNames.size() >= 2;
                int weak = e.weak + (e.slotNames.isEmpty() ? 0 : 1);
                if (e.strong > 0 || twoPeople || weak >= 2 && e.place == 0) {
                    countries.add(en.getKey());
                }
            }
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<String, Evidence> en : evidence.entrySet()) {
                    Evidence e = en.getValue();
                    if (countries.contains(en.getKey()) || personParts.contains(en.getKey()) || e.capital
                            || e.place > 0 || !e.midSentence) {
                        continue; // "tại Astana, Kazakhstan": a place beside its country, not a peer
                    }
                    for (String c : e.coordinated) {
                        if (c.startsWith("=") || countries.contains(c)) {
                            countries.add(en.getKey());
                            grew = true;
                            break;
                        }
                    }
                }
            }
            for (String c : countries) {
                Evidence e = evidence.get(c);
                lex.add(GazetteerEntity.of(e.form, EntityKind.COUNTRY, e.form));
            }
            Map<String, Set<String>> owners = new HashMap<>();
            for (CapitalSeen cs : capitals) {
                Set<String> found = new LinkedHashSet<>();
                if (cs.explicitOwner() != null) {
                    found.add(ownerName(cs.explicitOwner(), countries));
                } else {
                    found.addAll(cs.knownCountries());
                    for (String cand : cs.candidates()) {
                        if (countries.contains(cand)) {
                            found.add(evidence.get(cand).form);
                        }
                    }
                }
                found.remove(null);
                owners.computeIfAbsent(cs.place(), k -> new LinkedHashSet<>()).add(found.size() == 1
                        ? found.iterator().next() : "");
            }
            for (Map.Entry<String, Evidence> en : evidence.entrySet()) {
                Evidence e = en.getValue();
                if (countries.contains(en.getKey()) || personParts.contains(en.getKey()) || e.place == 0
                        || !e.midSentence) {
                    continue;
                }
                Set<String> own = owners.getOrDefault(en.getKey(), Set.of());
                String country = own.size() == 1 && !own.contains("") ? own.iterator().next() : null;
                GazetteerEntity place = GazetteerEntity.of(e.form, EntityKind.PLACE, country);
                if (country != null) {
                    GazetteerEntity government = GazetteerEntity.of(e.form, EntityKind.GOVERNMENT, country);
                    place = new GazetteerEntity(place.id(), place.canonicalName(), place.kind(), place.country(),
                            government);
                }
                lex.add(place);
            }
            return lex;
        }

        private String ownerName(String owner, Set<String> countries) {
            if (evidence.containsKey(owner)) {
                return countries.contains(owner) ? evidence.get(owner).form : null;
            }
            return owner;
        }

        /** A capitalised, foreign-looking word no vocabulary knows, standing alone. */
        private boolean candidate(Tokens t, int i) {
            if (!t.isCapitalised(i) || t.isAllCaps(i) || Names.looksVietnameseFolded(t.folded(i))
                    || gaz.notNames.contains(t.folded(i)) || t.end(i) - t.start(i) < 3) {
                return false;
            }
            PhraseTrie.Match<String> np = gaz.cue(t, i, "notplace");
            if (np != null && np.end() == i + 1 || gaz.titles.longest(t, i) != null
                    || gaz.cue(t, i, "honorific") != null || gaz.cue(t, i, "orghead") != null) {
                return false;
            }
            if (knownAt(t, i) != null) {
                return false;
            }
            for (int b = i - 1; b >= Math.max(0, i - 4); b--) {
                List<PhraseTrie.Match<GazetteerForm>> before = gaz.names.matches(t, b);
                for (int k = 0; k < before.size(); k++) {
                    if (before.get(k).end() > i) {
                        return false; // inside a known name
                    }
                }
            }
            return true;
        }

        /** A gazetteer entity at {@code i}; an ambiguous form ("Anh") only standing alone. */
        private GazetteerEntity knownAt(Tokens t, int i) {
            List<PhraseTrie.Match<GazetteerForm>> matches = gaz.names.matches(t, i);
            for (int k = 0; k < matches.size(); k++) {
                PhraseTrie.Match<GazetteerForm> m = matches.get(k);
                for (int v = 0; v < m.values().size(); v++) {
                    GazetteerForm f = m.values().get(v);
                    if (f.casingMatches(t, i) && (!f.ambiguous() || !t.isCapitalised(m.end()) && !t.isCapitalised(i - 1))) {
                        return f.entity();
                    }
                }
            }
            return null;
        }

        /** Length of the capitalised run that can be a person's name at {@code n}, 0 if none. */
        private int nameRunLength(Tokens t, int n) {
            int j = n;
            while (j < t.size() && j - n < 4 && t.isCapitalised(j) && !t.isAllCaps(j)
                    && !gaz.notNames.contains(t.folded(j)) && gaz.titles.longest(t, j) == null) {
                j++;
            }
            return j - n;
        }

        private PhraseTrie.Match<String> cueEndingAt(Tokens t, int i, String category) {
            for (int back = 1; back <= 3 && i - back >= 0; back++) {
                PhraseTrie.Match<String> m = gaz.cue(t, i - back, category);
                if (m != null && m.end() == i) {
                    return m;
                }
            }
            return null;
        }

        /** The end of a title (with {@code cựu}/{@code tân}) ending right before {@code i}, or -1. */
        private int titleEndingAt(Tokens t, int i) {
            for (int back = 1; back <= 6 && i - back >= 0; back++) {
                int q = titleEnd(t, i - back);
                if (q == i) {
                    return q;
                }
            }
            return -1;
        }

        private int titleEnd(Tokens t, int p) {
            return gaz.titleRunEnd(t, p);
        }

        private boolean stateVerbAfter(Tokens t, int j) {
            int k = j;
            for (int skipped = 0; skipped <= MAX_FILLERS && k < t.size() && t.isWord(k); skipped++) {
                if (gaz.cue(t, k, "stateverb") != null) {
                    return true;
                }
                PhraseTrie.Match<String> f = gaz.cue(t, k, "subjectfiller");
                if (f == null) {
                    return false;
                }
                k = f.end();
            }
            return false;
        }
    }

    private void add(GazetteerEntity e) {
        String form = e.canonicalName();
        Gazetteer.addName(names, e, form, false);
        learned.put(Names.fold(form), e);
    }
}
