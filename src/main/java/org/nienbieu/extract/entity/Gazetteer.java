package org.nienbieu.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nienbieu.model.EntityKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vocabularies recognition reads, loaded once from the tab-separated resources beside this
 * class ({@code people.tsv}, {@code organisations.tsv}, {@code places.tsv}, {@code media.tsv},
 * {@code nationalities.tsv}, {@code titles.txt}, {@code cues.tsv}) so that they can be extended
 * without touching code. Names become syllable tries; a person's role aliases ("Người phát ngôn
 * @ Điện Kremlin @ 2012-2030") become a table from title and affiliation to the holder by year.
 */
final class Gazetteer {

    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
    private static final String BASE = "/org/nienbieu/extract/entity/";

    /** A person who held a role in the years {@code from..to}. */
    record RoleHolder(GazetteerEntity person, int from, int to) {
    }

    final PhraseTrie<GazetteerForm> names = new PhraseTrie<>(0);
    final PhraseTrie<String> titles = new PhraseTrie<>(1);
    /** Words that continue a title, never a name ("Chính phủ nước", "Cộng hòa", "Nông nghiệp"). */
    private final PhraseTrie<String> titleComplements = new PhraseTrie<>(3);
    final PhraseTrie<String> cues = new PhraseTrie<>(2);
    final Set<String> notNames = new HashSet<>();
    final Set<String> particles = new HashSet<>();
    private final Map<String, GazetteerEntity> byForm = new HashMap<>();
    private final Map<String, GazetteerEntity> personByVariant = new HashMap<>();
    private final Map<String, List<RoleHolder>> roles = new HashMap<>();
    private final Map<String, GazetteerEntity> byId = new LinkedHashMap<>();

    Gazetteer() {
        loadNationalities();
        loadEntities("organisations.tsv");
        loadEntities("places.tsv");
        loadEntities("media.tsv");
        List<String[]> people = loadEntities("people.tsv");
        for (String[] row : people) {
            loadRoles(row);
        }
        for (String line : lines("titles.txt")) {
            titles.add(foldedSyllables(line), line);
        }
        for (String line : lines("title-complements.txt")) {
            titleComplements.add(foldedSyllables(line), line);
        }
        for (String line : lines("cues.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            switch (cols[0]) {
                case "notname" -> notNames.add(Names.fold(nfc(cols[1])));
                case "particle" -> particles.add(Names.fold(nfc(cols[1])));
                default -> cues.add(foldedSyllables(cols[1]), cols[0]);
            }
        }
        PhraseTrie.shareFirstSyllables(List.of(names, titles, cues, titleComplements));
        LOG.debug("gazetteer loaded: {} entities, {} role aliases", byId.size(), roles.size());
    }

    /** The entity a form names, if any ({@code "Hoa Kỳ"} → Mỹ), ignoring case. */
    GazetteerEntity byForm(String form) {
        return byForm.get(Names.fold(nfc(form)));
    }

    /** The known person whose name or alias has this spelling key, if any. */
    GazetteerEntity personByVariant(String name) {
        return personByVariant.get(Names.variantKey(name));
    }

    GazetteerEntity country(String canonical) {
        return byId.get(EntityKind.COUNTRY.prefix() + ":" + Names.slug(canonical));
    }

    /** Holders of {@code title} for {@code affiliation} in {@code year}. */
    List<GazetteerEntity> roleHolders(String title, String affiliationId, int year) {
        List<GazetteerEntity> out = new ArrayList<>(1);
        for (RoleHolder h : roles.getOrDefault(roleKey(title, affiliationId), List.of())) {
            if (h.from() <= year && year <= h.to() && !out.contains(h.person())) {
                out.add(h.person());
            }
        }
        return out;
    }

    static String roleKey(String title, String affiliationId) {
        String folded = Names.fold(nfc(title));
        StringBuilder key = new StringBuilder(folded.length() + 32);
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true; // a run of what the regex \s matches (ASCII whitespace) becomes one space
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c);
        }
        if (space) {
            key.append(' ');
        }
        return key.append('@').append(affiliationId).toString();
    }

    /** A cue category at token {@code i} ("honorific", "media"...), with its end, or null. */
    PhraseTrie.Match<String> cue(Tokens tokens, int i, String category) {
        // indexed loops: asked at nearly every token, an iterator per call was most of the garbage
        List<PhraseTrie.Match<String>> matches = cues.matches(tokens, i);
        for (int k = 0; k < matches.size(); k++) {
            PhraseTrie.Match<String> m = matches.get(k);
            if (m.values().contains(category)) {
                return m;
            }
        }
        return null;
    }

    private void loadNationalities() {
        for (String line : lines("nationalities.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            String countryName = nfc(cols[1].strip());
            GazetteerEntity country = byId.computeIfAbsent(EntityKind.COUNTRY.prefix() + ":" + Names.slug(countryName),
                    id -> GazetteerEntity.of(countryName, EntityKind.COUNTRY, countryName));
            addForm(country, cols[0].strip());
        }
    }

    private List<String[]> loadEntities(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(file)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                LOG.warn("{}: skipping malformed line '{}'", file, line);
                continue;
            }
            String canonical = nfc(cols[0].strip());
            EntityKind kind = EntityKind.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
            String country = cols.length > 2 ? nfc(cols[2].strip()) : "";
            GazetteerEntity entity = GazetteerEntity.of(canonical, kind, country);
            boolean capital = cols.length > 4 && cols[4].contains("capital");
            if (capital) {
                GazetteerEntity government = GazetteerEntity.of(canonical, EntityKind.GOVERNMENT, country);
                entity = new GazetteerEntity(entity.id(), canonical, kind, entity.country(), government);
            }
            if (byId.containsKey(entity.id())) {
                LOG.warn("{}: duplicate entity {}", file, entity.id());
                continue;
            }
            byId.put(entity.id(), entity);
            addForm(entity, canonical);
            if (cols.length > 3) {
                for (String alias : cols[3].split("\\|")) {
                    if (!alias.isBlank()) {
                        addForm(entity, alias.strip());
                    }
                }
            }
            rows.add(cols);
        }
        return rows;
    }

    /** Puts {@code form} into {@code trie} keyed by its folded syllables, keeping them as written for casing. */
    static void addName(PhraseTrie<GazetteerForm> trie, GazetteerEntity entity, String form, boolean ambiguous) {
        Tokens t = Tokens.of(form, 0, form.length());
        List<String> raw = new ArrayList<>(t.size());
        List<String> folded = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            raw.add(t.raw(i));
            folded.add(t.folded(i));
        }
        trie.add(folded, new GazetteerForm(entity, List.copyOf(raw), ambiguous));
    }

    /** Where a run of titles starting at {@code p} ends ("Phó Thủ tướng kiêm Bộ trưởng ..."), or -1 if none starts there. */
    int titleRunEnd(Tokens t, int p) {
        PhraseTrie.Match<String> title = titles.longest(t, p);
        if (title == null) {
            return -1;
        }
        int q = title.end();
        while (true) {
            PhraseTrie.Match<String> more = titles.longest(t, q);
            if (more == null) {
                more = titleComplements.longest(t, q);
                // "và" only joins two portfolios; a complement must be followed by more words
                if (more != null && (more.end() >= t.size() || "và".equals(t.folded(q)) && q == title.end())) {
                    more = null;
                }
            }
            if (more == null) {
                return q;
            }
            q = more.end();
        }
    }

    private void addForm(GazetteerEntity entity, String written) {
        boolean ambiguous = written.startsWith("~");
        String form = nfc(ambiguous ? written.substring(1) : written);
        addName(names, entity, form, ambiguous);
        byForm.putIfAbsent(Names.fold(form), entity);
        if (entity.kind() == EntityKind.PERSON) {
            personByVariant.putIfAbsent(Names.variantKey(form), entity);
        }
    }

    private void loadRoles(String[] cols) {
        if (cols.length < 5 || cols[4].isBlank()) {
            return;
        }
        GazetteerEntity person = byId.get(EntityKind.PERSON.prefix() + ":" + Names.slug(nfc(cols[0].strip())));
        for (String alias : cols[4].split("\\|")) {
            String[] parts = alias.split("@");
            if (parts.length != 3) {
                LOG.warn("people.tsv: bad role alias '{}'", alias);
                continue;
            }
            GazetteerEntity affiliation = byForm(parts[1].strip());
            if (affiliation == null) {
                LOG.warn("people.tsv: role alias '{}' names an unknown affiliation", alias);
                continue;
            }
            String[] years = parts[2].strip().split("-");
            int from = Integer.parseInt(years[0].strip());
            int to = years.length > 1 && !years[1].isBlank() ? Integer.parseInt(years[1].strip()) : 9999;
            roles.computeIfAbsent(roleKey(parts[0].strip(), affiliation.id()), k -> new ArrayList<>())
                    .add(new RoleHolder(person, from, to));
        }
    }

    private static List<String> foldedSyllables(String phrase) {
        String form = nfc(phrase.strip());
        Tokens t = Tokens.of(form, 0, form.length());
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.add(t.folded(i));
        }
        return out;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static List<String> lines(String file) {
        InputStream in = Gazetteer.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("missing gazetteer resource " + BASE + file);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
        return out;
    }
}
