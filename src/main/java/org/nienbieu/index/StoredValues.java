package org.nienbieu.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.nienbieu.model.Actor;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Precision;

/** Reads model values back from the stored fields {@link Documents} wrote; the one inverse of it. */
final class StoredValues {

    /** What a passage stores to find its article's document and its own text in the article's. */
    private static final Set<String> PASSAGE_OWN = Set.of(Schema.KIND, Schema.ARTICLE, Schema.SENTENCE, Schema.START,
            Schema.END);
    /** What a passage shares with its article: text and date, stored only on the article's document. */
    private static final Set<String> SHARED = Set.of(Schema.TEXT, Schema.DATE_START, Schema.DATE_END,
            Schema.PRECISION);
    private static final Set<String> ARTICLE_FIELDS = Set.of(Schema.KIND, Schema.ARTICLE, Schema.START, Schema.TEXT,
            Schema.DATE_START, Schema.DATE_END, Schema.PRECISION);

    private StoredValues() {
    }

    /**
     * The stored {@code fields} of document {@code doc} as {@link Documents} gave them, a passage's
     * text and date included: those live on its article's document only, which is the one added
     * just before the article's passages (its documents are added as one block, which Lucene keeps
     * together and in order), found by the passage's sentence number. The text is the passage's
     * slice of the article's body, code-point offsets as stored.
     */
    static Document hit(IndexSearcher searcher, StoredFields stored, int doc, Set<String> fields) throws IOException {
        boolean shared = fields.stream().anyMatch(SHARED::contains);
        if (!shared) {
            return stored.document(doc, fields);
        }
        Set<String> wanted = new HashSet<>(fields);
        wanted.addAll(PASSAGE_OWN);
        Document d = stored.document(doc, wanted);
        if (!Schema.Kind.PASSAGE.label().equals(d.get(Schema.KIND))) {
            return d;
        }
        String name = d.get(Schema.ARTICLE);
        Document article = articleOf(searcher, stored, doc - 1 - intField(d, Schema.SENTENCE), name);
        String body = article.get(Schema.TEXT);
        int bodyStart = intField(article, Schema.START);
        int from = body.offsetByCodePoints(0, intField(d, Schema.START) - bodyStart);
        int to = body.offsetByCodePoints(from, intField(d, Schema.END) - intField(d, Schema.START));
        if (fields.contains(Schema.TEXT)) {
            d.add(new StoredField(Schema.TEXT, body.substring(from, to)));
        }
        for (String f : List.of(Schema.DATE_START, Schema.DATE_END, Schema.PRECISION)) {
            if (fields.contains(f)) {
                for (IndexableField value : article.getFields(f)) {
                    d.add(value);
                }
            }
        }
        return d;
    }

    /** The document of article {@code name}: at {@code guess}, or else wherever its owner term says. */
    private static Document articleOf(IndexSearcher searcher, StoredFields stored, int guess, String name)
            throws IOException {
        if (guess >= 0) {
            Document d = stored.document(guess, ARTICLE_FIELDS);
            if (Schema.Kind.ARTICLE.label().equals(d.get(Schema.KIND)) && name.equals(d.get(Schema.ARTICLE))) {
                return d;
            }
        }
        ScoreDoc[] found = searcher.search(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.OWNER, name)), Occur.FILTER)
                .add(new TermQuery(new Term(Schema.KIND, Schema.Kind.ARTICLE.label())), Occur.FILTER)
                .build(), 1).scoreDocs;
        if (found.length == 0) {
            throw new IllegalStateException("the index holds a passage of " + name + " but not its article");
        }
        return stored.document(found[0].doc, ARTICLE_FIELDS);
    }

    /** The actors stored on an event, or the speaker stored on a quote, in the order written. */
    static List<Actor> actors(Document doc) {
        String[] ids = doc.getValues(Schema.ACTOR_ID);
        String[] names = doc.getValues(Schema.ACTOR_NAME);
        String[] roles = doc.getValues(Schema.ACTOR_ROLE);
        List<Actor> actors = new ArrayList<>(ids.length);
        for (int i = 0; i < Math.min(ids.length, Math.min(names.length, roles.length)); i++) {
            actors.add(new Actor(ids[i], names[i], roles[i].isEmpty() ? Optional.empty() : Optional.of(roles[i])));
        }
        return actors;
    }

    static List<Mention> mentions(Document doc) {
        String[] articles = doc.getValues(Schema.MENTION_ARTICLE);
        String[] texts = doc.getValues(Schema.MENTION_TEXT);
        IndexableField[] starts = doc.getFields(Schema.MENTION_START);
        IndexableField[] ends = doc.getFields(Schema.MENTION_END);
        List<Mention> mentions = new ArrayList<>(articles.length);
        for (int i = 0; i < articles.length; i++) {
            mentions.add(new Mention(articles[i], starts[i].numericValue().intValue(),
                    ends[i].numericValue().intValue(), texts[i]));
        }
        return mentions;
    }

    static int intField(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }

    static DateSpan date(Document doc) {
        IndexableField start = doc.getField(Schema.DATE_START);
        IndexableField end = doc.getField(Schema.DATE_END);
        if (start == null || end == null) {
            return DateSpan.undated();
        }
        Precision precision = Precision.fromLabel(Optional.ofNullable(doc.get(Schema.PRECISION)).orElse("day"));
        return DateSpan.of(LocalDate.ofEpochDay(start.numericValue().longValue()),
                LocalDate.ofEpochDay(end.numericValue().longValue()), precision);
    }
}
