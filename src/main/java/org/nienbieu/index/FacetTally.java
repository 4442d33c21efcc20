package org.nienbieu.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * Counts the facet values and the number of the documents a search visits, segment by segment
 * while the search runs, on as many threads as the search. Lucene's {@code FacetsCollector} first
 * gathers the matches of every segment into bit sets and counts them afterwards on one thread;
 * over a million matches that second pass is a good part of a faceted search. The counts and their
 * order are Lucene's ({@code SortedSetDocValuesFacetCounts}): most frequent first, ties in the
 * order of the values, which {@code FacetTallyTest} checks against it.
 */
final class FacetTally implements CollectorManager<FacetTally.SliceCounter, FacetTally.Counts> {

    private final SortedSetDocValuesReaderState state;
    private final OrdinalMap ordinals;

    /** {@code state} must belong to the reader that is searched. */
    FacetTally(SortedSetDocValuesReaderState state) throws IOException {
        this.state = state;
        SortedSetDocValues all = state.getDocValues();
        this.ordinals = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    }

    @Override
    public SliceCounter newCollector() {
        return new SliceCounter();
    }

    @Override
    public Counts reduce(Collection<SliceCounter> slices) {
        int[] counts = new int[state.getSize()];
        long hits = 0;
        for (SliceCounter s : slices) {
            hits += s.hits;
            for (int i = 0; i < counts.length; i++) {
                counts[i] += s.counts[i];
            }
        }
        return new Counts(state, counts, hits);
    }

    /** One slice's counts, by global ordinal of the facet field. */
    final class SliceCounter implements Collector {

        private final int[] counts = new int[state.getSize()];
        private long hits;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), state.getField());
            LongValues toGlobal = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(context.ord);
            int[] segment = new int[Math.toIntExact(values.getValueCount())];
            return new LeafCollector() {
                private long segmentHits;

                @Override
                public void setScorer(Scorable scorer) {
                    // counts only
                }

                @Override
                public void collect(int doc) throws IOException {
                    segmentHits++;
                    if (values.advanceExact(doc)) {
                        for (int i = values.docValueCount(); i > 0; i--) {
                            segment[(int) values.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() {
                    hits += segmentHits;
                    for (int ord = 0; ord < segment.length; ord++) {
                        if (segment[ord] != 0) {
                            counts[(int) toGlobal.get(ord)] += segment[ord];
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The counts of one search: how many documents it matched and how many had each facet value. */
    static final class Counts {

        private final SortedSetDocValuesReaderState state;
        private final int[] counts;
        private final long hits;

        Counts(SortedSetDocValuesReaderState state, int[] counts, long hits) {
            this.state = state;
            this.counts = counts;
            this.hits = hits;
        }

        long hits() {
            return hits;
        }

        /** The {@code n} most frequent values of {@code dim}, ties in value order; empty for an unknown dimension. */
        List<FacetCount> top(String dim, int n) throws IOException {
            List<FacetCount> all = all(dim);
            List<Integer> order = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                order.add(i);
            }
            // all() is in value order, so a stable sort by count keeps ties in value order.
            order.sort(Comparator.comparingLong(i -> -all.get(i).count()));
            List<FacetCount> top = new ArrayList<>(Math.min(n, order.size()));
            for (int i = 0; i < Math.min(n, order.size()); i++) {
                top.add(all.get(order.get(i)));
            }
            return top;
        }

        /** Every value of {@code dim} that was counted, in value order; empty for an unknown dimension. */
        List<FacetCount> all(String dim) throws IOException {
            SortedSetDocValuesReaderState.OrdRange range;
            try {
                range = state.getOrdRange(dim);
            } catch (IllegalArgumentException e) {
                range = null;
            }
            List<FacetCount> out = new ArrayList<>();
            if (range == null) {
                return out;
            }
            SortedSetDocValues labels = state.getDocValues();
            for (int ord = range.start; ord <= range.end; ord++) {
                if (counts[ord] > 0) {
                    BytesRef term = labels.lookupOrd(ord);
                    String[] path = FacetsConfig.stringToPath(term.utf8ToString());
                    out.add(new FacetCount(path[path.length - 1], counts[ord]));
                }
            }
            return out;
        }
    }
}
