package org.nienbieu.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of the generator (people, places, topics, outlets, sentence templates), read
 * once from the resource files next to this class and checked for consistency, so that a typo in
 * a pool fails loudly at start-up instead of producing a subtly wrong corpus.
 */
final class Pools {

    /** A person the articles can name; the party is the country or organisation they speak for. */
    record Person(String party, String title, String fullName, String shortName, boolean female) {
    }

    /** Quoted words and who may say them: a party, or {@code *} for anyone. */
    record Quote(String party, String text) {

        boolean fits(Person speaker) {
            return party.equals("*") || party.equals(speaker.party());
        }
    }

    /** A news topic: who takes part, where they meet, what they discuss. */
    record Topic(String id, List<String> parties, List<String> venues, List<String> subjects, List<String> goals) {
    }

    final List<Person> people;
    final Map<String, List<Person>> peopleByParty;
    final Map<String, String> capitalOf;
    final Map<String, String> countryOfCity;
    final Set<String> organisations;
    final List<Topic> topics;
    final List<String> media;
    final List<String> forums;
    final List<Template> events;
    final List<Template> anchoredEvents;
    final List<Template> context;
    final Map<String, List<Template>> fillersByTopic;
    final Map<String, List<Quote>> quotesByTopic;

    private Pools() {
        people = new ArrayList<>();
        peopleByParty = new HashMap<>();
        for (String[] f : fields("people.txt", 5)) {
            Person p = new Person(f[0], f[1], f[2], f[3], f[4].equals("f"));
            people.add(p);
            peopleByParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(p);
        }
        capitalOf = new LinkedHashMap<>();
        countryOfCity = new HashMap<>();
        for (String[] f : fields("places.txt", 2)) {
            capitalOf.put(f[0], f[1]);
            countryOfCity.put(f[1], f[0]);
        }
        for (String[] f : fields("cities.txt", 2)) {
            countryOfCity.put(f[0], f[1]);
        }
        organisations = Set.copyOf(lines("orgs.txt"));
        media = lines("media.txt");
        forums = lines("forums.txt");
        topics = new ArrayList<>();
        for (String[] f : fields("topics.txt", 5)) {
            topics.add(new Topic(f[0], list(f[1], ","), list(f[2], ","), list(f[3], ";"), list(f[4], ";")));
        }
        events = new ArrayList<>();
        anchoredEvents = new ArrayList<>();
        for (String[] f : fields("events.txt", 4)) {
            Template t = Template.parse(f[0], f[1], Tense.parse(f[2]), "*", f[3]);
            (t.uses("anchored") ? anchoredEvents : events).add(t);
        }
        context = new ArrayList<>();
        for (String[] f : fields("context.txt", 2)) {
            context.add(Template.parse(null, null, Tense.parse(f[0]), "*", f[1]));
        }
        fillersByTopic = new HashMap<>();
        for (String[] f : fields("fillers.txt", 2)) {
            fillersByTopic.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(Template.parse(null, null, Tense.NEUTRAL, f[0], f[1]));
        }
        quotesByTopic = new HashMap<>();
        for (String[] f : fields("quotes.txt", 3)) {
            quotesByTopic.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Quote(f[1], f[2]));
        }
        check();
    }

    static Pools get() {
        return Holder.INSTANCE;
    }

    boolean isCountry(String party) {
        return capitalOf.containsKey(party);
    }

    /**
     * Words the article reader's sentence splitter takes for an abbreviation or an initial when a
     * full stop follows them (see {@code SentenceSplitter}); nothing that can end a sentence may end so.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "tp", "tt", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "mr", "mrs", "ms", "dr", "st",
            "jr", "sr", "co", "inc", "ltd", "corp", "vs", "no", "p", "q", "h", "tx", "thứ");

    /** True when a full stop right after {@code s} would not end the sentence for the reader. */
    static boolean endsLikeAbbreviation(String s) {
        int end = s.length();
        int w = end;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        if (w == end) {
            return false;
        }
        String word = s.substring(w, end);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private void check() {
        List<String> enders = new ArrayList<>(media);
        enders.addAll(forums);
        enders.addAll(capitalOf.keySet());
        enders.addAll(countryOfCity.keySet());
        enders.addAll(organisations);
        people.forEach(p -> enders.addAll(List.of(p.fullName(), p.shortName())));
        topics.forEach(t -> {
            enders.addAll(t.subjects());
            enders.addAll(t.goals());
        });
        for (String s : enders) {
            if (endsLikeAbbreviation(s)) {
                throw new IllegalStateException("'" + s + "' ends like an abbreviation: a sentence ending with it would not end");
            }
        }
        for (Person p : people) {
            if (!isCountry(p.party()) && !organisations.contains(p.party())) {
                throw new IllegalStateException("people.txt: unknown party '" + p.party() + "' of " + p.fullName());
            }
        }
        for (Topic t : topics) {
            for (String party : t.parties()) {
                if (!peopleByParty.containsKey(party)) {
                    throw new IllegalStateException("topics.txt: nobody speaks for '" + party + "' in " + t.id());
                }
            }
            for (String venue : t.venues()) {
                if (!countryOfCity.containsKey(venue)) {
                    throw new IllegalStateException("topics.txt: unknown venue '" + venue + "' in " + t.id());
                }
            }
            if (t.parties().stream().filter(this::isCountry).count() < 2) {
                throw new IllegalStateException("topics.txt: " + t.id() + " needs two countries");
            }
        }
        for (String topic : fillersByTopic.keySet()) {
            if (!topic.equals("*") && topics.stream().noneMatch(t -> t.id().equals(topic))) {
                throw new IllegalStateException("fillers.txt: unknown topic '" + topic + "'");
            }
        }
    }

    private static List<String> list(String field, String separator) {
        return Arrays.stream(field.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String[]> fields(String resource, int count) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\\|", -1);
            if (f.length != count) {
                throw new IllegalStateException(resource + ": expected " + count + " fields in '" + line + "'");
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            rows.add(f);
        }
        return rows;
    }

    static List<String> lines(String resource) {
        try (InputStream in = Pools.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    private static final class Holder {
        static final Pools INSTANCE = new Pools();
    }
}
