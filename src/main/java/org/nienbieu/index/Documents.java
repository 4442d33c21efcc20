package org.nienbieu.index;

import static org.nienbieu.index.Schema.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Article;
import org.nienbieu.model.DateSpan;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.Mention;
import org.nienbieu.model.Quote;
import org.nienbieu.model.Sentence;

/** Turns model values into the Lucene documents of {@link Schema}; nothing else builds documents. */
final class Documents {

    private static final FacetsConfig FACETS = Schema.facetsConfig();
    /** The analyzer of the {@code text} field, for the bodies recorded onto a tape. */
    private static final Analyzer ANALYZER = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT_AND_FOLDED);

    private Documents() {
    }

    /**
     * The article's own document followed by one passage document per sentence. The body is
     * analysed once: the article document indexes the whole tape, each passage its sentence's slice.
     * A passage stores only what is its own (kind, id, article, sentence number, offsets): its text
     * and date are the article's, read back from the article document ({@link StoredValues#hit}),
     * and its date index structures are the article's very field instances.
     */
    static List<Document> article(IndexedArticle a) throws IOException {
        Article article = a.article();
        List<Sentence> sentences = article.sentences();
        List<Document> docs = new ArrayList<>(sentences.size() + 1);
        int length = article.text().codePointCount(0, article.text().length());
        String body = article.slice(article.bodyStart(), length);
        TermTape tape = new TermTape(body.length());
        int[] slices = record(tape, article, body);
        List<Field> dated = dayFields(article.published());
        Field owner = new StringField(OWNER, a.name(), Field.Store.NO);
        Field name = new StoredField(ARTICLE, a.name());
        Document doc = new Document();
        doc.add(new StringField(KIND, Kind.ARTICLE.label(), Field.Store.YES));
        doc.add(new StoredField(ID, "a:" + a.name()));
        doc.add(name);
        doc.add(owner);
        dated.forEach(doc::add);
        stored(doc, DateSpan.day(article.published()));
        doc.add(new SortedDocValuesField(ARTICLE_SORT, new BytesRef(a.name())));
        offsets(doc, article.bodyStart(), length);
        doc.add(new StoredField(TEXT, body));
        doc.add(tape.field(TEXT, slices[0], slices[1], 0));
        doc.add(new NumericDocValuesField(SIZE, a.stamp().size()));
        doc.add(new NumericDocValuesField(MODIFIED, a.stamp().modifiedNanos()));
        doc.add(new BinaryDocValuesField(HASH, new BytesRef(a.stamp().hash())));
        doc.add(new StoredField(BLOB, a.blob()));
        docs.add(doc);
        Field passageKind = new StringField(KIND, Kind.PASSAGE.label(), Field.Store.YES);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Document p = new Document();
            p.add(passageKind);
            p.add(new StoredField(ID, passageId(a.name(), s.index())));
            p.add(name);
            p.add(owner);
            dated.forEach(p::add);
            p.add(new StoredField(SENTENCE, s.index()));
            offsets(p, s.start(), s.end());
            p.add(tape.field(TEXT, slices[3 * i + 2], slices[3 * i + 3], slices[3 * i + 4]));
            docs.add(p);
        }
        return docs;
    }

    /** The id of the passage of sentence {@code sentence} of article {@code name}. */
    static String passageId(String name, int sentence) {
        return "p:" + name + "#" + sentence;
    }

    /**
     * Analyses the body onto the tape; returns the article's token range, then each sentence's
     * token range and char offset in the body. Sentences in order, as the reader makes them, are
     * analysed once each and the text between them (blank, as a rule) on its own; otherwise the body
     * and the sentences are analysed apart, as a safe fallback.
     */
    private static int[] record(TermTape tape, Article article, String body) {
        List<Sentence> sentences = article.sentences();
        int[] slices = new int[2 + 3 * sentences.size()];
        String text = article.text();
        boolean bmp = !article.analysis().sourceHasSurrogates();
        int bodyChar = bmp ? article.bodyStart() : text.offsetByCodePoints(0, article.bodyStart());
        int at = bodyChar;
        int atCodePoint = article.bodyStart();
        boolean inOrder = true;
        for (int i = 0; i < sentences.size() && inOrder; i++) {
            Sentence s = sentences.get(i);
            int from = bmp ? s.start() : s.start() < atCodePoint ? -1 : text.offsetByCodePoints(at, s.start() - atCodePoint);
            if (from < at || !text.startsWith(s.text(), from)) {
                inOrder = false;
                break;
            }
            gap(tape, text, at, from, bodyChar);
            slices[3 * i + 2] = tape.mark();
            tape.record(ANALYZER, TEXT, s.text(), from - bodyChar);
            slices[3 * i + 3] = tape.mark();
            slices[3 * i + 4] = from - bodyChar;
            at = from + s.text().length();
            atCodePoint = s.end();
        }
        if (inOrder) {
            gap(tape, text, at, text.length(), bodyChar);
            slices[1] = tape.mark();
            return slices;
        }
        slices[0] = tape.mark();
        tape.record(ANALYZER, TEXT, body, 0);
        slices[1] = tape.mark();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            slices[3 * i + 2] = tape.mark();
            tape.record(ANALYZER, TEXT, s.text(), 0);
            slices[3 * i + 3] = tape.mark();
            slices[3 * i + 4] = 0;
        }
        return slices;
    }

    /** Records the text between two sentences, which is no passage's but is the article's. */
    private static void gap(TermTape tape, String text, int from, int to, int bodyChar) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                tape.record(ANALYZER, TEXT, text.substring(from, to), from - bodyChar);
                return;
            }
        }
    }

    /** A quote's document, without its facets ({@link #withFacets}). */
    static Document quote(Quote q, String rank, LocalDate published, Map<String, Entity> entities) throws IOException {
        Document doc = new Document();
        doc.add(new StoredField(ORDER, rank));
        doc.add(new StringField(KIND, Kind.QUOTE.label(), Field.Store.YES));
        doc.add(new StoredField(ID, "q:" + q.article() + "#" + q.start()));
        doc.add(new StoredField(ARTICLE, q.article()));
        date(doc, DateSpan.day(published));
        offsets(doc, q.start(), q.end());
        text(doc, q.text(), Field.Store.YES);
        q.eventId().ifPresent(id -> doc.add(new StringField(EVENT, id, Field.Store.YES)));
        q.speaker().ifPresent(s -> {
            doc.add(new TextField(SPEAKER, s.name(), Field.Store.NO));
            actorStored(doc, s, entities);
            doc.add(new SortedSetDocValuesFacetField(DIM_ACTOR, s.name()));
        });
        return doc;
    }

    /**
     * An event's document, without its facets ({@link #withFacets}). {@code rank} is the event's
     * rank in the chronology; {@code entities} give actors' kinds and countries.
     */
    static Document event(Event e, String rank, Map<String, Entity> entities) throws IOException {
        Document doc = new Document();
        doc.add(new StoredField(ORDER, rank));
        doc.add(new StringField(KIND, Kind.EVENT.label(), Field.Store.YES));
        doc.add(new StoredField(ID, "e:" + e.id()));
        doc.add(new StringField(EVENT, e.id(), Field.Store.YES));
        doc.add(new StringField(TYPE, e.type().label(), Field.Store.YES));
        doc.add(new StringField(STATUS, e.status().label(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(DIM_TYPE, e.type().label()));
        doc.add(new SortedSetDocValuesFacetField(DIM_STATUS, e.status().label()));
        date(doc, e.date());
        text(doc, e.label(), Field.Store.YES);
        for (Mention m : e.mentions()) {
            text(doc, m.text(), Field.Store.NO);
            doc.add(new StringField(MENTION, mentionKey(m.article(), m.start()), Field.Store.NO));
            doc.add(new StoredField(MENTION_ARTICLE, m.article()));
            doc.add(new StoredField(MENTION_START, m.start()));
            doc.add(new StoredField(MENTION_END, m.end()));
            doc.add(new StoredField(MENTION_TEXT, m.text()));
        }
        if (!e.mentions().isEmpty()) {
            Mention first = e.mentions().get(0);
            doc.add(new StoredField(ARTICLE, first.article()));
            offsets(doc, first.start(), first.end());
        }
        for (Actor a : e.actors()) {
            doc.add(new TextField(ACTOR, a.name(), Field.Store.NO));
            actorStored(doc, a, entities);
            doc.add(new SortedSetDocValuesFacetField(DIM_ACTOR, a.name()));
        }
        for (String place : e.places()) {
            doc.add(new TextField(PLACE, place, Field.Store.YES));
        }
        return doc;
    }

    /**
     * A 64-bit hash of everything {@link #event} makes an event's document from: equal fingerprints
     * mean the same document, so a re-ingest compares fingerprints and builds documents only for
     * the events that changed. The schema version is hashed too, though a new version rebuilds the
     * index anyway. Add to it whatever {@link #event} comes to read.
     */
    static long fingerprint(Event e, String rank, Map<String, Entity> entities) {
        Fingerprint f = new Fingerprint().add("event").add(Schema.VERSION).add(rank).add(e.id())
                .add(e.type().label()).add(e.status().label()).add(e.date()).add(e.label());
        f.add(e.mentions().size());
        for (Mention m : e.mentions()) {
            f.add(m.article()).add(m.start()).add(m.end()).add(m.text());
        }
        f.add(e.actors().size());
        for (Actor a : e.actors()) {
            f.add(a, entities);
        }
        f.add(e.places().size());
        for (String place : e.places()) {
            f.add(place);
        }
        return f.value();
    }

    /** As {@link #fingerprint(Event, String, Map)}, for what {@link #quote} makes a quote's document from. */
    static long fingerprint(Quote q, String rank, LocalDate published, Map<String, Entity> entities) {
        Fingerprint f = new Fingerprint().add("quote").add(Schema.VERSION).add(rank).add(q.article())
                .add(q.start()).add(q.end()).add(q.text()).add(q.eventId().orElse(null))
                .add(published.toEpochDay());
        if (q.speaker().isPresent()) {
            f.add(1).add(q.speaker().get(), entities);
        } else {
            f.add(0);
        }
        return f.value();
    }

    /** Adds a fingerprint to a document of {@link #event} or {@link #quote}, indexed and as a doc value. */
    static Document fingerprinted(Document doc, long fingerprint) {
        doc.add(new LongPoint(FINGERPRINT, fingerprint));
        doc.add(new NumericDocValuesField(FINGERPRINT, fingerprint));
        return doc;
    }

    /** FNV-1a over UTF-16 chars, each value closed by a separator no text holds. */
    private static final class Fingerprint {
        private long h = 0xcbf29ce484222325L;

        Fingerprint add(String s) {
            if (s == null) {
                return step(0xfffe);
            }
            for (int i = 0; i < s.length(); i++) {
                step(s.charAt(i));
            }
            return step(0xffff);
        }

        Fingerprint add(long n) {
            for (int shift = 0; shift < 64; shift += 16) {
                step((int) (n >>> shift) & 0xffff);
            }
            return step(0xffff);
        }

        Fingerprint add(DateSpan span) {
            add(span.precision().label());
            return span.isDated() ? add(span.start().toEpochDay()).add(span.end().toEpochDay()) : add((String) null);
        }

        /** An actor as {@link #actorStored} stores it, entity kind and country included. */
        Fingerprint add(Actor a, Map<String, Entity> entities) {
            add(a.entityId()).add(a.name()).add(a.role().orElse(""));
            Entity entity = entities.get(a.entityId());
            return add(entity == null ? "" : entity.kind().name()).add(entity == null ? "" : entity.country().orElse(""));
        }

        private Fingerprint step(int c) {
            h = (h ^ c) * 0x100000001b3L;
            return this;
        }

        /** FNV-1a alone: fingerprints are only ever compared for equality, never bucketed by their bits. */
        long value() {
            return h;
        }
    }

    /** A document of {@link #event} or {@link #quote} with its facets, ready to write. */
    static Document withFacets(Document doc) throws IOException {
        return FACETS.build(doc);
    }

    /** The key that finds the events a sentence of an article reports. */
    static String mentionKey(String article, int start) {
        return article + "#" + start;
    }

    private static void offsets(Document doc, int start, int end) {
        doc.add(new StoredField(START, start));
        doc.add(new StoredField(END, end));
    }

    private static void text(Document doc, String text, Field.Store store) {
        doc.add(new TextField(TEXT, text, store));
    }

    /** An actor's id, name and role, and what exports need of its entity: kind and country. */
    private static void actorStored(Document doc, Actor a, Map<String, Entity> entities) {
        doc.add(new StringField(ACTOR_ID, a.entityId(), Field.Store.YES));
        doc.add(new StoredField(ACTOR_NAME, a.name()));
        doc.add(new StoredField(ACTOR_ROLE, a.role().orElse("")));
        Entity entity = entities.get(a.entityId());
        doc.add(new StoredField(ACTOR_KIND, entity == null ? "" : entity.kind().name()));
        doc.add(new StoredField(ACTOR_COUNTRY, entity == null ? "" : entity.country().orElse("")));
    }

    private static void date(Document doc, DateSpan span) {
        stored(doc, span);
        doc.add(new NumericDocValuesField(DATE_SORT, span.isDated() ? span.start().toEpochDay() : Long.MAX_VALUE));
        if (!span.isDated()) {
            return;
        }
        long start = span.start().toEpochDay();
        long end = span.end().toEpochDay();
        doc.add(new LongPoint(DATE_START, start));
        doc.add(new LongPoint(DATE_END, end));
        doc.add(new SortedSetDocValuesFacetField(DIM_MONTH, month(span.start())));
    }

    /** A date span's stored fields: precision, first and last day. */
    private static void stored(Document doc, DateSpan span) {
        doc.add(new StoredField(PRECISION, span.precision().label()));
        if (span.isDated()) {
            doc.add(new StoredField(DATE_START, span.start().toEpochDay()));
            doc.add(new StoredField(DATE_END, span.end().toEpochDay()));
        }
    }

    /**
     * The indexed fields of one day (range points, sort value, month facet) as {@link #date} and
     * {@link FacetsConfig#build} would make them, built once for an article and all its passages:
     * a field may be added to several documents, and building facets document by document is
     * much of the cost of a passage.
     */
    static List<Field> dayFields(LocalDate day) {
        long epochDay = day.toEpochDay();
        return List.of(new NumericDocValuesField(DATE_SORT, epochDay), new LongPoint(DATE_START, epochDay),
                new LongPoint(DATE_END, epochDay), new SortedSetDocValuesField(
                        FACETS.getDimConfig(DIM_MONTH).indexFieldName,
                        new BytesRef(FacetsConfig.pathToString(DIM_MONTH, month(day)))));
    }

    private static String month(LocalDate day) {
        return day.toString().substring(0, 7);
    }
}
