package org.nienbieu.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nienbieu.generate.Pools.Person;
import org.nienbieu.generate.Pools.Topic;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Precision;

/**
 * Writes one article: picks a topic and a cast, then fills 4–12 paragraphs of 1–4 sentences from
 * the templates (a lead event, more events, background sentences with times, quotations,
 * fillers), recording each planted time expression and event with code-point offsets as the text
 * grows, so the answers are exact by construction. One composer per article; not thread-safe.
 */
final class ArticleComposer {

    private static final List<Template> QUOTE_FRAMES = frames(
            "“{q}”, {S} nói.", "{S} nói: “{q}”.", "\"{q}\" – {S} nói.", "“{q}”, {S} nhấn mạnh.",
            "{S} khẳng định: “{q}”.", "Trả lời phỏng vấn {media}, {S} nói: “{q}”.",
            "{S} viết trên mạng xã hội: “{q}”.");
    private static final List<Template> PRONOUN_FRAMES = frames("{P} nói: “{q}”.", "{P} cho biết thêm: “{q}”.",
            "“{q}”, {P} nói.");
    private static final List<Template> CAPTIONS = frames("{A} (trái) và {B}. Ảnh: {media}.",
            "{A} (Ảnh: {media}).", "{A} và {B} {place}. Ảnh: {media}.", "{A} phát biểu {place} (Ảnh: {media}).");
    private static final String[] FRACTIONS = {"1/3", "1/4", "1/5", "2/3", "3/4"};
    private static final String[] DURATIONS = {"2 tiếng rưỡi", "3 giờ đồng hồ", "hơn 5 giờ", "gần 4 tiếng",
        "khoảng 90 phút", "hơn 2 giờ"};

    /** The text and answers of a composed article. */
    record Result(String text, List<ExpectedTime> times, List<ExpectedEvent> events) {
    }

    /** A sentence being rendered: its text and what was planted in it, offsets in chars of {@code sb}. */
    private static final class Draft {
        final StringBuilder sb = new StringBuilder(160);
        final List<int[]> spans = new ArrayList<>(2);
        final List<DateSpan> dates = new ArrayList<>(2);
        final Set<String> actors = new LinkedHashSet<>();
        String place;
        Person subject;
    }

    private final Pools pools;
    private final Rng r;
    private final LocalDate dct;
    private final Topic topic;
    private final List<Person> cast = new ArrayList<>();
    private final Set<Person> mentioned = new HashSet<>();
    private final Set<Object> used = new HashSet<>();
    private final StringBuilder text = new StringBuilder(4096);
    private final List<ExpectedTime> times = new ArrayList<>();
    private final List<ExpectedEvent> events = new ArrayList<>();
    private int cp;
    private DateSpan lastTime;
    private Person lastPerson;

    ArticleComposer(Pools pools, Rng r, LocalDate dct) {
        this.pools = pools;
        this.r = r;
        this.dct = dct;
        this.topic = r.pick(pools.topics);
        List<String> parties = new ArrayList<>(topic.parties());
        int size = r.between(2, Math.min(4, parties.size()));
        for (int i = 0; i < size; i++) {
            String party = parties.remove(r.nextInt(parties.size()));
            cast.add(r.pick(pools.peopleByParty.get(party)));
        }
    }

    Result compose() {
        text.append(" date ").append(dct).append(' ');
        cp = text.length();
        int paragraphs = r.between(4, 12);
        boolean caption = r.chance(0.2);
        boolean source = r.chance(0.2);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                literal("\n\n");
            }
            if (p == 0 && caption) {
                commit(render(r.pick(CAPTIONS), Tense.NEUTRAL, null, null), null);
                continue;
            }
            if (p == paragraphs - 1 && source) {
                literal("Theo " + r.pick(pools.media));
                lastPerson = null;
                continue;
            }
            boolean lead = p == (caption ? 1 : 0);
            int sentences = lead ? r.between(1, 2) : r.between(1, 4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    literal(" ");
                }
                if (lead && s == 0) {
                    event();
                } else {
                    anySentence();
                }
            }
        }
        return new Result(text.toString(), times, events);
    }

    private void anySentence() {
        double x = r.nextDouble();
        if (x < 0.07 && lastTime != null && lastTime.precision() == Precision.DAY && anchoredEvent()) {
            return;
        }
        if (x < 0.38) {
            event();
        } else if (x < 0.56) {
            Template t = fresh(pools.context);
            commit(render(t, t.tense(), null, null), t);
        } else if (x < 0.76) {
            quote();
        } else {
            List<Template> own = pools.fillersByTopic.get(topic.id());
            Template t = own != null && r.chance(0.3) ? freshOrNull(own) : null;
            t = t != null ? t : fresh(pools.fillersByTopic.get("*"));
            commit(render(t, Tense.NEUTRAL, null, null), t);
        }
    }

    private void event() {
        Template t = r.pick(pools.events);
        commit(render(t, t.tense(), null, null), t);
    }

    private boolean anchoredEvent() {
        Template t = r.pick(pools.anchoredEvents);
        Phrase phrase = TimePhrases.anchored(r, lastTime.start(), dct, t.tense());
        if (phrase == null) {
            return false;
        }
        commit(render(t, t.tense(), phrase, null), t);
        return true;
    }

    private void quote() {
        Template frame = lastPerson != null && r.chance(0.3) ? r.pick(PRONOUN_FRAMES) : r.pick(QUOTE_FRAMES);
        Person speaker = frame.uses("P") || lastPerson != null && r.chance(0.6) ? lastPerson : r.pick(cast);
        List<Pools.Quote> own = pools.quotesByTopic.getOrDefault(topic.id(), List.of()).stream()
                .filter(q -> q.fits(speaker)).toList();
        Pools.Quote quote = !own.isEmpty() && r.chance(0.3) ? freshOrNull(own) : null;
        quote = quote != null ? quote : fresh(pools.quotesByTopic.get("*"));
        commit(render(frame, Tense.NEUTRAL, null, quote.text(), speaker), frame);
    }

    /** An item not used yet in this article if one comes up in a few tries, so fillers and quotes rarely repeat. */
    private <T> T fresh(List<T> items) {
        T item = freshOrNull(items);
        return item != null ? item : r.pick(items);
    }

    private <T> T freshOrNull(List<T> items) {
        for (int i = 0; i < 6; i++) {
            T item = r.pick(items);
            if (used.add(item)) {
                return item;
            }
        }
        return null;
    }

    private Draft render(Template t, Tense tense, Phrase anchored, String quote) {
        return render(t, tense, anchored, quote, null);
    }

    private Draft render(Template t, Tense tense, Phrase anchored, String quote, Person quoted) {
        Draft d = new Draft();
        Person[] pair = pickPair(t.uses("CB@"), !t.usesPerson() && (t.uses("CA") || t.uses("CB")));
        Person a = pair[0];
        Person b = pair[1];
        Person speaker = quoted != null ? quoted : a;
        List<String> parts = t.parts();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                d.sb.append(part);
                continue;
            }
            String next = parts.get(i + 1);
            switch (part) {
                case "A" -> person(d, a, t);
                case "B" -> person(d, b, t);
                case "S" -> person(d, speaker, t);
                case "P" -> {
                    d.sb.append(speaker.female() ? "bà" : "ông");
                    d.subject = speaker;
                }
                case "CA" -> party(d, a.party(), t);
                case "CB" -> party(d, b.party(), t);
                case "CB@" -> {
                    d.sb.append(b.party());
                    d.place = b.party();
                }
                case "place" -> place(d);
                case "time" -> time(d, pickTime(tense, next, false));
                case "period" -> time(d, pickTime(tense, next, true));
                case "anchored" -> time(d, anchored);
                case "subject" -> d.sb.append(r.pick(topic.subjects()));
                case "goal" -> d.sb.append(r.pick(topic.goals()));
                case "media" -> d.sb.append(r.pick(pools.media));
                case "org" -> d.sb.append(r.pick(pools.forums));
                case "q" -> d.sb.append(quote);
                case "n" -> d.sb.append(r.between(5, 30));
                case "nd" -> d.sb.append(r.between(2, 40));
                case "nth" -> d.sb.append(r.between(2, 25));
                case "pct" -> d.sb.append(r.between(5, 80));
                case "frac" -> d.sb.append(r.pick(FRACTIONS));
                case "dur" -> d.sb.append(r.pick(DURATIONS));
                case "bn" -> d.sb.append(r.chance(0.5) ? r.between(2, 300) : r.between(1, 9) + "," + r.between(1, 9));
                case "yrs" -> d.sb.append(5 * r.between(2, 15));
                case "g" -> {
                    int g = r.between(2, 7);
                    d.sb.append(g).append('-').append(g + 1);
                }
                default -> throw new IllegalStateException("unknown slot {" + part + "} in " + t.source());
            }
        }
        capitalize(d.sb);
        return d;
    }

    /**
     * A time phrase for a slot; never one ending in a one-letter word ("quý I") right before the
     * full stop, which the sentence splitter would take for an initial and not end the sentence.
     */
    private Phrase pickTime(Tense tense, String next, boolean period) {
        while (true) {
            Phrase p = period ? TimePhrases.period(r, dct, tense) : TimePhrases.event(r, dct, tense);
            if (!(next.startsWith(".") && Pools.endsLikeAbbreviation(p.text() + p.suffix()))) {
                return p;
            }
        }
    }

    /** Two people of different parties, preferring the cast; B a country when it is a visit's place, both states when only parties are named. */
    private Person[] pickPair(boolean countryB, boolean statesOnly) {
        for (int attempt = 0; attempt < 40; attempt++) {
            boolean fromCast = attempt < 20 && r.chance(0.85);
            Person a = fromCast ? r.pick(cast) : topicPerson();
            Person b = fromCast ? r.pick(cast) : topicPerson();
            if (a.party().equals(b.party()) || countryB && !pools.isCountry(b.party())
                    || statesOnly && !(isState(a.party()) && isState(b.party()))) {
                continue;
            }
            return new Person[] {a, b};
        }
        List<String> countries = topic.parties().stream().filter(pools::isCountry).toList();
        return new Person[] {pools.peopleByParty.get(countries.get(0)).get(0), pools.peopleByParty.get(countries.get(1)).get(0)};
    }

    private boolean isState(String party) {
        return pools.isCountry(party) || party.equals("EU");
    }

    private Person topicPerson() {
        return r.pick(pools.peopleByParty.get(r.pick(topic.parties())));
    }

    private void person(Draft d, Person p, Template t) {
        if (mentioned.add(p)) {
            d.sb.append(p.title()).append(' ').append(p.fullName());
        } else {
            d.sb.append(p.female() ? "bà " : "ông ").append(r.chance(0.25) ? p.fullName() : p.shortName());
        }
        if (d.subject == null) {
            d.subject = p;
        }
        if (t.isEvent()) {
            d.actors.add(p.fullName());
        }
    }

    private void party(Draft d, String party, Template t) {
        d.sb.append(party);
        if (t.isEvent()) {
            d.actors.add(party);
        }
    }

    private void place(Draft d) {
        String venue = r.pick(topic.venues());
        String country = pools.countryOfCity.get(venue);
        boolean capital = venue.equals(pools.capitalOf.get(country));
        d.place = venue;
        if (venue.equals(country)) {
            d.sb.append("tại ").append(venue);
        } else if (capital) {
            switch (r.nextInt(4)) {
                case 0 -> d.sb.append("tại ").append(venue);
                case 1 -> d.sb.append("ở ").append(venue);
                case 2 -> d.sb.append("tại thủ đô ").append(venue);
                default -> d.sb.append("tại thủ đô ").append(venue).append(" của ").append(country);
            }
        } else {
            switch (r.nextInt(3)) {
                case 0 -> d.sb.append("tại ").append(venue);
                case 1 -> d.sb.append("ở ").append(venue);
                default -> d.sb.append("tại ").append(venue).append(" (").append(country).append(')');
            }
        }
    }

    private static void time(Draft d, Phrase phrase) {
        d.sb.append(phrase.prefix());
        int start = d.sb.length();
        d.sb.append(phrase.text());
        d.spans.add(new int[] {start, d.sb.length()});
        d.dates.add(phrase.date());
        d.sb.append(phrase.suffix());
    }

    private static void capitalize(StringBuilder sb) {
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.setCharAt(i, Character.toUpperCase(c));
                return;
            }
        }
    }

    private void commit(Draft d, Template t) {
        String s = d.sb.toString();
        int start = cp;
        boolean bmp = s.length() == s.codePointCount(0, s.length());
        for (int k = 0; k < d.spans.size(); k++) {
            int cs = d.spans.get(k)[0];
            int ce = d.spans.get(k)[1];
            int from = bmp ? cs : s.codePointCount(0, cs);
            int to = bmp ? ce : s.codePointCount(0, ce);
            times.add(new ExpectedTime(s.substring(cs, ce), start + from, start + to, d.dates.get(k)));
        }
        text.append(s);
        cp += bmp ? s.length() : s.codePointCount(0, s.length());
        if (t != null && t.isEvent()) {
            DateSpan date = d.dates.isEmpty() ? DateSpan.undated() : d.dates.get(0);
            events.add(new ExpectedEvent(t.type(), t.status(), date, List.copyOf(d.actors), d.place, start, cp));
        }
        if (!d.dates.isEmpty()) {
            lastTime = d.dates.get(d.dates.size() - 1);
        }
        lastPerson = d.subject;
    }

    private void literal(String s) {
        text.append(s);
        cp += s.codePointCount(0, s.length());
    }

    private static List<Template> frames(String... patterns) {
        List<Template> list = new ArrayList<>();
        for (String p : patterns) {
            list.add(Template.parse(null, null, Tense.NEUTRAL, "*", p));
        }
        return List.copyOf(list);
    }
}
