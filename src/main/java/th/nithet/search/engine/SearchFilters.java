package th.nithet.search.engine;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import java.time.Instant;

/** What every search, suggestion and "similar" keeps to: what the viewer may see, what is published by now, the chosen facets. */
final class SearchFilters {

    private SearchFilters() {
    }

    /** {@code text} (its scores kept) among what the viewer may see and what is published, in the chosen facets. */
    static Query filtered(SearchQuery q, Query text) {
        return drillDown(q, new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(readable(q.visibilities(), q.now()), BooleanClause.Occur.FILTER)
                .build());
    }

    /** Items with one of these visibilities (or reader keys, {@link SearchDocument#readers}) published by {@code now}. */
    static Query readable(java.util.Set<String> visibilities, Instant now) {
        return new BooleanQuery.Builder()
                .add(new TermInSetQuery("visibility", visibilities.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery("published", Long.MIN_VALUE, now.toEpochMilli()), BooleanClause.Occur.FILTER)
                .build();
    }

    static Query drillDown(SearchQuery q, Query base) {
        DrillDownQuery drill = new DrillDownQuery(SearchDocuments.FACETS, base);
        if (q.types() != null) {
            q.types().forEach(t -> drill.add("type", t));
        }
        if (q.learningArea() != null) {
            drill.add("area", q.learningArea());
        }
        if (q.category() != null) {
            drill.add("category", q.category());
        }
        if (q.year() != null) {
            drill.add("year", q.year().toString());
        }
        if (q.author() != null) {
            drill.add("author", q.author());
        }
        return drill;
    }
}
