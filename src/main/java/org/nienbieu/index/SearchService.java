package org.nienbieu.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.ArrayUtil;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.SearcherFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nienbieu.model.Actor;
import org.nienbieu.model.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches one index folder, read-only: it never takes the write lock, so it works while another
 * process (or an {@link IndexStore} in this one) writes, and sees each new commit about a second
 * after it (the first search a second after the last look opens it in the background; {@link
 * #refresh()} opens it at once). One {@link SearcherManager}; every search acquires a searcher and
 * releases it in {@code finally}. Thread-safe: the UI may search from any thread.
 *
 * <p>Fast on large indexes (docs/decisions/0008, 0011): each search runs on the calling thread,
 * over the segments richest in events first ({@link SearchOrder}); facets and the exact total are
 * counted in their own pass over the matching documents, unscored and through the cheapest form of
 * the query ({@link UserQuery#matching()}), while the best hits come from a pass that may skip what
 * cannot make the top; the facet state of a new commit is built once, in the background, when the
 * commit is opened.
 */
public final class SearchService implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    private static final int COUNT_THRESHOLD = 10_000;
    private static final int ARTICLE_TEXT_CHARS = 300;
    private static final int FRAGMENT_CHARS = 240;
    private static final long REFRESH_NANOS = 1_000_000_000L;
    private static final Set<String> HIT_FIELDS = Set.of(Schema.KIND, Schema.ID, Schema.ARTICLE, Schema.START,
            Schema.END, Schema.TEXT, Schema.DATE_START, Schema.DATE_END, Schema.PRECISION, Schema.TYPE,
            Schema.STATUS, Schema.EVENT, Schema.ACTOR_ID, Schema.ACTOR_NAME, Schema.ACTOR_ROLE, Schema.PLACE,
            Schema.MENTION_ARTICLE, Schema.MENTION_START, Schema.MENTION_END, Schema.MENTION_TEXT);
    private static final List<String> DIMENSIONS = List.of(Schema.DIM_TYPE, Schema.DIM_STATUS, Schema.DIM_ACTOR,
            Schema.DIM_MONTH);
    private static final int TOP_FACET_VALUES = 20;
    private static final int EVENTS_PER_PASSAGE = 10;
    private static final Set<String> EVENT_FIELD = Set.of(Schema.EVENT);
    private static final Sort BY_DATE = new Sort(new SortField(Schema.DATE_SORT, SortField.Type.LONG), SortField.FIELD_SCORE);

    private final Directory directory;
    private final ExecutorService pool;
    private final SearcherManager manager;
    private volatile long lastRefresh = System.nanoTime();

    private SearchService(Directory directory, ExecutorService pool) throws IOException {
        this.directory = directory;
        this.pool = pool;
        this.manager = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new FacetedSearcher(reader, pool);
            }
        });
    }

    /**
     * A searcher over one commit that also holds that commit's facet state, started on the pool
     * when the commit is opened so that neither opening nor the first faceted search pays for it.
     * Its searches run their slices one after the other on the calling thread, in search order: on
     * two cores a second thread made the 99th percentile worse, not better (docs/decisions/0011).
     */
    private static final class FacetedSearcher extends IndexSearcher {

        private final CompletableFuture<Optional<SortedSetDocValuesReaderState>> facets;

        FacetedSearcher(IndexReader reader, ExecutorService background) {
            super(reader, Runnable::run);
            facets = CompletableFuture.supplyAsync(() -> facetState(reader), background);
        }

        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            return SearchOrder.slices(leaves);
        }

        Optional<SortedSetDocValuesReaderState> facets() throws IOException {
            try {
                return facets.join();
            } catch (CompletionException e) {
                throw new IOException("facet state of the index", e.getCause());
            }
        }

        private static Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) {
            try {
                return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig()));
            } catch (IllegalArgumentException | IOException e) {
                LOG.debug("no facets in this index: {}", e.toString());
                return Optional.empty();
            }
        }
    }

    /** One thread for what a search should not wait for: a new commit's facet state, looking for a new commit. */
    private static ExecutorService newPool() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "search-background");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the last commit of the index in {@code indexDir} for searching.
     *
     * @throws IndexMissingException when there is no committed index of this schema there
     */
    public static SearchService open(Path indexDir) throws IOException {
        Path luceneDir = indexDir.resolve(Schema.folderName(Schema.VERSION));
        if (!Files.isDirectory(luceneDir)) {
            throw new IndexMissingException(indexDir);
        }
        Directory directory = FSDirectory.open(luceneDir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexMissingException(indexDir);
            }
            ExecutorService pool = newPool();
            try {
                return new SearchService(directory, pool);
            } catch (IOException | RuntimeException e) {
                pool.shutdownNow();
                throw e;
            }
        } catch (IndexNotFoundException e) {
            directory.close();
            throw new IndexMissingException(indexDir);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Picks up the latest commit now rather than within the next second. */
    public void refresh() throws IOException {
        manager.maybeRefresh();
        lastRefresh = System.nanoTime();
    }

    /**
     * Looks for a new commit in the background at most once a second: opening it (and building its
     * facet state) never holds up a search, which answers from the commit it has meanwhile.
     */
    private void refreshInBackground() {
        long now = System.nanoTime();
        if (now - lastRefresh <= REFRESH_NANOS) {
            return;
        }
        lastRefresh = now;
        try {
            pool.execute(() -> {
                try {
                    manager.maybeRefresh();
                } catch (IOException | RuntimeException e) {
                    LOG.warn("could not open the index's latest commit: {}", e.toString(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("closed, not refreshing: {}", e.toString());
        }
    }

    /** Runs a search; never fails on what the user typed. */
    public SearchResult search(SearchRequest request) throws IOException {
        refreshInBackground();
        UserQuery parsed = UserQuery.parse(request.query());
        Query query = withFilters(parsed.query(), request);
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        try {
            int n = Math.max(1, request.limit());
            Sort sort = request.order() == SearchRequest.Order.DATE ? BY_DATE : null;
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            long total;
            boolean exact;
            TopDocs top;
            if (request.facets() == SearchRequest.Facets.COUNT) {
                // Counting visits every match anyway, so it gives the exact total; it needs no scores,
                // and the best hits then need not be scored all: see decisions/0007.
                Query counted = new ConstantScoreQuery(withFilters(parsed.matching(), request));
                Optional<SortedSetDocValuesReaderState> state = searcher.facets();
                if (state.isPresent()) {
                    FacetTally.Counts counts = searcher.search(counted, new FacetTally(state.get()));
                    total = counts.hits();
                    facets(counts, facets);
                } else {
                    total = searcher.count(counted);
                }
                exact = true;
                if (sort == null) {
                    top = searcher.search(query, new TopScoreDocCollectorManager(n, null, n));
                } else {
                    top = searcher.search(query, new TopFieldCollectorManager(sort, n, null, n));
                    TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
                }
            } else {
                top = sort == null ? searcher.search(query, new TopScoreDocCollectorManager(n, null, COUNT_THRESHOLD))
                        : searcher.search(query, n, sort, true);
                total = top.totalHits.value;
                exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            }
            List<SearchHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = 0; i < Math.min(docs.length, request.limit()); i++) {
                hits.add(hit(searcher, stored, StoredValues.hit(searcher, stored, docs[i].doc, HIT_FIELDS), docs[i].score,
                        parsed));
            }
            return new SearchResult(total, exact, hits, facets);
        } finally {
            manager.release(searcher);
        }
    }

    /**
     * The ids of every document the request matches, unranked and without the result limit: what a
     * filter needs (an export of all events matching a query), where {@link #search} is for reading.
     */
    public Set<String> matchingIds(SearchRequest request) throws IOException {
        refreshInBackground();
        Query query = new ConstantScoreQuery(withFilters(UserQuery.parse(request.query()).matching(), request));
        IndexSearcher searcher = manager.acquire();
        try {
            Set<String> ids = new LinkedHashSet<>();
            StoredFields stored = searcher.storedFields();
            Set<String> idField = Set.of(Schema.ID);
            // Not a top-n search sized to the whole index: that held a queue of maxDoc hits per segment slice.
            for (int doc : searcher.search(query, new AllDocs())) {
                String id = stored.document(doc, idField).get(Schema.ID);
                if (id != null) {
                    ids.add(id);
                }
            }
            return ids;
        } finally {
            manager.release(searcher);
        }
    }

    /** Every matching document, in index order. */
    private static final class AllDocs implements CollectorManager<AllDocs.Slice, int[]> {

        static final class Slice extends SimpleCollector {
            private int[] docs = new int[64];
            private int size;
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                if (size == docs.length) {
                    docs = ArrayUtil.grow(docs, size + 1);
                }
                docs[size++] = base + doc;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }

        @Override
        public Slice newCollector() {
            return new Slice();
        }

        @Override
        public int[] reduce(Collection<Slice> slices) {
            int[] all = new int[slices.stream().mapToInt(s -> s.size).sum()];
            int at = 0;
            for (Slice s : slices) {
                System.arraycopy(s.docs, 0, all, at, s.size);
                at += s.size;
            }
            Arrays.sort(all);
            return all;
        }
    }

    private static Query withFilters(Query query, SearchRequest r) {
        if (r.kind().isEmpty() && r.from().isEmpty() && r.to().isEmpty() && r.type().isEmpty() && r.actor().isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        r.kind().ifPresent(k -> b.add(new TermQuery(new Term(Schema.KIND, k.label())), Occur.FILTER));
        if (r.from().isPresent() || r.to().isPresent()) {
            long from = r.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            long to = r.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            b.add(LongPoint.newRangeQuery(Schema.DATE_START, Long.MIN_VALUE, to), Occur.FILTER);
            b.add(LongPoint.newRangeQuery(Schema.DATE_END, from, Long.MAX_VALUE), Occur.FILTER);
        }
        r.type().ifPresent(t -> b.add(new TermQuery(new Term(Schema.TYPE,
                FilterWords.type(t).orElse(t.toLowerCase(java.util.Locale.ROOT)))), Occur.FILTER));
        r.actor().ifPresent(a -> {
            Query actor = UserQuery.nameQuery(Schema.ACTOR, a);
            Query speaker = UserQuery.nameQuery(Schema.SPEAKER, a);
            if (actor == null) {
                return;
            }
            b.add(new BooleanQuery.Builder().add(actor, Occur.SHOULD).add(speaker, Occur.SHOULD).build(), Occur.FILTER);
        });
        return b.build();
    }

    private static void facets(FacetTally.Counts counts, Map<String, List<FacetCount>> out) throws IOException {
        for (String dim : DIMENSIONS) {
            List<FacetCount> values;
            if (dim.equals(Schema.DIM_MONTH)) {
                values = counts.all(dim);
                values.sort(Comparator.comparing(FacetCount::value));
            } else {
                values = counts.top(dim, TOP_FACET_VALUES);
            }
            out.put(dim, values);
        }
    }

    private SearchHit hit(IndexSearcher searcher, StoredFields stored, Document doc, float score, UserQuery parsed)
            throws IOException {
        Schema.Kind kind = Schema.Kind.fromLabel(doc.get(Schema.KIND));
        String text = doc.get(Schema.TEXT);
        String shown = kind == Schema.Kind.ARTICLE && text.length() > ARTICLE_TEXT_CHARS
                ? text.substring(0, ARTICLE_TEXT_CHARS) + "…" : text;
        String article = Optional.ofNullable(doc.get(Schema.ARTICLE)).orElse("");
        int start = StoredValues.intField(doc, Schema.START);
        int end = StoredValues.intField(doc, Schema.END);
        List<Actor> actors = StoredValues.actors(doc);
        List<Mention> mentions = StoredValues.mentions(doc);
        List<String> events = new ArrayList<>();
        Optional<Actor> speaker = Optional.empty();
        if (kind == Schema.Kind.QUOTE) {
            Optional.ofNullable(doc.get(Schema.EVENT)).ifPresent(events::add);
            speaker = actors.isEmpty() ? Optional.empty() : Optional.of(actors.get(0));
            actors = List.of();
        } else if (kind == Schema.Kind.PASSAGE) {
            events.addAll(eventsAt(searcher, stored, article, start));
        }
        return new SearchHit(kind, doc.get(Schema.ID), article, start, end, shown, score, StoredValues.date(doc),
                Highlighter.highlight(text, parsed.highlightTerms(), FRAGMENT_CHARS),
                Optional.ofNullable(doc.get(Schema.TYPE)), Optional.ofNullable(doc.get(Schema.STATUS)),
                actors, speaker, events, List.of(doc.getValues(Schema.PLACE)), mentions);
    }

    /**
     * Ids of the events that have a mention starting where this sentence starts: the first
     * {@link #EVENTS_PER_PASSAGE} in index order, as a search for the mention term ranks them (its
     * field has no norms or frequencies, so their scores tie). Looked up segment by segment: a
     * search per passage hit cost a weight, a collector per slice and a merge for a document or two.
     */
    private static List<String> eventsAt(IndexSearcher searcher, StoredFields stored, String article, int start)
            throws IOException {
        BytesRef key = new BytesRef(Documents.mentionKey(article, start));
        List<String> ids = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(Schema.MENTION);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(key)) {
                continue;
            }
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live == null || live.get(d)) {
                    ids.add(stored.document(leaf.docBase + d, EVENT_FIELD).get(Schema.EVENT));
                    if (ids.size() == EVENTS_PER_PASSAGE) {
                        return ids;
                    }
                }
            }
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            pool.shutdown();
            directory.close();
        }
    }
}
