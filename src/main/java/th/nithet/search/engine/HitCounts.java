package th.nithet.search.engine;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

import java.io.IOException;

/** How many hits a search has: exact when that is cheap, otherwise estimated on a sample of the index. */
final class HitCounts {

    /**
     * Totals up to about this many hits are exact, when counting them is cheap ({@link #CHEAP_TO_COUNT}).
     * Past it, counting every hit (gram phrases checked in most of a million documents for a common word)
     * costs more than finding the best ten, so the total and the facet counts are estimated from a sample.
     */
    public static final int EXACT_UP_TO = 2_000;

    /** At most this many documents to look at (the leading clause's, all segments) for an exact count of a small result. */
    static final long CHEAP_TO_COUNT = 20_000;

    /** The sample looks at about this many documents, and at least one in 16, however large the index. */
    static final int SAMPLE_SIZE = 10_000;

    private HitCounts() {
    }

    /** How many hits, exactly or estimated; the hits (or the sample's) to count facets on, when wanted, and by how much to multiply. */
    record Count(long total, boolean exact, FacetsCollector facets, int scale) {
    }

    /**
     * Counts on a sample of the index first ({@link SampleQuery}: about {@link #SAMPLE_SIZE} documents, a
     * few milliseconds even when a common word is in most documents). All hits are counted only when
     * that says they are few and counting them is cheap; otherwise the total is the sample's, scaled up,
     * and never less than the {@code found} hits the top passes saw.
     */
    static Count count(IndexSearcher searcher, Query matches, boolean facets, long found) throws IOException {
        int every = Math.max(16, searcher.getIndexReader().maxDoc() / SAMPLE_SIZE);
        FacetsCollector sampled = facets ? searcher.search(sampled(matches, every), new FacetsCollectorManager()) : null;
        long hits = facets ? hitCount(sampled) : searcher.count(sampled(matches, every));
        long estimate = hits * every;
        if (estimate > EXACT_UP_TO || !cheapToCount(searcher, matches)) {
            return new Count(Math.max(found, roughly(estimate)), false, sampled, every);
        }
        if (facets) {
            FacetsCollector all = searcher.search(matches, new FacetsCollectorManager());
            return new Count(hitCount(all), true, all, 1);
        }
        return new Count(searcher.count(matches), true, null, 1);
    }

    private static Query sampled(Query matches, int every) {
        return new BooleanQuery.Builder()
                .add(matches, BooleanClause.Occur.FILTER)
                .add(new SampleQuery(every), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Whether Lucene would look at few documents to count every hit (the cost of the leading clause, all segments). */
    private static boolean cheapToCount(IndexSearcher searcher, Query matches) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(matches), ScoreMode.COMPLETE_NO_SCORES, 1);
        long cost = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            cost += supplier == null ? 0 : supplier.cost();
            if (cost > CHEAP_TO_COUNT) {
                return false;
            }
        }
        return true;
    }

    static long hitCount(FacetsCollector hits) {
        return hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    }

    /** An estimate to two significant digits (47,312 → 47,000): no more precise than it is. */
    static long roughly(long estimate) {
        if (estimate < 100) {
            return estimate;
        }
        long unit = 1;
        while (estimate / unit >= 100) {
            unit *= 10;
        }
        return Math.round((double) estimate / unit) * unit;
    }
}
