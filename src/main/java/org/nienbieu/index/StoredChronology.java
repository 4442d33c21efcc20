package org.nienbieu.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Entity;
import org.nienbieu.model.EntityKind;
import org.nienbieu.model.Event;
import org.nienbieu.model.EventStatus;
import org.nienbieu.model.EventType;
import org.nienbieu.model.Quote;
import org.nienbieu.model.Ranked;

/**
 * The chronology an ingest left in an index folder, read back from its last commit: every merged
 * event and quote in the order the merge gave them, and the entities that act in them (with the
 * kind and country exports need). Reading it costs a scan of stored fields, not an extraction, so
 * the window opens a corpus it has seen before without reading a single article. Read-only: it
 * never takes the write lock. {@code complete} is false when the last commit was made in the
 * middle of an ingest (its events may lag behind its articles).
 */
public record StoredChronology(int articles, List<Event> events, List<Quote> quotes, List<Entity> entities,
                               boolean complete) {

    private static final Set<String> EVENT_FIELDS = Set.of(Schema.ORDER, Schema.EVENT, Schema.TYPE, Schema.STATUS,
            Schema.TEXT, Schema.DATE_START, Schema.DATE_END, Schema.PRECISION, Schema.ACTOR_ID, Schema.ACTOR_NAME,
            Schema.ACTOR_ROLE, Schema.ACTOR_KIND, Schema.ACTOR_COUNTRY, Schema.PLACE, Schema.MENTION_ARTICLE,
            Schema.MENTION_START, Schema.MENTION_END, Schema.MENTION_TEXT);
    private static final Set<String> QUOTE_FIELDS = Set.of(Schema.ORDER, Schema.ARTICLE, Schema.START, Schema.END,
            Schema.TEXT, Schema.EVENT, Schema.ACTOR_ID, Schema.ACTOR_NAME, Schema.ACTOR_ROLE, Schema.ACTOR_KIND,
            Schema.ACTOR_COUNTRY);

    public StoredChronology {
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
    }

    /**
     * Reads the last commit of the index in {@code indexDir}.
     *
     * @throws IndexMissingException when there is no committed index of this schema there
     */
    public static StoredChronology read(Path indexDir) throws IOException {
        Path luceneDir = indexDir.resolve(Schema.folderName(Schema.VERSION));
        if (!Files.isDirectory(luceneDir)) {
            throw new IndexMissingException(indexDir);
        }
        try (Directory directory = FSDirectory.open(luceneDir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            boolean complete = Boolean.parseBoolean(
                    reader.getIndexCommit().getUserData().getOrDefault(Schema.COMMIT_EVENTS_CURRENT, "false"));
            List<Ranked<Event>> events = new ArrayList<>();
            List<Ranked<Quote>> quotes = new ArrayList<>();
            Map<String, Entity> entities = new LinkedHashMap<>();
            int articles = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                StoredFields stored = r.storedFields();
                articles += count(r, Schema.Kind.ARTICLE);
                for (int doc : docs(r, Schema.Kind.EVENT)) {
                    Document d = stored.document(doc, EVENT_FIELDS);
                    remember(d, entities);
                    Event e = new Event(d.get(Schema.EVENT), EventType.fromLabel(d.get(Schema.TYPE)),
                            EventStatus.fromLabel(d.get(Schema.STATUS)), StoredValues.date(d), StoredValues.actors(d),
                            List.of(d.getValues(Schema.PLACE)), d.get(Schema.TEXT), StoredValues.mentions(d));
                    events.add(new Ranked<>(d.get(Schema.ORDER), e));
                }
                for (int doc : docs(r, Schema.Kind.QUOTE)) {
                    Document d = stored.document(doc, QUOTE_FIELDS);
                    remember(d, entities);
                    List<Actor> speaker = StoredValues.actors(d);
                    Quote q = new Quote(d.get(Schema.ARTICLE), StoredValues.intField(d, Schema.START),
                            StoredValues.intField(d, Schema.END), d.get(Schema.TEXT),
                            speaker.isEmpty() ? Optional.empty() : Optional.of(speaker.get(0)),
                            Optional.ofNullable(d.get(Schema.EVENT)));
                    quotes.add(new Ranked<>(d.get(Schema.ORDER), q));
                }
            }
            // Merges may reorder segments: the stored rank restores the merge's order.
            events.sort(Comparator.comparing(Ranked::rank));
            quotes.sort(Comparator.comparing(Ranked::rank));
            return new StoredChronology(articles, events.stream().map(Ranked::item).toList(),
                    quotes.stream().map(Ranked::item).toList(), List.copyOf(entities.values()), complete);
        } catch (IndexNotFoundException e) {
            throw new IndexMissingException(indexDir);
        }
    }

    /** The entity of each actor stored on a document, as far as the document tells it. */
    private static void remember(Document d, Map<String, Entity> entities) {
        String[] ids = d.getValues(Schema.ACTOR_ID);
        String[] names = d.getValues(Schema.ACTOR_NAME);
        String[] kinds = d.getValues(Schema.ACTOR_KIND);
        String[] countries = d.getValues(Schema.ACTOR_COUNTRY);
        for (int i = 0; i < Math.min(ids.length, Math.min(names.length, Math.min(kinds.length, countries.length))); i++) {
            if (kinds[i].isEmpty() || entities.containsKey(ids[i])) {
                continue;
            }
            entities.put(ids[i], new Entity(ids[i], names[i], EntityKind.valueOf(kinds[i]),
                    countries[i].isEmpty() ? Optional.empty() : Optional.of(countries[i]), List.of(names[i])));
        }
    }

    private static int count(LeafReader r, Schema.Kind kind) throws IOException {
        return docs(r, kind).length;
    }

    /** The live documents of one kind in a segment. */
    private static int[] docs(LeafReader r, Schema.Kind kind) throws IOException {
        PostingsEnum postings = r.postings(new Term(Schema.KIND, kind.label()), PostingsEnum.NONE);
        if (postings == null) {
            return new int[0];
        }
        Bits live = r.getLiveDocs();
        int[] out = new int[16];
        int n = 0;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = doc;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
