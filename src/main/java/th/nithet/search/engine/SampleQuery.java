package th.nithet.search.engine;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * About one document in n, picked by a hash of its number in the index: a sample for estimating how
 * many documents a query matches, and their facet counts, without visiting them all. As a filter it
 * leads the search, so the expensive clauses (gram phrases) are checked on one document in n. Hashed
 * rather than every n-th document, so that a pattern in the order items were indexed in (types or areas
 * taking turns) cannot line up with the sample; and the same documents each time, so counts do not
 * flicker between two looks at the same page.
 */
final class SampleQuery extends Query {

    private final int n;

    SampleQuery(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        this.n = n;
    }

    /** Whether the document with this number in the whole index is in the sample. */
    boolean sampled(int doc) {
        return Integer.remainderUnsigned(mix(doc), n) == 0;
    }

    /** MurmurHash3's finalizer: neighbouring numbers end up far apart. */
    private static int mix(int k) {
        k ^= k >>> 16;
        k *= 0x85ebca6b;
        k ^= k >>> 13;
        k *= 0xc2b2ae35;
        k ^= k >>> 16;
        return k;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                return new ConstantScoreScorer(this, score(), scoreMode, iterator(context.docBase, context.reader().maxDoc()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return true;
            }
        };
    }

    private DocIdSetIterator iterator(int docBase, int maxDoc) {
        return new DocIdSetIterator() {
            private int doc = -1;

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                return doc == NO_MORE_DOCS ? doc : advance(doc + 1);
            }

            @Override
            public int advance(int target) {
                for (int d = target; d < maxDoc; d++) {
                    if (sampled(docBase + d)) {
                        return doc = d;
                    }
                }
                return doc = NO_MORE_DOCS;
            }

            @Override
            public long cost() {
                return maxDoc / n + 1;
            }
        };
    }

    @Override
    public String toString(String field) {
        return "sample of 1 in " + n;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((SampleQuery) other).n == n;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + n;
    }
}
