package org.nienbieu.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.nienbieu.model.Entity;
import org.nienbieu.model.Event;
import org.nienbieu.model.Quote;
import org.nienbieu.model.Ranked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writing side of one index folder: the one {@link IndexWriter} of the folder (Lucene's
 * {@code write.lock} keeps a second writer out, in this process or another), the file stamps and
 * stored extraction blobs an incremental ingest needs, and the commit. Nothing is visible to
 * searchers, or survives a crash, before {@link #commit}: a killed ingest leaves the last commit.
 * Thread-safe: articles may be put from several threads.
 */
public final class IndexStore implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);
    private static final Set<String> BLOB_FIELDS = Set.of(Schema.ARTICLE, Schema.DATE_START, Schema.BLOB);

    /** Whether a commit leaves the event and quote documents in step with the articles. */
    public enum Commit { ARTICLES_ONLY, COMPLETE }

    private static final String LABEL_PREFIX = "label.";

    private final Path indexDir;
    private final Directory directory;
    private final IndexWriter writer;
    private final boolean eventsCurrent;
    /** The caller's own labels of the last commit, and what the next commit will carry. */
    private final Map<String, String> labels = new java.util.TreeMap<>();
    private final int version;

    private IndexStore(Path indexDir, Directory directory, IndexWriter writer, boolean eventsCurrent, int version) {
        this.version = version;
        this.indexDir = indexDir;
        this.directory = directory;
        this.writer = writer;
        this.eventsCurrent = eventsCurrent;
    }

    /**
     * Opens the index folder for writing, creating it when needed; an index of another schema
     * version (or one Lucene cannot read) is rebuilt from scratch.
     *
     * @throws IndexLockedException when another writer holds the folder
     */
    public static IndexStore openWritable(Path indexDir) throws IOException {
        return openWritable(indexDir, Schema.VERSION);
    }

    /** As {@link #openWritable(Path)}, for a given schema version (tests of the rebuild). */
    static IndexStore openWritable(Path indexDir, int version) throws IOException {
        return openWritable(indexDir, version, FSDirectory::open);
    }

    /** As {@link #openWritable(Path, int)}, on the Directory {@code opener} gives (tests of a full or read-only disk). */
    static IndexStore openWritable(Path indexDir, int version, DirectoryOpener opener) throws IOException {
        Path luceneDir = indexDir.resolve(Schema.folderName(version));
        Files.createDirectories(luceneDir);
        Directory directory = opener.open(luceneDir);
        IndexWriter writer;
        try {
            writer = newWriter(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(indexDir, e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            LOG.warn("index at {} is unreadable ({}); rebuilding it", luceneDir, e.toString());
            writer = newWriter(directory, IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        Map<String, String> data = commitData(writer);
        boolean eventsCurrent = true;
        if (!data.isEmpty() && !String.valueOf(version).equals(data.get(Schema.COMMIT_SCHEMA))) {
            LOG.info("index at {} has schema {}, this build writes {}: rebuilding", luceneDir,
                    data.get(Schema.COMMIT_SCHEMA), version);
            writer.deleteAll();
        } else if (!data.isEmpty()) {
            eventsCurrent = Boolean.parseBoolean(data.getOrDefault(Schema.COMMIT_EVENTS_CURRENT, "false"));
        }
        removeOtherSchemas(indexDir, version);
        IndexStore store = new IndexStore(indexDir, directory, writer, eventsCurrent, version);
        data.forEach((k, v) -> {
            if (k.startsWith(LABEL_PREFIX)) {
                store.labels.put(k.substring(LABEL_PREFIX.length()), v);
            }
        });
        return store;
    }

    /** Opens the Lucene Directory of an index folder: {@link FSDirectory#open(Path)} but in tests. */
    @FunctionalInterface
    interface DirectoryOpener {
        Directory open(Path luceneDir) throws IOException;
    }

    private static IndexWriter newWriter(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
                .setOpenMode(mode)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(96);
        return new IndexWriter(directory, config);
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private static void removeOtherSchemas(Path indexDir, int version) {
        try (Stream<Path> children = Files.list(indexDir)) {
            for (Path old : children.filter(p -> p.getFileName().toString().startsWith("schema-")
                    && !p.getFileName().toString().equals(Schema.folderName(version))).toList()) {
                LOG.info("removing index of another schema at {}", old);
                try (Stream<Path> walk = Files.walk(old)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("could not remove old index folders in {}: {}", indexDir, e.toString());
        }
    }

    public Path indexDir() {
        return indexDir;
    }

    /**
     * False when the last commit was made in the middle of an ingest (articles written, events not
     * yet merged again): the next ingest must merge events even if no file changed.
     */
    public boolean eventsCurrent() {
        return eventsCurrent;
    }

    /** The stamp of every indexed article file, by name, as the writer sees it now. */
    public Map<String, FileStamp> fileStamps() throws IOException {
        Map<String, FileStamp> stamps = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues names = leaf.reader().getSortedDocValues(Schema.ARTICLE_SORT);
                if (names == null) {
                    continue;
                }
                NumericDocValues sizes = leaf.reader().getNumericDocValues(Schema.SIZE);
                NumericDocValues times = leaf.reader().getNumericDocValues(Schema.MODIFIED);
                BinaryDocValues hashes = leaf.reader().getBinaryDocValues(Schema.HASH);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = names.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = names.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    sizes.advanceExact(doc);
                    times.advanceExact(doc);
                    hashes.advanceExact(doc);
                    stamps.put(names.lookupOrd(names.ordValue()).utf8ToString(),
                            new FileStamp(sizes.longValue(), times.longValue(), hashes.binaryValue().utf8ToString()));
                }
            }
        }
        return stamps;
    }

    /**
     * The stored articles as the writer sees them now, to be looked up by name from any thread
     * while the ingest goes on writing: later puts and removals do not show in it. Close it after.
     */
    public StoredArticles storedArticles() throws IOException {
        DirectoryReader reader = DirectoryReader.open(writer);
        try {
            Map<String, Integer> docs = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues names = leaf.reader().getSortedDocValues(Schema.ARTICLE_SORT);
                if (names == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = names.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = names.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        docs.put(names.lookupOrd(names.ordValue()).utf8ToString(), leaf.docBase + doc);
                    }
                }
            }
            return new StoredArticles(reader, docs);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** A point-in-time view of the stored articles of an index, by name; thread-safe. */
    public static final class StoredArticles implements Closeable {

        private final DirectoryReader reader;
        private final Map<String, Integer> docs;

        private StoredArticles(DirectoryReader reader, Map<String, Integer> docs) {
            this.reader = reader;
            this.docs = docs;
        }

        /** The stored article of that name with its extraction blob, if the view holds one. */
        public Optional<StoredArticle> get(String name) throws IOException {
            Integer doc = docs.get(name);
            if (doc == null) {
                return Optional.empty();
            }
            // A leaf's StoredFields is not thread-safe, and cheap to make: one per lookup.
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Document stored = leaf.reader().storedFields().document(doc - leaf.docBase, BLOB_FIELDS);
            LocalDate published = LocalDate.ofEpochDay(stored.getField(Schema.DATE_START).numericValue().longValue());
            return Optional.of(new StoredArticle(name, published, stored.get(Schema.BLOB)));
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** Adds an article and its passages, replacing whatever the index held for that file. */
    public void putArticle(IndexedArticle article) throws IOException {
        writer.updateDocuments(new Term(Schema.OWNER, article.name()), Documents.article(article));
    }

    /** Removes the article document and passages of a file. */
    public void removeArticle(String name) throws IOException {
        writer.deleteDocuments(new Term(Schema.OWNER, name));
    }

    /**
     * Replaces every event and quote document: events are merged across articles, so any change
     * of any article may change them all. {@code published} gives each quote's article date;
     * {@code entities} (by id) the kind and country of each actor, stored so the chronology can be
     * read back from the index ({@link StoredChronology}) without extracting again. Ranks are the
     * lists' order.
     */
    public void replaceEventsAndQuotes(List<Event> events, List<Quote> quotes, Map<String, LocalDate> published,
                                       Map<String, Entity> entities) throws IOException {
        replaceEventsAndQuotes(inListOrder(events), inListOrder(quotes), published, entities);
    }

    private static <T> Iterator<Ranked<T>> inListOrder(List<T> items) {
        Iterator<T> it = items.iterator();
        int[] n = {0};
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Ranked<T> next() {
                return new Ranked<>(String.format("%010d", n[0]++), it.next());
            }
        };
    }

    /**
     * As {@link #replaceEventsAndQuotes(List, List, Map, Map)}, taking the events, then the quotes,
     * one at a time as the iterators give them: a corpus's events need never be held whole, here
     * or by the caller. A document the index already holds exactly (same fingerprint, computed
     * from the event or quote before any document is built) is kept as it is, and those no longer
     * given are deleted: a merge after a small change builds and writes little.
     *
     * @return how many documents were written; the others were kept
     */
    public int replaceEventsAndQuotes(Iterator<Ranked<Event>> events, Iterator<Ranked<Quote>> quotes,
                                      Map<String, LocalDate> published, Map<String, Entity> entities)
            throws IOException {
        Fingerprints held = heldFingerprints();
        List<Document> docs = new ArrayList<>(1024);
        int written = 0;
        while (events.hasNext()) {
            Ranked<Event> e = events.next();
            long fingerprint = Documents.fingerprint(e.item(), e.rank(), entities);
            if (!held.keep(fingerprint)) {
                add(Documents.fingerprinted(Documents.event(e.item(), e.rank(), entities), fingerprint), docs);
                written++;
            }
        }
        while (quotes.hasNext()) {
            Ranked<Quote> q = quotes.next();
            LocalDate date = published.get(q.item().article());
            if (date == null) {
                LOG.warn("quote of unknown article {} skipped", q.item().article());
                continue;
            }
            long fingerprint = Documents.fingerprint(q.item(), q.rank(), date, entities);
            if (!held.keep(fingerprint)) {
                add(Documents.fingerprinted(Documents.quote(q.item(), q.rank(), date, entities), fingerprint), docs);
                written++;
            }
        }
        writer.addDocuments(docs);
        long[] gone = held.unkept();
        if (gone.length > 0) {
            writer.deleteDocuments(LongPoint.newSetQuery(Schema.FINGERPRINT, gone));
        }
        LOG.debug("events and quotes: {} written, {} kept, {} deleted", written, held.kept(), gone.length);
        return written;
    }

    /** Adds a document to the batch, with its facets; writes the batch when full. */
    private void add(Document doc, List<Document> docs) throws IOException {
        docs.add(Documents.withFacets(doc));
        if (docs.size() == 1024) {
            writer.addDocuments(docs);
            docs.clear();
        }
    }

    /**
     * The fingerprints of the event and quote documents the index holds now. A fingerprint held by
     * several documents (which a correct merge never writes) is deleted at once, to be written anew.
     */
    private Fingerprints heldFingerprints() throws IOException {
        long[] values = new long[1024];
        int n = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues fingerprints = leaf.reader().getNumericDocValues(Schema.FINGERPRINT);
                if (fingerprints == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = fingerprints.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = fingerprints.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        if (n == values.length) {
                            values = Arrays.copyOf(values, n * 2);
                        }
                        values[n++] = fingerprints.longValue();
                    }
                }
            }
        }
        Arrays.sort(values, 0, n);
        long[] unique = new long[n];
        long[] repeated = new long[n];
        int u = 0;
        int r = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && values[j] == values[i]) {
                j++;
            }
            if (j - i == 1) {
                unique[u++] = values[i];
            } else {
                repeated[r++] = values[i];
            }
            i = j;
        }
        if (r > 0) {
            LOG.warn("{} event or quote documents were held twice; writing them again", r);
            writer.deleteDocuments(LongPoint.newSetQuery(Schema.FINGERPRINT, Arrays.copyOf(repeated, r)));
        }
        return new Fingerprints(Arrays.copyOf(unique, u));
    }

    /** Sorted distinct fingerprints of held documents, and which of them a merge gave again. */
    private static final class Fingerprints {
        private final long[] values;
        private final BitSet kept;

        Fingerprints(long[] values) {
            this.values = values;
            this.kept = new BitSet(values.length);
        }

        /** Whether a document of that fingerprint is held: it then stays as it is. */
        boolean keep(long fingerprint) {
            int i = Arrays.binarySearch(values, fingerprint);
            if (i < 0 || kept.get(i)) {
                return false;
            }
            kept.set(i);
            return true;
        }

        int kept() {
            return kept.cardinality();
        }

        long[] unkept() {
            long[] out = new long[values.length - kept.cardinality()];
            int n = 0;
            for (int i = kept.nextClearBit(0); i < values.length; i = kept.nextClearBit(i + 1)) {
                out[n++] = values[i];
            }
            return out;
        }
    }

    /** Makes everything written so far durable and visible to searchers, in one atomic step. */
    public void commit(Commit state) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(Schema.COMMIT_SCHEMA, String.valueOf(version));
        data.put(Schema.COMMIT_EVENTS_CURRENT, String.valueOf(state == Commit.COMPLETE));
        labels.forEach((k, v) -> data.put(LABEL_PREFIX + k, v));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /** A label the last commit carries ({@link #label(String, String)}); empty when none. */
    public Optional<String> label(String key) {
        return Optional.ofNullable(labels.get(key));
    }

    /** Sets (or, with null, removes) a label the next commits carry, e.g. the version of what wrote them. */
    public void label(String key, String value) {
        if (value == null) {
            labels.remove(key);
        } else {
            labels.put(key, value);
        }
    }

    /** Number of live documents as the writer sees them (committed or not). */
    public int documentCount() {
        return writer.getDocStats().numDocs;
    }

    /** Closes the writer, dropping anything not committed. */
    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
