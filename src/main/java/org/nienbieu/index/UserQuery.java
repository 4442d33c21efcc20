package org.nienbieu.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a user typed in the search box, as a Lucene query. A small tokenizer reads words,
 * {@code "phrases"} (an unclosed quote runs to the end), {@code -exclusions}, {@code OR} between
 * two terms, {@code NOT}, a trailing {@code *} (never a leading one), and {@code field:value} for
 * actor, speaker, type, status and kind; everything else — parentheses, {@code AND}, stray
 * operators, control characters, unknown fields — falls back to plain words. The text field holds
 * each syllable's exact and folded terms at one position; a word typed with accents searches its
 * exact terms (boosted) or its folded ones, a word without accents its folded ones, so
 * {@code dam phan} finds {@code đàm phán} and {@code bàn} ranks {@code bàn} above {@code bán}. Never throws on user input: nothing typed matches everything (to browse
 * with filters), nothing searchable typed matches nothing.
 */
final class UserQuery {

    static final int MAX_LENGTH = 1_000;
    static final int MAX_CLAUSES = 64;
    private static final float EXACT_BOOST = 2f;
    private static final Set<String> FIELDS = Set.of("actor", "speaker", "type", "status", "kind");

    private static final Analyzer EXACT = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT);
    private static final Analyzer FOLDED = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED);

    private final Query query;
    private final Query matching;
    private final Set<String> highlightTerms;

    private UserQuery(Query query, Query matching, Set<String> highlightTerms) {
        this.query = query;
        this.matching = matching;
        this.highlightTerms = highlightTerms;
    }

    /** The Lucene query; {@link MatchAllDocsQuery} when nothing searchable was typed. */
    Query query() {
        return query;
    }

    /**
     * A query that matches exactly the documents {@link #query()} matches, for counting them
     * (facets, totals) where scores do not matter: an accented word asks only for its folded terms.
     * The index puts a syllable's folded term at the position of its exact one, so whatever the
     * exact terms match the folded ones match too, and the clause with both matches no more.
     */
    Query matching() {
        return matching;
    }

    /** A clause as ranked and as counted (see {@link #matching()}); the two are often the same query. */
    private record Clause(Query scored, Query matching) {
        static Clause of(Query q) {
            return q == null ? null : new Clause(q, q);
        }
    }

    /** Folded terms of the positive words and phrases, for highlighting. */
    Set<String> highlightTerms() {
        return highlightTerms;
    }

    static UserQuery parse(String raw) {
        String text = clean(raw == null ? "" : raw);
        List<List<Clause>> groups = new ArrayList<>();
        List<Clause> excluded = new ArrayList<>();
        Set<String> highlight = new LinkedHashSet<>();
        int clauses = 0;
        boolean or = false;
        boolean not = false;
        int i = 0;
        while (i < text.length() && clauses < MAX_CLAUSES) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')') {
                i++;
                continue;
            }
            boolean negated = not;
            not = false;
            if ((c == '-' || c == '+' || c == '!') && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                negated |= c != '+';
                i++;
                c = text.charAt(i);
            }
            Clause clause;
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? text.length() : close;
                clause = text(text.substring(i + 1, end), negated, highlight);
                i = close < 0 ? text.length() : close + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && text.charAt(end) != '"' && text.charAt(end) != '(' && text.charAt(end) != ')') {
                    end++;
                }
                String word = text.substring(i, end);
                i = end;
                if (word.equals("AND") || word.equals("&&")) {
                    continue;
                }
                if (word.equals("OR") || word.equals("||")) {
                    or = !groups.isEmpty();
                    continue;
                }
                if (word.equals("NOT")) {
                    not = true;
                    continue;
                }
                int colon = word.indexOf(':');
                String field = colon > 0 ? word.substring(0, colon).toLowerCase(Locale.ROOT) : "";
                if (FIELDS.contains(field)) {
                    String value = word.substring(colon + 1);
                    if (value.isEmpty() && i < text.length() && text.charAt(i) == '"') {
                        int close = text.indexOf('"', i + 1);
                        value = text.substring(i + 1, close < 0 ? text.length() : close);
                        i = close < 0 ? text.length() : close + 1;
                    }
                    clause = value.isBlank() ? null : Clause.of(field(field, value));
                } else {
                    clause = word(word, negated, highlight);
                }
            }
            if (clause == null) {
                continue;
            }
            clauses++;
            if (negated) {
                excluded.add(clause);
            } else if (or) {
                groups.get(groups.size() - 1).add(clause);
                or = false;
            } else {
                groups.add(new ArrayList<>(List.of(clause)));
            }
        }
        if (groups.isEmpty() && excluded.isEmpty()) {
            // Nothing typed browses everything; only operators or punctuation typed finds nothing.
            Query all = text.isBlank() ? new MatchAllDocsQuery() : new MatchNoDocsQuery();
            return new UserQuery(all, all, highlight);
        }
        return new UserQuery(combine(groups, excluded, Clause::scored), combine(groups, excluded, Clause::matching),
                highlight);
    }

    private static Query combine(List<List<Clause>> groups, List<Clause> excluded,
                                 java.util.function.Function<Clause, Query> form) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<Clause> group : groups) {
            if (group.size() == 1) {
                b.add(form.apply(group.get(0)), Occur.MUST);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                group.forEach(q -> any.add(form.apply(q), Occur.SHOULD));
                b.add(any.build(), Occur.MUST);
            }
        }
        if (groups.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        excluded.forEach(q -> b.add(form.apply(q), Occur.MUST_NOT));
        return b.build();
    }

    /** Control characters become spaces; very long input is cut at a code point boundary. */
    static String clean(String raw) {
        String s = raw;
        if (s.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH;
            if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
            s = s.substring(0, cut);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c);
        }
        return out.toString();
    }

    private static Clause word(String word, boolean negated, Set<String> highlight) {
        String w = word;
        if (w.endsWith("*") && w.length() > 2 && w.indexOf('*') == w.length() - 1 && w.indexOf('?') < 0) {
            List<String> folded = terms(FOLDED, w.substring(0, w.length() - 1));
            if (folded.size() == 1 && folded.get(0).length() >= 2) {
                if (!negated) {
                    highlight.add(folded.get(0) + "*");
                }
                return Clause.of(new PrefixQuery(new Term(Schema.TEXT, folded.get(0))));
            }
        }
        // Wildcards are not supported anywhere else, and ':' would glue words together.
        return text(w.replace('*', ' ').replace('?', ' ').replace(':', ' '), negated, highlight);
    }

    /** A word or phrase: exact terms (boosted) or folded terms; an exclusion uses the form typed. */
    private static Clause text(String text, boolean negated, Set<String> highlight) {
        List<Term> exact = analysed(EXACT, Schema.TEXT, text);
        List<Term> folded = analysed(FOLDED, Schema.TEXT, text);
        if (exact.isEmpty() || folded.isEmpty()) {
            return null;
        }
        boolean accented = !exact.equals(folded);
        if (negated) {
            return Clause.of(accented ? phrase(exact) : phrase(folded));
        }
        folded.forEach(t -> highlight.add(t.text()));
        if (!accented) {
            return Clause.of(phrase(folded)); // the exact terms are the folded ones: one clause, not the same twice
        }
        Query exactBoosted = new BoostQuery(phrase(exact), EXACT_BOOST);
        // Either form matches, the exact one scores more: a syllable's exact term adds to its folded
        // one, which every match has (see matching()), so one word ranks as "folded, plus exact if
        // there" — the same scores as "exact or folded" but cheaper over long posting lists, and its
        // bounds for skipping are the two terms' own. A phrase is the same sum in one pass over the
        // folded terms (AccentedQuery); the disjunction of two phrases could hardly skip.
        if (exact.size() == 1) {
            return new Clause(new BooleanQuery.Builder().add(phrase(folded), Occur.MUST).add(exactBoosted, Occur.SHOULD)
                    .build(), phrase(folded));
        }
        if (exact.size() != folded.size()) {
            // Not seen: folding keeps syllables as they are. Should it ever split one, rank as before.
            return new Clause(new BooleanQuery.Builder().add(exactBoosted, Occur.SHOULD).add(phrase(folded), Occur.SHOULD)
                    .build(), phrase(folded));
        }
        return new Clause(new AccentedQuery(exact, folded, EXACT_BOOST), phrase(folded));
    }

    private static Query field(String field, String value) {
        return switch (field) {
            case "actor" -> nameQuery(Schema.ACTOR, value);
            case "speaker" -> nameQuery(Schema.SPEAKER, value);
            case "type" -> new TermQuery(new Term(Schema.TYPE,
                    FilterWords.type(value).orElse(value.toLowerCase(Locale.ROOT))));
            case "status" -> new TermQuery(new Term(Schema.STATUS,
                    FilterWords.status(value).orElse(value.toLowerCase(Locale.ROOT))));
            case "kind" -> new TermQuery(new Term(Schema.KIND, value.toLowerCase(Locale.ROOT)));
            default -> null;
        };
    }

    /** A name, folded, as a phrase in a name field ({@code actor:witkoff}, {@code actor:"Steve Witkoff"}). */
    static Query nameQuery(String field, String value) {
        List<Term> terms = analysed(FOLDED, field, value);
        return terms.isEmpty() ? null : phrase(terms);
    }

    private static Query phrase(List<Term> terms) {
        if (terms.size() == 1) {
            return new TermQuery(terms.get(0));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int position = -1;
        for (Term t : terms) {
            position++;
            b.add(t, position);
        }
        return b.build();
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        return analysed(analyzer, Schema.TEXT, text).stream().map(Term::text).toList();
    }

    private static List<Term> analysed(Analyzer analyzer, String field, String text) {
        List<Term> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_CLAUSES) {
                terms.add(new Term(field, term.toString()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
