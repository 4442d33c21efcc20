package org.nienbieu.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher.LeafSlice;

/**
 * The order in which a search visits the index's segments: those richest in event documents
 * first. An event's text is its label and every sentence that mentions it, so the words of a
 * query stand in it more often than in any passage, and events are most of the best hits. Found
 * first, they raise the score a document must beat early, and Lucene then skips most of the
 * passages' blocks. Only the work changes: the hits and their order are the same in any order of
 * segments (docs/decisions/0011).
 */
final class SearchOrder {

    /** As Lucene's own slicing: a slice is a task on the search pool. */
    private static final int MAX_DOCS_PER_SLICE = 250_000;
    private static final int MAX_SEGMENTS_PER_SLICE = 5;

    private SearchOrder() {
    }

    /**
     * Slices of the segments in search order. A segment with events is a slice of its own, since a
     * slice visits its segments in index order; the others are grouped as Lucene groups them.
     */
    static LeafSlice[] slices(List<LeafReaderContext> leaves) {
        List<LeafReaderContext> order = new ArrayList<>(leaves);
        double[] share = new double[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            share[leaf.ord] = eventShare(leaf);
        }
        order.sort(Comparator.comparingDouble((LeafReaderContext l) -> -share[l.ord]));
        List<LeafSlice> slices = new ArrayList<>();
        List<LeafReaderContext> current = new ArrayList<>();
        long docs = 0;
        for (LeafReaderContext leaf : order) {
            if (!current.isEmpty() && (share[leaf.ord] > 0 || share[current.get(0).ord] > 0
                    || docs + leaf.reader().maxDoc() > MAX_DOCS_PER_SLICE || current.size() == MAX_SEGMENTS_PER_SLICE)) {
                slices.add(new LeafSlice(current));
                current = new ArrayList<>();
                docs = 0;
            }
            current.add(leaf);
            docs += leaf.reader().maxDoc();
        }
        if (!current.isEmpty()) {
            slices.add(new LeafSlice(current));
        }
        return slices.toArray(LeafSlice[]::new);
    }

    private static double eventShare(LeafReaderContext leaf) {
        try {
            int maxDoc = leaf.reader().maxDoc();
            return maxDoc == 0 ? 0 : leaf.reader().docFreq(new Term(Schema.KIND, Schema.Kind.EVENT.label())) / (double) maxDoc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
