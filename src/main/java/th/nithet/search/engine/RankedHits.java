package th.nithet.search.engine;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The best hits by relevance, pass by pass, and a collection of the top that also feeds the facet counts. */
final class RankedHits {

    private RankedHits() {
    }

    /**
     * The best {@code wanted} hits by relevance, in up to three passes, each run only when those before
     * found too few, each leaving out what those before found and ranked below them:
     * <ol>
     *   <li>every typed word found as a word ({@link TypedParts.Parts#asWords}): only word postings are read, so
     *       Lucene skips what cannot make the top (block-max) without checking a gram phrase;</li>
     *   <li>at least one word matches, with "contains" as a filter (scores from the word clauses; the
     *       title counts most);</li>
     *   <li>the text only inside other words (นิเทศ in ศึกษานิเทศก์, a partly typed word), ranked by grams.</li>
     * </ol>
     */
    static TopDocs ranked(IndexSearcher searcher, SearchQuery q, TypedParts.Parts parts, int wanted, FacetsCollector seen)
            throws IOException {
        List<Query> passes = passes(parts);
        List<ScoreDoc> found = new ArrayList<>();
        float below = Float.MAX_VALUE;
        for (int pass = 0; pass < passes.size() && found.size() < wanted; pass++) {
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(passes.get(pass), BooleanClause.Occur.MUST);
            for (int before = 0; before < pass; before++) {
                query.add(passes.get(before), BooleanClause.Occur.MUST_NOT);
            }
            int more = wanted - found.size();
            TopDocs top = search(searcher, SearchFilters.filtered(q, query.build()), new TopScoreDocCollectorManager(more, null, more, false), seen);
            for (ScoreDoc d : top.scoreDocs) {
                // a later pass's scores are on another scale: kept from rising above the pass before
                below = Math.min(below, d.score);
                found.add(pass == 0 ? d : new ScoreDoc(d.doc, below));
            }
        }
        return new TopDocs(new TotalHits(found.size(), TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), found.toArray(ScoreDoc[]::new));
    }

    /** The ranking passes' queries, in order (text only: {@link SearchFilters#filtered} adds visibility and facets). */
    static List<Query> passes(TypedParts.Parts parts) {
        List<Query> passes = new ArrayList<>();
        if (parts.asWords() != null) {
            passes.add(parts.asWords());
        }
        if (parts.words() != null) {
            passes.add(new BooleanQuery.Builder()
                    .add(parts.words(), BooleanClause.Occur.MUST)
                    .add(parts.matches(), BooleanClause.Occur.FILTER)
                    .build());
        }
        passes.add(new BooleanQuery.Builder()
                .add(parts.grams(), BooleanClause.Occur.MUST)
                .add(parts.matches(), BooleanClause.Occur.FILTER)
                .build());
        return passes;
    }

    /** The top hits from {@code top}; every hit collected also goes into {@code seen}, when given. */
    static <C extends Collector> TopDocs search(IndexSearcher searcher, Query query,
                                                       CollectorManager<C, ? extends TopDocs> top, FacetsCollector seen) throws IOException {
        if (seen == null) {
            return searcher.search(query, top);
        }
        List<C> collectors = new ArrayList<>();
        return searcher.search(query, new CollectorManager<Collector, TopDocs>() {
            @Override
            public Collector newCollector() throws IOException {
                C inner = top.newCollector();
                collectors.add(inner);
                return new Collector() {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                        LeafCollector topLeaf = inner.getLeafCollector(context);
                        LeafCollector seenLeaf = seen.getLeafCollector(context);
                        return new FilterLeafCollector(topLeaf) {
                            @Override
                            public void collect(int doc) throws IOException {
                                in.collect(doc);
                                seenLeaf.collect(doc);
                            }

                            @Override
                            public DocIdSetIterator competitiveIterator() throws IOException {
                                return in.competitiveIterator();
                            }

                            @Override
                            public void finish() throws IOException {
                                in.finish();
                                seenLeaf.finish();
                            }
                        };
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        // the top's: it may skip hits once it has enough, and then this collection is not used
                        return inner.scoreMode();
                    }

                    @Override
                    public void setWeight(Weight weight) {
                        inner.setWeight(weight);
                    }
                };
            }

            @Override
            public TopDocs reduce(Collection<Collector> ignored) throws IOException {
                return top.reduce(collectors);
            }
        });
    }
}
