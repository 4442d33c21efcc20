package org.nienbieu.extract.entity;

import java.util.List;
import java.util.Set;
import org.nienbieu.model.EntityKind;

/**
 * Scans the tokens of one sentence left to right and records what it names, trying at each word,
 * in order: a title (with an optional affiliation and a name after it), a gazetteer name (longest
 * first), an honorific with a name, a media cue or a photo credit with an outlet. Unknown
 * capitalised words count only after such a cue, which keeps sentence-initial words, months and
 * credits out; a country word followed by a two-word capitalised run counts as a person too.
 */
final class SentenceScanner {

    private static final String OPENERS = ".!?:;“\"‘'(…–—-•[«";
    private static final Set<String> BAO_COMPOUNDS = Set.of("thông", "cảnh", "dự", "tình", "phản", "hồi",
            "tố", "khai", "bản", "quảng", "điện", "mật", "chỉ", "cáo", "thời");
    private static final int MAX_NAME = 5;

    private final Gazetteer gaz;
    private final ArticleLexicon lex;
    private final Tokens t;
    private final int firstWord;
    private final List<Draft> out;

    private SentenceScanner(Gazetteer gaz, ArticleLexicon lex, Tokens t, List<Draft> out) {
        this.gaz = gaz;
        this.lex = lex;
        this.t = t;
        this.out = out;
        int f = 0;
        while (f < t.size() && !t.isWord(f)) {
            f++;
        }
        this.firstWord = f;
    }

    /** Adds to {@code out} the drafts of the sentence in {@code tokens}. */
    static void scan(Gazetteer gaz, Tokens tokens, List<Draft> out) {
        scan(gaz, ArticleLexicon.EMPTY, tokens, out);
    }

    /** Same, with the countries and places learned from the whole article. */
    static void scan(Gazetteer gaz, ArticleLexicon lex, Tokens tokens, List<Draft> out) {
        new SentenceScanner(gaz, lex, tokens, out).run();
    }

    /** Gazetteer and learned names starting at {@code i}, longest first. */
    private List<PhraseTrie.Match<GazetteerForm>> nameMatches(int i) {
        List<PhraseTrie.Match<GazetteerForm>> known = gaz.names.matches(t, i);
        if (lex.isEmpty()) {
            return known;
        }
        List<PhraseTrie.Match<GazetteerForm>> local = lex.names.matches(t, i);
        if (local.isEmpty()) {
            return known;
        }
        List<PhraseTrie.Match<GazetteerForm>> all = new java.util.ArrayList<>(known);
        all.addAll(local);
        all.sort((a, b) -> Integer.compare(b.end(), a.end()));
        return all;
    }

    private boolean knownNameAt(int i) {
        return !nameMatches(i).isEmpty();
    }

    private void run() {
        int i = 0;
        while (i < t.size()) {
            if (!t.isWord(i)) {
                i++;
                continue;
            }
            int next = tryTitle(i);
            if (next < 0) {
                next = tryGazetteer(i);
            }
            if (next < 0) {
                next = tryOrganisation(i);
            }
            if (next < 0) {
                next = tryPlaceWord(i);
            }
            if (next < 0) {
                next = tryHonorific(i);
            }
            if (next < 0) {
                next = tryDescriptor(i);
            }
            if (next < 0) {
                next = tryMediaCue(i);
            }
            if (next < 0) {
                next = tryCredit(i);
            }
            if (next < 0) {
                next = trySourceLine(i);
            }
            i = next < 0 ? i + 1 : next;
        }
    }

    boolean isInitial(int i) {
        return i == firstWord || t.isPunct(i - 1, OPENERS);
    }

    // ---- title [của] [affiliation] name ----

    private int tryTitle(int i) {
        int p = i;
        PhraseTrie.Match<String> former = gaz.cue(t, i, "former");
        if (former != null && gaz.titles.longest(t, former.end()) != null) {
            p = former.end();
        }
        int q = gaz.titleRunEnd(t, p);
        if (q < 0) {
            return -1;
        }
        String titleText = t.span(p, q);
        int a = q;
        if (a < t.size() && t.folded(a).equals("của") && affiliationAt(a + 1) != null) {
            a++;
        }
        Found aff = affiliationAt(a);
        int n = aff != null ? aff.end : q;
        Found person = personAt(n);
        if (person != null) {
            if (aff != null) {
                out.add(aff.draft);
            }
            Draft d = person.draft;
            if (aff != null && d.country == null) {
                d.country = countryOf(aff.draft.known);
            }
            d.withRole(t.start(i), t.end(q - 1), titleText, aff != null ? aff.draft.known.id() : null);
            out.add(d);
            return person.end;
        }
        Found posted = aff == null ? null : postedPerson(aff.end);
        if (posted != null) {
            out.add(aff.draft);
            Draft d = posted.draft;
            if (d.country == null) {
                d.country = countryOf(aff.draft.known);
            }
            d.withRole(t.start(i), t.end(q - 1), titleText, aff.draft.known.id());
            out.add(d);
            return posted.end;
        }
        if (aff != null) {
            if (!afterPlural(i) && !t.isPunct(aff.end, "(")) {
                Draft role = new Draft(Draft.Type.ROLE_ONLY, t.start(i), t.end(aff.end - 1))
                        .withRole(t.start(i), t.end(q - 1), titleText, aff.draft.known.id());
                out.add(role);
            }
            out.add(aff.draft);
            return aff.end;
        }
        return -1;
    }

    /**
     * "Đại sứ Kestria tại Veltran Ilse Varnholt": after a title and its country, {@code tại} or
     * {@code ở}, a known place or country, then a name of two words or more: the place is added
     * and the person returned (the caller gives the role).
     */
    private Found postedPerson(int a) {
        if (!t.isWord(a) || !(t.folded(a).equals("tại") || t.folded(a).equals("ở"))) {
            return null;
        }
        Found place = gazetteerAt(a + 1, true);
        if (place == null || place.draft.known.kind() != EntityKind.PLACE && !isCountry(place)) {
            return null;
        }
        Found person = personAt(place.end);
        if (person == null || person.draft.type == Draft.Type.NAME && person.end - place.end < 2) {
            return null;
        }
        out.add(place.draft);
        return person;
    }

    private boolean afterPlural(int i) {
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            PhraseTrie.Match<String> m = gaz.cue(t, i - back, "plural");
            if (m != null && m.end() == i) {
                return true;
            }
        }
        return false;
    }

    private static String countryOf(GazetteerEntity e) {
        return e.kind() == EntityKind.COUNTRY ? e.canonicalName() : e.country().orElse(null);
    }

    /** A country, government, organisation or place right after a title ({@code Ngoại trưởng Pháp}). */
    private Found affiliationAt(int a) {
        Found f = gazetteerAt(a, true);
        if (f == null) {
            return null;
        }
        EntityKind k = f.draft.known.kind();
        return k == EntityKind.PERSON || k == EntityKind.MEDIA ? null : f;
    }

    // ---- gazetteer ----

    private int tryGazetteer(int i) {
        Found f = gazetteerAt(i, false);
        if (f == null) {
            return -1;
        }
        GazetteerEntity e = f.draft.known;
        if (e.kind() == EntityKind.COUNTRY) {
            int run = nameRun(f.end);
            if (run - f.end >= 2 && !knownNameAt(f.end)) {
                out.add(f.draft);
                Draft p = Draft.name(Draft.Type.NAME, t.span(f.end, run), t.start(f.end), t.end(run - 1));
                p.country = e.canonicalName();
                out.add(p);
                return run;
            }
        }
        out.add(f.draft);
        return f.end;
    }

    private record Found(Draft draft, int end) {
    }

    /**
     * The longest gazetteer (or learned) name at {@code i} written as the gazetteer demands; a
     * ministry before a country is that country's government ({@code Bộ Ngoại giao Kestria}).
     */
    private Found gazetteerAt(int i, boolean afterTitle) {
        Found f = plainGazetteerAt(i, afterTitle);
        Found body = stateBodyAt(i);
        return body != null && (f == null || body.end > f.end) ? body : f;
    }

    private Found stateBodyAt(int i) {
        PhraseTrie.Match<String> cue = t.isCapitalised(i) ? gaz.cue(t, i, "statebody") : null;
        if (cue == null) {
            return null;
        }
        Found country = plainGazetteerAt(cue.end(), true);
        if (!isCountry(country)) {
            return null;
        }
        String name = t.span(i, cue.end()) + " " + country.draft.known.canonicalName();
        GazetteerEntity gov = GazetteerEntity.of(name, EntityKind.GOVERNMENT, country.draft.known.canonicalName());
        return new Found(Draft.known(gov, t.start(i), t.end(country.end - 1)), country.end);
    }

    private boolean learned(GazetteerEntity e) {
        return lex.learned().get(Names.fold(e.canonicalName())) == e;
    }

    private Found plainGazetteerAt(int i, boolean afterTitle) {
        List<PhraseTrie.Match<GazetteerForm>> matches = nameMatches(i);
        for (int k = 0; k < matches.size(); k++) {
            PhraseTrie.Match<GazetteerForm> m = matches.get(k);
            GazetteerForm chosen = null;
            for (int v = 0; v < m.values().size(); v++) {
                GazetteerForm form = m.values().get(v);
                if (!form.casingMatches(t, i)) {
                    continue;
                }
                if (!afterTitle && learned(form.entity()) && t.isCapitalised(i - 1) && !isInitial(i - 1)) {
                    continue; // the tail of a longer name ("Viện ... Veltran" aside, "Kestria Press")
                }
                if (form.ambiguous() && !afterTitle && !standsAlone(i, m.end()) && !coordinated(form, i, m.end())) {
                    continue;
                }
                chosen = form;
                break;
            }
            if (chosen != null) {
                GazetteerEntity e = chosen.entity();
                if (e.government() != null && !afterTitle && !afterLocative(i)) {
                    e = e.government();
                }
                return new Found(Draft.known(e, t.start(i), t.end(m.end() - 1)), m.end());
            }
        }
        return null;
    }

    private boolean standsAlone(int from, int to) {
        return !isInitial(from) && !t.isCapitalised(from - 1) && !t.isCapitalised(to);
    }

    /** An ambiguous country joined to an unambiguous one: "Anh và Pháp", "Mỹ, Anh". */
    private boolean coordinated(GazetteerForm form, int from, int to) {
        if (form.entity().kind() != EntityKind.COUNTRY) {
            return false;
        }
        PhraseTrie.Match<String> after = gaz.cue(t, to, "coordination");
        if (after != null && isCountry(gazetteerAt(after.end(), false))) {
            return true;
        }
        PhraseTrie.Match<String> before = from >= 1 ? gaz.cue(t, from - 1, "coordination") : null;
        if (before == null || before.end() != from) {
            return false;
        }
        for (int start = from - 2; start >= Math.max(0, from - 5); start--) {
            Found f = gazetteerAt(start, false);
            if (isCountry(f) && f.end == from - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCountry(Found f) {
        return f != null && f.draft.known.kind() == EntityKind.COUNTRY;
    }

    private boolean afterLocative(int i) {
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            PhraseTrie.Match<String> m = gaz.cue(t, i - back, "locative");
            if (m != null && m.end() == i) {
                return true;
            }
        }
        return false;
    }

    // ---- names ----

    /** A person at {@code n}: a known name (longest) or an unknown capitalised run. */
    private Found personAt(int n) {
        if (!t.isCapitalised(n)) {
            return null;
        }
        int run = nameRun(n);
        List<PhraseTrie.Match<GazetteerForm>> matches = nameMatches(n);
        for (int k = 0; k < matches.size(); k++) {
            PhraseTrie.Match<GazetteerForm> m = matches.get(k);
            for (int v = 0; v < m.values().size(); v++) {
                GazetteerForm form = m.values().get(v);
                if (form.entity().kind() == EntityKind.PERSON && form.casingMatches(t, n) && m.end() >= run) {
                    return new Found(Draft.known(form.entity(), t.start(n), t.end(m.end() - 1)), m.end());
                }
            }
        }
        if (run <= n) {
            return null;
        }
        return new Found(Draft.name(Draft.Type.NAME, t.span(n, run), t.start(n), t.end(run - 1)), run);
    }

    /** End of the capitalised run that can be a name starting at {@code i}, or {@code i} if none. */
    int nameRun(int i) {
        if (!t.isCapitalised(i) || gaz.notNames.contains(t.folded(i)) || gaz.titles.longest(t, i) != null) {
            return i;
        }
        Found first = gazetteerAt(i, true);
        if (first != null && first.draft.known.kind() != EntityKind.PERSON
                && !(first.end == i + 1 && t.isCapitalised(i + 1) && first.draft.known.kind() == EntityKind.COUNTRY)) {
            return i;
        }
        int j = i + 1;
        int words = 1;
        while (j < t.size() && words < MAX_NAME) {
            if (t.isCapitalised(j) && gaz.titles.longest(t, j) == null && !startsKnownNonPerson(j)) {
                j++;
                words++;
            } else if (t.isWord(j) && gaz.particles.contains(t.folded(j)) && t.isCapitalised(j + 1)) {
                j += 2;
                words += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private boolean startsKnownNonPerson(int j) {
        List<PhraseTrie.Match<GazetteerForm>> matches = nameMatches(j);
        for (int k = 0; k < matches.size(); k++) {
            PhraseTrie.Match<GazetteerForm> m = matches.get(k);
            for (int v = 0; v < m.values().size(); v++) {
                GazetteerForm form = m.values().get(v);
                if (form.entity().kind() != EntityKind.PERSON && !form.ambiguous() && form.casingMatches(t, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- organisation head, place word, honorific, descriptor, media cue, credit, source line ----

    /** An unknown organisation: a head noun and two capitalised words or more ("Hội đồng Bắc Hải"). */
    private int tryOrganisation(int i) {
        PhraseTrie.Match<String> head = t.isCapitalised(i) ? gaz.cue(t, i, "orghead") : null;
        if (head == null) {
            return -1;
        }
        int n = head.end();
        int j = n;
        while (j < t.size() && j - n < 4 && t.isCapitalised(j) && gaz.titles.longest(t, j) == null
                && gaz.cue(t, j, "orghead") == null && (j == n || !knownNameAt(j))) {
            j++;
        }
        if (j - n < 2) {
            return -1;
        }
        GazetteerEntity org = GazetteerEntity.of(t.span(i, j), EntityKind.ORGANISATION, null);
        out.add(Draft.known(org, t.start(i), t.end(j - 1)));
        return j;
    }


    /** An unknown place after a word of place: "ở Astana", "thành phố Aarhus". */
    private int tryPlaceWord(int i) {
        PhraseTrie.Match<String> cue = gaz.cue(t, i, "placeword");
        if (cue == null || t.isCapitalised(i) && !isInitial(i)) {
            return -1;
        }
        int n = cue.end();
        boolean preposition = cue.end() == i + 1 && (t.folded(i).equals("tại") || t.folded(i).equals("ở"));
        int j = n;
        while (j < t.size() && j - n < 3 && t.isCapitalised(j) && !gaz.notNames.contains(t.folded(j))
                && (j == n ? !knownNameAt(j) : gaz.names.longest(t, j) == null) && gaz.titles.longest(t, j) == null
                && gaz.cue(t, j, "honorific") == null && !(preposition && Names.looksVietnameseFolded(t.folded(j)))) {
            j++;
        }
        if (j == n || t.isCapitalised(j)) {
            return -1;
        }
        Draft d = Draft.name(Draft.Type.PLACE_NAME, t.span(n, j), t.start(n), t.end(j - 1));
        out.add(d);
        return j;
    }

    /** A name after a noun for a person: "nhà ngoại giao Nga Sergei Ryabkov". */
    private int tryDescriptor(int i) {
        PhraseTrie.Match<String> cue = gaz.cue(t, i, "descriptor");
        if (cue == null) {
            return -1;
        }
        int n = cue.end();
        Found nat = affiliationAt(n);
        if (nat != null) {
            n = nat.end;
        }
        Found person = personAt(n);
        if (person == null || person.draft.type == Draft.Type.NAME && person.end - n < 2) {
            return -1;
        }
        if (nat != null) {
            out.add(nat.draft);
            if (person.draft.country == null) {
                person.draft.country = countryOf(nat.draft.known);
            }
        }
        out.add(person.draft);
        return person.end;
    }

    private int tryHonorific(int i) {
        PhraseTrie.Match<String> h = gaz.cue(t, i, "honorific");
        if (h == null || t.isCapitalised(i) && !isInitial(i)) {
            return -1;
        }
        Found person = personAt(h.end());
        if (person == null) {
            return -1;
        }
        out.add(person.draft);
        return person.end;
    }

    private int tryMediaCue(int i) {
        PhraseTrie.Match<String> cue = gaz.cue(t, i, "media");
        if (cue == null || t.isCapitalised(i) && !isInitial(i)) {
            return -1;
        }
        if (t.folded(i).equals("báo") && cue.end() == i + 1 && t.isWord(i - 1) && BAO_COMPOUNDS.contains(t.folded(i - 1))) {
            return -1;
        }
        int n = cue.end();
        Found nat = gazetteerAt(n, true);
        String country = null;
        if (nat != null && nat.draft.known.kind() == EntityKind.COUNTRY) {
            country = nat.draft.known.canonicalName();
            n = nat.end;
        } else {
            nat = null;
        }
        Found known = gazetteerAt(n, true);
        if (known != null && known.draft.known.kind() == EntityKind.MEDIA) {
            addAll(nat, known.draft);
            return known.end;
        }
        if (known != null) {
            return -1;
        }
        int run = nameRun(n);
        if (run <= n) {
            return -1;
        }
        Draft m = Draft.name(Draft.Type.MEDIA_NAME, t.span(n, run), t.start(n), t.end(run - 1));
        m.country = country;
        addAll(nat, m);
        return run;
    }

    private void addAll(Found nat, Draft d) {
        if (nat != null) {
            out.add(nat.draft);
        }
        out.add(d);
    }

    private int tryCredit(int i) {
        PhraseTrie.Match<String> cue = gaz.cue(t, i, "credit");
        if (cue == null || !t.isPunct(cue.end(), ":")) {
            return -1;
        }
        int n = cue.end() + 1;
        Found known = gazetteerAt(n, true);
        if (known != null && !(learned(known.draft.known) && t.isCapitalised(known.end))) {
            return n; // a learned country may start an outlet's name ("Ảnh: Kestria Press")
        }
        int run = creditRun(n);
        if (run <= n) {
            return -1;
        }
        out.add(Draft.name(Draft.Type.MEDIA_NAME, t.span(n, run), t.start(n), t.end(run - 1)));
        return run;
    }

    /** A capitalised run naming an outlet: like a name, but "The" and acronyms welcome. */
    private int creditRun(int n) {
        int j = n;
        while (j < t.size() && j - n < MAX_NAME && t.isCapitalised(j)) {
            j++;
        }
        return j;
    }

    private int trySourceLine(int i) {
        if (i != firstWord || !t.folded(i).equals("theo") || !t.isCapitalised(i)) {
            return -1;
        }
        int n = i + 1;
        int run = creditRun(n);
        if (run <= n || gazetteerAt(n, true) != null || gaz.cue(t, n, "honorific") != null
                || gaz.titles.longest(t, n) != null || gaz.notNames.contains(t.folded(n))) {
            return -1;
        }
        for (int k = run; k < t.size(); k++) {
            if (t.isWord(k)) {
                return -1;
            }
        }
        out.add(Draft.name(Draft.Type.MEDIA_NAME, t.span(n, run), t.start(n), t.end(run - 1)));
        return run;
    }
}
