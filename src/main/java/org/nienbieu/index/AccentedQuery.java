package org.nienbieu.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Impact;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.ImpactsSource;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.ImpactsDISI;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MaxScoreCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;

/**
 * A word or phrase typed with accents, as one query: it matches where its folded terms stand in
 * order, and scores that match plus, where the exact terms stand there too, their match boosted.
 * That is what "exact phrase (boosted) or folded phrase" matches and scores, to the bit: the index
 * puts a syllable's folded term at its exact term's position, so every exact match is a folded
 * one, and each part is scored by the searcher's similarity with the statistics Lucene's term and
 * phrase queries use. It differs in cost: it walks the folded terms' postings once and reads the
 * exact ones only for a document it scores, and its score bounds for skipping come from the
 * folded terms' impacts alone. Lucene's disjunction bounds each phrase apart and can hardly skip
 * (docs/decisions/0011).
 */
final class AccentedQuery extends Query {

    private final String field;
    private final Term[] exact;
    private final Term[] folded;
    private final float exactBoost;

    /**
     * {@code exact} and {@code folded} are the same syllables, one term each, in order and in one
     * field; {@code exactBoost} multiplies the exact form's score.
     */
    AccentedQuery(List<Term> exact, List<Term> folded, float exactBoost) {
        if (exact.isEmpty() || exact.size() != folded.size()) {
            throw new IllegalArgumentException("exact and folded terms must be as many and at least one, got "
                    + exact + " and " + folded);
        }
        this.field = folded.get(0).field();
        for (Term t : exact) {
            requireField(t);
        }
        for (Term t : folded) {
            requireField(t);
        }
        this.exact = exact.toArray(Term[]::new);
        this.folded = folded.toArray(Term[]::new);
        this.exactBoost = exactBoost;
    }

    private void requireField(Term t) {
        if (!t.field().equals(field)) {
            throw new IllegalArgumentException("all terms must be of field " + field + ", got " + t);
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        TermStates[] foldedStates = states(searcher, folded, scoreMode.needsScores());
        TermStates[] exactStates = scoreMode.needsScores() ? states(searcher, exact, true) : null;
        SimScorer foldedSim = null;
        SimScorer exactSim = null;
        if (scoreMode.needsScores()) {
            CollectionStatistics collection = searcher.collectionStatistics(field);
            if (collection != null) {
                foldedSim = simScorer(searcher, collection, folded, foldedStates, boost);
                exactSim = simScorer(searcher, collection, exact, exactStates, boost * exactBoost);
            }
        }
        return new AccentedWeight(this, scoreMode, foldedStates, exactStates, foldedSim, exactSim);
    }

    private static TermStates[] states(IndexSearcher searcher, Term[] terms, boolean needsStats) throws IOException {
        TermStates[] states = new TermStates[terms.length];
        for (int i = 0; i < terms.length; i++) {
            states[i] = TermStates.build(searcher, terms[i], needsStats);
        }
        return states;
    }

    /**
     * The scorer Lucene's own query would use: a term query's for one term, a phrase query's
     * (statistics of the terms the index holds) for several; none when the index holds none of them.
     */
    private static SimScorer simScorer(IndexSearcher searcher, CollectionStatistics collection, Term[] terms,
                                       TermStates[] states, float boost) throws IOException {
        List<TermStatistics> stats = new ArrayList<>(terms.length);
        for (int i = 0; i < terms.length; i++) {
            if (states[i].docFreq() > 0) {
                stats.add(searcher.termStatistics(terms[i], states[i].docFreq(), states[i].totalTermFreq()));
            }
        }
        return stats.isEmpty() ? null
                : searcher.getSimilarity().scorer(boost, collection, stats.toArray(TermStatistics[]::new));
    }

    private final class AccentedWeight extends Weight {

        private final ScoreMode scoreMode;
        private final TermStates[] foldedStates;
        private final TermStates[] exactStates;
        private final SimScorer foldedSim;
        private final SimScorer exactSim;

        AccentedWeight(Query query, ScoreMode scoreMode, TermStates[] foldedStates, TermStates[] exactStates,
                       SimScorer foldedSim, SimScorer exactSim) {
            super(query);
            this.scoreMode = scoreMode;
            this.foldedStates = foldedStates;
            this.exactStates = exactStates;
            this.foldedSim = foldedSim;
            this.exactSim = exactSim;
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            Terms terms = context.reader().terms(field);
            if (terms == null) {
                return null;
            }
            boolean phrase = folded.length > 1;
            int flags = phrase ? PostingsEnum.POSITIONS : PostingsEnum.FREQS;
            boolean topScores = scoreMode == ScoreMode.TOP_SCORES && foldedSim != null;
            PostingsEnum[] foldedPostings = new PostingsEnum[folded.length];
            ImpactsEnum[] impacts = topScores ? new ImpactsEnum[folded.length] : null;
            for (int i = 0; i < folded.length; i++) {
                TermsEnum te = seek(terms, folded[i], foldedStates[i], context);
                if (te == null) {
                    return null;
                }
                if (topScores) {
                    impacts[i] = te.impacts(flags);
                    foldedPostings[i] = impacts[i];
                } else {
                    // A phrase needs positions to match at all; a word needs its frequency only to score.
                    foldedPostings[i] = te.postings(null, phrase || scoreMode.needsScores() ? flags : PostingsEnum.NONE);
                }
            }
            NumericDocValues norms = scoreMode.needsScores() ? context.reader().getNormValues(field) : null;
            return new AccentedScorer(this, foldedPostings, impacts, exactPostings(terms, context, flags), norms,
                    foldedSim, exactSim, phrase);
        }

        /** The exact terms' postings in this segment, or null when it lacks one of them or scores are not wanted. */
        private PostingsEnum[] exactPostings(Terms terms, LeafReaderContext context, int flags) throws IOException {
            if (exactSim == null) {
                return null;
            }
            PostingsEnum[] postings = new PostingsEnum[exact.length];
            for (int i = 0; i < exact.length; i++) {
                TermsEnum te = seek(terms, exact[i], exactStates[i], context);
                if (te == null) {
                    return null;
                }
                postings[i] = te.postings(null, flags);
            }
            return postings;
        }

        private TermsEnum seek(Terms terms, Term term, TermStates states, LeafReaderContext context)
                throws IOException {
            TermState state = states.get(context);
            if (state == null) {
                return null;
            }
            TermsEnum te = terms.iterator();
            te.seekExact(term.bytes(), state);
            return te;
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Scorer scorer = scorer(context);
            if (scorer instanceof AccentedScorer s && s.iterator().advance(doc) == doc) {
                return s.explain();
            }
            return Explanation.noMatch("no folded " + (folded.length > 1 ? "phrase" : "term") + " " + AccentedQuery.this);
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return true;
        }
    }

    /**
     * Walks the folded postings (through their impacts when only the best hits are wanted); a
     * phrase's folded positions are checked in the second phase, the exact postings advanced only
     * for a document that is scored.
     */
    private static final class AccentedScorer extends Scorer {

        private final PostingsEnum[] foldedPostings;
        private final PostingsEnum[] exactPostings;
        private final NumericDocValues norms;
        private final SimScorer foldedSim;
        private final SimScorer exactSim;
        private final DocIdSetIterator approximation;
        private final TwoPhaseIterator twoPhase;
        private final ImpactsDISI impactsDisi;
        private final MaxScoreCache maxScores;
        /** The most a document may score, by frequency and norm; null unless only the best hits are wanted. */
        private final SimScorer bound;
        private float minCompetitive;
        private final int[] left;
        private final int[] at;
        /** The folded phrase's frequency in the current document, counted when it was matched. */
        private int foldedFreq;
        /** Positions are read once per document, so its score is kept for a second call. */
        private int scoredDoc = -1;
        private float score;

        AccentedScorer(Weight weight, PostingsEnum[] foldedPostings, ImpactsEnum[] impacts, PostingsEnum[] exactPostings,
                       NumericDocValues norms, SimScorer foldedSim, SimScorer exactSim, boolean positions) {
            super(weight);
            this.foldedPostings = foldedPostings;
            this.exactPostings = exactPostings;
            this.norms = norms;
            this.foldedSim = foldedSim;
            this.exactSim = exactSim;
            this.left = new int[foldedPostings.length];
            this.at = new int[foldedPostings.length];
            DocIdSetIterator docs = foldedPostings.length == 1 ? foldedPostings[0]
                    : ConjunctionUtils.intersectIterators(Arrays.asList(foldedPostings));
            bound = impacts == null ? null : new SumScorer(foldedSim, exactSim);
            if (impacts != null) {
                maxScores = new MaxScoreCache(new PhraseImpacts(impacts), bound);
                impactsDisi = new ImpactsDISI(docs, maxScores);
                docs = impactsDisi;
            } else {
                maxScores = null;
                impactsDisi = null;
            }
            approximation = docs;
            twoPhase = positions ? new TwoPhaseIterator(approximation) {
                @Override
                public boolean matches() throws IOException {
                    if (minCompetitive > 0 && bound.score(leastFreq(), norm(docID())) < minCompetitive) {
                        // Cannot make the best hits even if every occurrence were the phrase's: no need to read positions.
                        return false;
                    }
                    foldedFreq = phraseFreq(AccentedScorer.this.foldedPostings);
                    // Nor when the phrase itself falls short: then the exact postings are not read either.
                    return foldedFreq > 0
                            && (minCompetitive == 0 || bound.score(foldedFreq, norm(docID())) >= minCompetitive);
                }

                @Override
                public float matchCost() {
                    return AccentedScorer.this.foldedPostings.length * 8f;
                }
            } : null;
        }

        private int leastFreq() throws IOException {
            int least = Integer.MAX_VALUE;
            for (PostingsEnum p : foldedPostings) {
                least = Math.min(least, p.freq());
            }
            return least;
        }

        /**
         * How often the terms stand one after another in the current document: the positions of
         * the first term where each next term follows, as Lucene's exact phrase matcher counts.
         */
        private int phraseFreq(PostingsEnum[] postings) throws IOException {
            int n = postings.length;
            for (int i = 0; i < n; i++) {
                left[i] = postings[i].freq();
                at[i] = -1;
            }
            int count = 0;
            lead:
            while (left[0] > 0) {
                left[0]--;
                int start = postings[0].nextPosition();
                for (int i = 1; i < n; i++) {
                    int want = start + i;
                    while (at[i] < want) {
                        if (left[i] == 0) {
                            break lead;
                        }
                        left[i]--;
                        at[i] = postings[i].nextPosition();
                    }
                    if (at[i] != want) {
                        continue lead;
                    }
                }
                count++;
            }
            return count;
        }

        @Override
        public int docID() {
            return approximation.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return twoPhase == null ? approximation : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public float score() throws IOException {
            int doc = docID();
            if (doc != scoredDoc) {
                score = computeScore(doc);
                scoredDoc = doc;
            }
            return score;
        }

        private float computeScore(int doc) throws IOException {
            long norm = norm(doc);
            int freq = twoPhase == null ? foldedPostings[0].freq() : foldedFreq;
            float score = foldedSim.score(freq, norm);
            int exactFreq = exactFreq(doc);
            // A float sum of the two parts, as Lucene's Boolean scorers give it for two clauses.
            return exactFreq == 0 ? score : score + exactSim.score(exactFreq, norm);
        }

        private long norm(int doc) throws IOException {
            // As LeafSimScorer reads it.
            if (norms == null) {
                return 1L;
            }
            return norms.advanceExact(doc) ? norms.longValue() : 0L;
        }

        private int exactFreq(int doc) throws IOException {
            if (exactPostings == null) {
                return 0;
            }
            for (PostingsEnum p : exactPostings) {
                int d = p.docID();
                if (d < doc) {
                    d = p.advance(doc);
                }
                if (d != doc) {
                    return 0;
                }
            }
            return exactPostings.length == 1 ? exactPostings[0].freq() : phraseFreq(exactPostings);
        }

        Explanation explain() throws IOException {
            int doc = docID();
            int freq = twoPhase == null ? foldedPostings[0].freq() : foldedFreq;
            long norm = norm(doc);
            Explanation f = foldedSim.explain(Explanation.match(freq, "folded freq"), norm);
            int exactFreq = exactFreq(doc);
            float sum = exactFreq == 0 ? foldedSim.score(freq, norm) : foldedSim.score(freq, norm)
                    + exactSim.score(exactFreq, norm);
            if (exactFreq == 0) {
                return Explanation.match(sum, "folded form only", f);
            }
            Explanation e = exactSim.explain(Explanation.match(exactFreq, "exact freq"), norm);
            return Explanation.match(sum, "sum of folded and exact forms", f, e);
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return maxScores == null ? DocIdSetIterator.NO_MORE_DOCS : maxScores.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return maxScores == null ? Float.POSITIVE_INFINITY : maxScores.getMaxScore(upTo);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) {
            minCompetitive = minScore;
            if (impactsDisi != null) {
                impactsDisi.setMinCompetitiveScore(minScore);
            }
        }
    }

    /**
     * The most a document can score at a frequency and norm: the folded part plus the exact one at
     * the same frequency (an exact phrase never stands more often than its folded one).
     */
    private static final class SumScorer extends SimScorer {

        private final SimScorer folded;
        private final SimScorer exact;

        SumScorer(SimScorer folded, SimScorer exact) {
            this.folded = folded;
            this.exact = exact;
        }

        @Override
        public float score(float freq, long norm) {
            float score = folded.score(freq, norm);
            return exact == null ? score : score + exact.score(freq, norm);
        }
    }

    /**
     * A phrase's impacts from its terms' impacts: at each norm, a document holds the phrase at
     * most as often as the least of what each term reaches at that norm or a shorter one. One term
     * gives its own; a term without impacts for a level is left out, which only loosens the bound.
     */
    private static final class PhraseImpacts implements ImpactsSource {

        private final ImpactsEnum[] terms;
        private final int lead;

        PhraseImpacts(ImpactsEnum[] terms) {
            this.terms = terms;
            int cheapest = 0;
            for (int i = 1; i < terms.length; i++) {
                if (terms[i].cost() < terms[cheapest].cost()) {
                    cheapest = i;
                }
            }
            this.lead = cheapest;
        }

        @Override
        public void advanceShallow(int target) throws IOException {
            for (ImpactsEnum t : terms) {
                t.advanceShallow(target);
            }
        }

        @Override
        public Impacts getImpacts() throws IOException {
            Impacts[] all = new Impacts[terms.length];
            for (int i = 0; i < terms.length; i++) {
                all[i] = terms[i].getImpacts();
            }
            if (all.length == 1) {
                return all[0];
            }
            Impacts leading = all[lead];
            return new Impacts() {
                @Override
                public int numLevels() {
                    return leading.numLevels();
                }

                @Override
                public int getDocIdUpTo(int level) {
                    return leading.getDocIdUpTo(level);
                }

                @Override
                public List<Impact> getImpacts(int level) {
                    return merge(all, leading.getDocIdUpTo(level));
                }
            };
        }

        private static List<Impact> merge(Impacts[] all, int upTo) {
            List<List<Impact>> lists = new ArrayList<>(all.length);
            for (Impacts impacts : all) {
                for (int level = 0; level < impacts.numLevels(); level++) {
                    if (impacts.getDocIdUpTo(level) >= upTo) {
                        List<Impact> list = impacts.getImpacts(level);
                        if (!(list.get(0).freq == Integer.MAX_VALUE && list.get(0).norm == 1L)) {
                            lists.add(list);
                        }
                        break;
                    }
                }
            }
            if (lists.isEmpty()) {
                return List.of(new Impact(Integer.MAX_VALUE, 1L));
            }
            if (lists.size() == 1) {
                return lists.get(0);
            }
            // Each list is ascending in frequency and in norm (unsigned): walk them together, norm by
            // norm, keeping per term the highest frequency it reaches at that norm or below.
            int k = lists.size();
            int[] at = new int[k];
            int[] reached = new int[k];
            List<Impact> merged = new ArrayList<>();
            while (true) {
                long norm = 0;
                boolean any = false;
                for (int i = 0; i < k; i++) {
                    if (at[i] < lists.get(i).size()) {
                        long n = lists.get(i).get(at[i]).norm;
                        if (!any || Long.compareUnsigned(n, norm) < 0) {
                            norm = n;
                            any = true;
                        }
                    }
                }
                if (!any) {
                    return merged;
                }
                int freq = Integer.MAX_VALUE;
                for (int i = 0; i < k; i++) {
                    List<Impact> list = lists.get(i);
                    while (at[i] < list.size() && Long.compareUnsigned(list.get(at[i]).norm, norm) <= 0) {
                        reached[i] = list.get(at[i]).freq;
                        at[i]++;
                    }
                    freq = Math.min(freq, reached[i]);
                }
                if (freq > 0) {
                    merged.add(new Impact(freq, norm));
                }
            }
        }
    }

    @Override
    public String toString(String f) {
        StringBuilder b = new StringBuilder(field.equals(f) ? "" : field + ":").append("accented(\"");
        for (int i = 0; i < exact.length; i++) {
            b.append(i == 0 ? "" : " ").append(exact[i].text());
        }
        b.append("\"^").append(exactBoost).append(" over \"");
        for (int i = 0; i < folded.length; i++) {
            b.append(i == 0 ? "" : " ").append(folded[i].text());
        }
        return b.append("\")").toString();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.getSubVisitor(Occur.MUST, this).consumeTerms(this, folded);
            visitor.getSubVisitor(Occur.SHOULD, this).consumeTerms(this, exact);
        }
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(exact, ((AccentedQuery) other).exact)
                && Arrays.equals(folded, ((AccentedQuery) other).folded)
                && exactBoost == ((AccentedQuery) other).exactBoost;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), Arrays.hashCode(exact), Arrays.hashCode(folded), exactBoost);
    }
}
