package th.nithet.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search index itself, plain Lucene (no server needed: tests and benchmarks use it directly).
 * Each item is one document with its text twice — as words and as grams (see {@link ThaiAnalysis}) —
 * plus what results show and filter on. A typed term must occur in the item (a phrase of its grams
 * in title, body or attachments); word matches make the score, so that Lucene can skip what cannot
 * make the top. Large totals and facet counts are estimated on a sample. Thread-safe.
 */
public final class SearchEngine implements Closeable {

    /** Raised when the document layout changes: an index with another number is rebuilt. */
    public static final String SCHEMA = "2";
    public static final String SCHEMA_KEY = "nithet.schema";
    static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    private static final FieldType WORDS_WITH_OFFSETS = textType(true);
    private static final FieldType GRAMS = textType(false);

    /**
     * Title, body, attachments and their names as grams, one field, positions only: "contains" is one
     * phrase per typed part here instead of one in each field (half the time to count a large result).
     * The per-field gram fields stay for ranking by field and for marking snippets (they keep offsets).
     */
    static final String TEXT_GRAMS = "text_g";
    private static final FieldType TEXT = textPositionsType();
    private static final int SNIPPET_CHARS = 220;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer words = ThaiAnalysis.words();
    private final Analyzer grams = ThaiAnalysis.grams();
    private final Respelling respelling = new Respelling(words, grams);
    private volatile StateCache state;

    private record StateCache(DirectoryReader reader, SortedSetDocValuesReaderState state) {
    }

    public SearchEngine(Directory directory) throws IOException {
        this.directory = directory;
        Map<String, Analyzer> perField = new HashMap<>();
        for (String field : List.of("title_g", "body_g", "files_g", TEXT_GRAMS)) {
            perField.put(field, grams);
        }
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(words, perField))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    private static FieldType textPositionsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    // ---- writing ----

    /** Adds the item, or replaces what the index had for it. */
    public void put(SearchDocument d) throws IOException {
        writer.updateDocuments(new Term("key", d.key()), List.of(FACETS.build(document(d))));
    }

    private static Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField("key", d.key(), Field.Store.YES));
        doc.add(new StringField("type", d.type(), Field.Store.YES));
        doc.add(new StoredField("id", d.id()));
        doc.add(new StringField("visibility", d.visibility(), Field.Store.NO));
        // people it is open to beyond its visibility: searches bring their own keys among the visibilities
        for (String reader : d.readers()) {
            doc.add(new StringField("visibility", reader, Field.Store.NO));
        }
        doc.add(new Field("title", d.title(), WORDS_WITH_OFFSETS));
        doc.add(new Field("title_g", d.title(), GRAMS));
        doc.add(new Field(TEXT_GRAMS, d.title(), TEXT));
        String body = d.body() == null ? "" : d.body();
        doc.add(new Field("body", body, WORDS_WITH_OFFSETS));
        doc.add(new Field("body_g", body, GRAMS));
        doc.add(new Field(TEXT_GRAMS, body, TEXT));
        for (SearchDocument.File file : d.files()) {
            doc.add(new StoredField("file_name", file.name()));
            String text = file.text() == null ? "" : file.text();
            doc.add(new Field("files", text, WORDS_WITH_OFFSETS));
            doc.add(new Field("files_g", text, GRAMS));
            doc.add(new Field("files_g", file.name(), GRAMS));
            doc.add(new Field(TEXT_GRAMS, text, TEXT));
            doc.add(new Field(TEXT_GRAMS, file.name(), TEXT));
        }
        long published = d.publishAt() == null ? 0 : d.publishAt().toEpochMilli();
        doc.add(new LongPoint("published", published));
        doc.add(new NumericDocValuesField("published", published));
        doc.add(new StoredField("published", published));
        doc.add(new NumericDocValuesField("views", d.views()));
        doc.add(new StoredField("views", d.views()));
        doc.add(new NumericDocValuesField("stamp", d.stamp()));
        doc.add(new StoredField("path", d.path()));
        doc.add(new StoredField("author_name", d.authorName() == null ? "" : d.authorName()));
        doc.add(new StoredField("author", d.authorUsername() == null ? "" : d.authorUsername()));
        doc.add(new SortedSetDocValuesFacetField("type", d.type()));
        for (String area : d.learningAreas()) {
            doc.add(new SortedSetDocValuesFacetField("area", area));
            doc.add(new StoredField("area", area));
        }
        if (d.category() != null && !d.category().isBlank()) {
            doc.add(new SortedSetDocValuesFacetField("category", d.category()));
            doc.add(new StoredField("category", d.category()));
        }
        if (d.publishAt() != null) {
            doc.add(new SortedSetDocValuesFacetField("year",
                    Integer.toString(ThaiBuddhistDate.from(d.publishAt().atZone(ZONE).toLocalDate()).get(ChronoField.YEAR))));
        }
        if (d.authorUsername() != null) {
            doc.add(new SortedSetDocValuesFacetField("author", d.authorUsername()));
        }
        return doc;
    }

    public void delete(String key) throws IOException {
        writer.deleteDocuments(new Term("key", key));
    }

    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** The view count shown and sorted on, without re-indexing the item. */
    public void updateViews(String key, long views) throws IOException {
        writer.updateNumericDocValue(new Term("key", key), "views", views);
    }

    /** The short forms respellings use from now on: the shipped list and the office's ({@link ShortForms}). */
    public void useShortForms(ShortForms forms) {
        respelling.useShortForms(forms);
    }

    /** Makes what was written visible to searches (near real time; not yet durable). */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes what was written durable, with {@code data} (schema, last rebuild) in the commit. */
    public void commit(Map<String, String> data) throws IOException {
        Map<String, String> all = new HashMap<>(commitData());
        all.putAll(data);
        all.put(SCHEMA_KEY, SCHEMA);
        writer.setLiveCommitData(all.entrySet());
        writer.commit();
    }

    public Map<String, String> commitData() throws IOException {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Every indexed item's key and stamp, for reconciliation with the database. */
    public Map<String, Long> stamps() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, Long> stamps = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues("stamp");
                StoredFields stored = leaf.reader().storedFields();
                var live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    long stamp = values != null && values.advanceExact(doc) ? values.longValue() : 0;
                    stamps.put(stored.document(doc, Set.of("key")).get("key"), stamp);
                }
            }
            return stamps;
        } finally {
            searchers.release(searcher);
        }
    }

    public int documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Bytes the index takes on disk. */
    public long sizeBytes() {
        try {
            long size = 0;
            for (String file : directory.listAll()) {
                try {
                    size += directory.fileLength(file);
                } catch (IOException gone) {
                    // merged away meanwhile
                }
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- searching ----

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

    public SearchResult search(SearchQuery q) throws IOException {
        return search(q, false);
    }

    /**
     * The search; when what was typed finds fewer than {@link Respelling#FEW} items and {@code asTyped} is
     * false, the hits of what was meant instead ({@link Respelling}; what was typed first), marked as such.
     */
    public SearchResult search(SearchQuery q, boolean asTyped) throws IOException {
        return search(q, asTyped, true);
    }

    /** As above; {@code offerCorrection} false for the check of a "did you mean" (whose own correction is not wanted). */
    private SearchResult search(SearchQuery q, boolean asTyped, boolean offerCorrection) throws IOException {
        SearchQuery.Parsed parsed = SearchQuery.parse(q.text());
        IndexSearcher searcher = searchers.acquire();
        try {
            Parts parts = parts(parsed, searcher.getIndexReader());
            Query matches = matches(q, parts);
            int wanted = Math.max(1, Math.min(q.offset() + q.limit(), 10_000));
            // every hit the top passes see, for facet counts: all of them when the top was every hit
            FacetsCollector seen = q.facets() ? new FacetsCollector() : null;
            TopDocs top;
            if (q.order() == SearchQuery.Order.RELEVANCE && parts != null) {
                top = ranked(searcher, q, parts, wanted, seen);
            } else {
                Sort sort = q.order() == SearchQuery.Order.MOST_VIEWED
                        ? new Sort(new SortField("views", SortField.Type.LONG, true), new SortField("published", SortField.Type.LONG, true))
                        : new Sort(new SortField("published", SortField.Type.LONG, true));
                // the total is counted apart, so the top can stop early (published is also a point field)
                top = search(searcher, matches, new TopFieldCollectorManager(sort, wanted, null, wanted, false), seen);
            }
            Count count = top.scoreDocs.length < wanted
                    ? new Count(top.scoreDocs.length, true, seen, 1) // fewer than asked for: the top passes saw every hit
                    : count(searcher, matches, q.facets(), top.scoreDocs.length);
            // before the facets and highlights of what was typed, which a respelling would throw away
            if (count.total() < Respelling.FEW && !parsed.isEmpty() && !asTyped) {
                String meant = respelling.respell(parsed, searcher);
                if (meant != null) {
                    SearchResult instead = count.total() == 0 ? search(q.with(meant, q.offset(), q.limit(), q.facets()), true)
                            : alongside(q, meant);
                    if (instead.total() > count.total()) {
                        return instead.respelledAs(meant);
                    }
                }
            }
            Map<String, List<SearchResult.FacetValue>> facetCounts = count.facets() == null
                    ? Map.of() : facetCounts(searcher, count.facets(), count.scale());
            List<ScoreDoc> page = Arrays.asList(top.scoreDocs).subList(Math.min(q.offset(), top.scoreDocs.length), top.scoreDocs.length);
            List<SearchResult.Hit> hits = hits(searcher, parts == null ? null : parts.highlight(), parsed, page);
            String suggestion = offerCorrection && count.total() == 0 && !parsed.isEmpty() ? didYouMean(searcher, parsed, q) : null;
            return new SearchResult(count.total(), count.exact(), hits, facetCounts, !count.exact() && count.facets() != null, suggestion);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The few hits of what was typed, first, then those of what was meant: an exact match always ranks
     * above a respelled one. The facet counts are those of what was meant.
     */
    private SearchResult alongside(SearchQuery q, String meant) throws IOException {
        List<SearchResult.Hit> typed = search(q.with(q.text(), 0, Respelling.FEW, false), true).hits();
        SearchResult instead = search(q.with(meant, 0, q.offset() + q.limit() + typed.size(), q.facets()), true);
        Set<String> shown = new HashSet<>();
        List<SearchResult.Hit> merged = new ArrayList<>();
        for (SearchResult.Hit hit : typed) {
            if (shown.add(hit.type() + hit.id())) {
                merged.add(hit);
            }
        }
        int both = 0;
        for (SearchResult.Hit hit : instead.hits()) {
            if (shown.add(hit.type() + hit.id())) {
                merged.add(hit);
            } else {
                both++;
            }
        }
        List<SearchResult.Hit> page = merged.subList(Math.min(q.offset(), merged.size()), Math.min(q.offset() + q.limit(), merged.size()));
        return new SearchResult(typed.size() + instead.total() - both, instead.totalExact(), List.copyOf(page), instead.facets(),
                instead.facetsEstimated(), null);
    }

    /** The top hits from {@code top}; every hit collected also goes into {@code seen}, when given. */
    private static <C extends Collector> TopDocs search(IndexSearcher searcher, Query query,
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

    /** Every hit, no scores: the typed parts, what the viewer may see and what is published, the chosen facets. */
    private Query matches(SearchQuery q, Parts parts) {
        return filtered(q, new BooleanQuery.Builder()
                .add(parts == null ? new MatchAllDocsQuery() : parts.matches(), BooleanClause.Occur.FILTER).build());
    }

    /** {@code text} (its scores kept) among what the viewer may see and what is published, in the chosen facets. */
    private static Query filtered(SearchQuery q, Query text) {
        return drillDown(q, new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery("visibility", q.visibilities().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery("published", Long.MIN_VALUE, q.now().toEpochMilli()), BooleanClause.Occur.FILTER)
                .build());
    }

    private static final FacetsConfig FACETS = facetsConfig();

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("area", true);
        return config;
    }

    private static Query drillDown(SearchQuery q, Query base) {
        DrillDownQuery drill = new DrillDownQuery(FACETS, base);
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

    /** How many hits, exactly or estimated; the hits (or the sample's) to count facets on, when wanted, and by how much to multiply. */
    private record Count(long total, boolean exact, FacetsCollector facets, int scale) {
    }

    /**
     * Counts on a sample of the index first ({@link SampleQuery}: about {@link #SAMPLE_SIZE} documents, a
     * few milliseconds even when a common word is in most documents). All hits are counted only when
     * that says they are few and counting them is cheap; otherwise the total is the sample's, scaled up,
     * and never less than the {@code found} hits the top passes saw.
     */
    private static Count count(IndexSearcher searcher, Query matches, boolean facets, long found) throws IOException {
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

    private static long hitCount(FacetsCollector hits) {
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

    /**
     * The best {@code wanted} hits by relevance, in up to three passes, each run only when those before
     * found too few, each leaving out what those before found and ranked below them:
     * <ol>
     *   <li>every typed word found as a word ({@link Parts#asWords}): only word postings are read, so
     *       Lucene skips what cannot make the top (block-max) without checking a gram phrase;</li>
     *   <li>at least one word matches, with "contains" as a filter (scores from the word clauses; the
     *       title counts most);</li>
     *   <li>the text only inside other words (นิเทศ in ศึกษานิเทศก์, a partly typed word), ranked by grams.</li>
     * </ol>
     */
    private static TopDocs ranked(IndexSearcher searcher, SearchQuery q, Parts parts, int wanted, FacetsCollector seen)
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
            TopDocs top = search(searcher, filtered(q, query.build()), new TopScoreDocCollectorManager(more, null, more, false), seen);
            for (ScoreDoc d : top.scoreDocs) {
                // a later pass's scores are on another scale: kept from rising above the pass before
                below = Math.min(below, d.score);
                found.add(pass == 0 ? d : new ScoreDoc(d.doc, below));
            }
        }
        return new TopDocs(new TotalHits(found.size(), TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), found.toArray(ScoreDoc[]::new));
    }

    /** The ranking passes' queries, in order (text only: {@link #filtered} adds visibility and facets). */
    private static List<Query> passes(Parts parts) {
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

    /**
     * The typed text as queries: what every hit matches (each required part, no excluded one; no
     * scores), the first pass (every part found as words, when each has words), the word clauses and
     * gram phrases that rank the later passes, and all of them for highlighting.
     */
    private record Parts(Query matches, Query asWords, Query words, Query grams, Query highlight) {
    }

    /**
     * One typed part: what a hit must match for it; {@code asWords}, its word clauses in any field
     * (null when it has no words), which imply {@code matches} when {@code contained}; the share of
     * items that have its rarest word; and its ranking clauses.
     */
    private record Part(Query matches, Query asWords, boolean contained, double share, List<Query> words, List<Query> grams) {
    }

    /**
     * A word in more than this share of the items (การ, และ, ที่) does not rank when another typed part
     * is rarer, it only has to be there: it adds next to nothing to a score, yet scoring it in a
     * conjunction keeps Lucene from skipping anything (its best possible score is high in every block).
     * As Lucene's CommonTermsQuery does with high-frequency terms.
     */
    static final double COMMON = 0.1;

    /** Null when nothing searchable was typed. */
    Parts parts(SearchQuery.Parsed parsed, IndexReader reader) throws IOException {
        // an index of the layout before text_g, searched while it is rebuilt, has the text only field by field
        boolean textGrams = FieldInfos.getMergedFieldInfos(reader).fieldInfo(TEXT_GRAMS) != null;
        List<Part> required = new ArrayList<>();
        for (String typed : parsed.required()) {
            Part part = part(typed, reader, textGrams);
            if (part != null) {
                required.add(part);
            }
        }
        if (required.isEmpty()) {
            return null;
        }
        double rarest = required.stream().mapToDouble(Part::share).min().orElse(0);
        BooleanQuery.Builder matches = new BooleanQuery.Builder();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        BooleanQuery.Builder grams = new BooleanQuery.Builder();
        BooleanQuery.Builder asWords = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        boolean allAsWords = true;
        boolean rarestRanked = false;
        for (Part part : required) {
            // the rarest part always ranks (once, should two be as rare), the others unless they are common
            boolean ranks = part.share() == rarest && !rarestRanked || part.share() <= COMMON;
            rarestRanked |= part.share() == rarest;
            matches.add(part.matches(), BooleanClause.Occur.FILTER);
            part.words().forEach(w -> highlight.add(w, BooleanClause.Occur.SHOULD));
            part.grams().forEach(g -> highlight.add(g, BooleanClause.Occur.SHOULD));
            if (ranks) {
                part.words().forEach(w -> words.add(w, BooleanClause.Occur.SHOULD));
                part.grams().forEach(g -> grams.add(g, BooleanClause.Occur.SHOULD));
            }
            if (part.asWords() == null) {
                allAsWords = false;
            } else {
                asWords.add(part.asWords(), ranks ? BooleanClause.Occur.MUST : BooleanClause.Occur.FILTER);
                if (!part.contained()) {
                    asWords.add(part.matches(), BooleanClause.Occur.FILTER);
                }
            }
        }
        for (String typed : parsed.excluded()) {
            Part part = part(typed, reader, textGrams);
            if (part != null) {
                matches.add(part.matches(), BooleanClause.Occur.MUST_NOT);
                asWords.add(part.matches(), BooleanClause.Occur.MUST_NOT);
            }
        }
        BooleanQuery wordQuery = words.build();
        return new Parts(matches.build(), allAsWords ? asWords.build() : null, wordQuery.clauses().isEmpty() ? null : wordQuery,
                grams.build(), highlight.build());
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z]+");

    /**
     * One typed part. Its text must occur (a phrase of its grams in {@link #TEXT_GRAMS}: title, body or attachments),
     * except a plain English word, which may also occur in another form (teachers → teacher).
     * Word matches, and matches in the title, rank higher. A single character is looked for as a
     * word or at the start of a gram. Null when the part has nothing searchable.
     */
    private Part part(String part, IndexReader reader, boolean textGrams) throws IOException {
        String folded = ThaiAnalysis.fold(part).strip();
        boolean single = folded.codePointCount(0, folded.length()) < 2;
        QueryBuilder gramBuilder = new QueryBuilder(grams);
        QueryBuilder wordBuilder = new QueryBuilder(words);
        BooleanQuery.Builder contains = new BooleanQuery.Builder();
        List<Query> wordClauses = new ArrayList<>();
        List<Query> gramClauses = new ArrayList<>();
        BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
        Query inText = !textGrams ? null : single ? singleCharacter(TEXT_GRAMS, folded) : gramBuilder.createPhraseQuery(TEXT_GRAMS, part);
        if (inText != null) {
            contains.add(inText, BooleanClause.Occur.SHOULD);
        }
        String[][] fields = {{"title", "4"}, {"body", "1.5"}, {"files", "0.5"}};
        for (String[] field : fields) {
            float boost = Float.parseFloat(field[1]);
            Query gram = single ? singleCharacter(field[0] + "_g", folded) : gramBuilder.createPhraseQuery(field[0] + "_g", part);
            if (gram != null) {
                gramClauses.add(new BoostQuery(gram, boost));
                if (!textGrams) {
                    contains.add(gram, BooleanClause.Occur.SHOULD);
                }
            }
            Query word = wordBuilder.createPhraseQuery(field[0], part);
            if (word != null) {
                wordClauses.add(new BoostQuery(word, boost));
                (single ? contains : anyWord).add(word, BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery containsQuery = contains.build();
        if (containsQuery.clauses().isEmpty()) {
            return null;
        }
        Query matches = containsQuery;
        BooleanQuery anyWordQuery = anyWord.build();
        boolean plainWord = PLAIN_WORD.matcher(part).matches();
        if (plainWord && !anyWordQuery.clauses().isEmpty()) {
            matches = new BooleanQuery.Builder()
                    .add(containsQuery, BooleanClause.Occur.SHOULD)
                    .add(anyWordQuery, BooleanClause.Occur.SHOULD)
                    .build();
        }
        Query asWords = null;
        if (!wordClauses.isEmpty()) {
            BooleanQuery.Builder inAnyField = new BooleanQuery.Builder();
            wordClauses.forEach(w -> inAnyField.add(w, BooleanClause.Occur.SHOULD));
            asWords = inAnyField.build();
        }
        List<String> tokens = analyze(words, "body", part);
        int rarest = Integer.MAX_VALUE;
        for (String token : tokens) {
            rarest = Math.min(rarest, reader.docFreq(new Term("body", token)));
        }
        double share = tokens.isEmpty() || reader.maxDoc() == 0 ? 0 : (double) rarest / reader.maxDoc();
        return new Part(matches, asWords, isOneWord(tokens, folded, plainWord), share, wordClauses, gramClauses);
    }

    /** Latin words that end in a letter may be a stem the stemmer rewrote (happy → happi), not text the item contains. */
    private static final Pattern MAYBE_REWRITTEN = Pattern.compile("[a-z0-9]*[a-z]");

    /**
     * Whether the part ({@code tokens}, as the word fields cut it) is one word whose index term is the text itself, so that an item with the word
     * contains the text: ICU cuts it as one word, folded as the grams fold it. A plain English word may
     * match in another form anyway (teachers → teacher); another Latin token may have been rewritten by
     * the stemmer, and is not one.
     */
    private static boolean isOneWord(List<String> tokens, String folded, boolean plainWord) {
        return tokens.size() == 1 && tokens.get(0).equals(folded) && (plainWord || !MAYBE_REWRITTEN.matcher(folded).matches());
    }

    /** A gram that starts or ends with the character (grams are two characters long). */
    private static Query singleCharacter(String field, String character) {
        return new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(field, character)), BooleanClause.Occur.SHOULD)
                .add(new org.apache.lucene.search.WildcardQuery(new Term(field, "?" + character)), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** Counts per dimension; {@code scale} multiplies counts made on a sample (then rounded: estimates). */
    private Map<String, List<SearchResult.FacetValue>> facetCounts(IndexSearcher searcher, FacetsCollector hits, int scale)
            throws IOException {
        Map<String, List<SearchResult.FacetValue>> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState readerState = state(searcher);
        if (readerState == null) {
            return counts;
        }
        Facets facetCounts = new SortedSetDocValuesFacetCounts(readerState, hits);
        for (String dimension : List.of("type", "area", "category", "year", "author")) {
            FacetResult result;
            try {
                result = facetCounts.getTopChildren(dimension.equals("year") ? 30 : 12, dimension);
            } catch (IllegalArgumentException noSuchDimension) {
                result = null;
            }
            List<SearchResult.FacetValue> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    long value = lv.value.longValue();
                    values.add(new SearchResult.FacetValue(lv.label, scale == 1 ? value : roughly(value * scale)));
                }
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    /** Facet state belongs to one reader: made again when the searcher sees a new one. */
    private SortedSetDocValuesReaderState state(IndexSearcher searcher) throws IOException {
        DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
        StateCache cached = state;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        try {
            SortedSetDocValuesReaderState fresh = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
            state = new StateCache(reader, fresh);
            return fresh;
        } catch (IllegalArgumentException empty) {
            return null; // no facet values yet (an empty index)
        }
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query text, SearchQuery.Parsed parsed, List<ScoreDoc> page)
            throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        int[] docs = page.stream().mapToInt(d -> d.doc).toArray();
        String[] bodies = new String[docs.length];
        String[] files = new String[docs.length];
        if (text != null) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, words)
                    .withMaxLength(200_000)
                    .withFormatter(new MarkFormatter())
                    .withMaskedFieldsFunc(field -> switch (field) {
                        case "body" -> Set.of("body_g");
                        case "files" -> Set.of("files_g");
                        default -> Set.of();
                    })
                    .build();
            // the body first; attachments only for hits whose body has nothing to mark (highlighting is a
            // good part of a search's time: the title is shown whole, so it is not highlighted)
            String[] marked = highlighter.highlightFields(new String[]{"body"}, text, docs, new int[]{1}).get("body");
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                bodies[i] = snippet(marked, i);
                if (bodies[i] == null) {
                    rest.add(i);
                }
            }
            if (!rest.isEmpty()) {
                int[] restDocs = rest.stream().mapToInt(i -> docs[i]).toArray();
                Map<String, String[]> inFiles = highlighter.highlightFields(new String[]{"files"}, text, restDocs, new int[]{1});
                for (int r = 0; r < restDocs.length; r++) {
                    files[rest.get(r)] = snippet(inFiles.get("files"), r);
                }
            }
        }
        StoredFields stored = searcher.storedFields();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored.document(docs[i]);
            String matchedFile = null;
            String snippet = bodies[i];
            if (snippet == null && files[i] != null) {
                snippet = files[i];
                matchedFile = matchedFile(doc, parsed);
            }
            if (snippet == null) {
                String plain = doc.get("body") == null ? "" : doc.get("body");
                snippet = MarkFormatter.escape(plain.length() > SNIPPET_CHARS ? plain.substring(0, SNIPPET_CHARS) + "…" : plain);
            }
            hits.add(new SearchResult.Hit(doc.get("type"), doc.getField("id").numericValue().longValue(), doc.get("title"),
                    doc.get("path"), snippet, Float.isNaN(page.get(i).score) ? 0 : page.get(i).score,
                    Instant.ofEpochMilli(doc.getField("published").numericValue().longValue()), doc.get("author_name"),
                    doc.get("author"), views(searcher, docs[i]), matchedFile,
                    Arrays.asList(doc.getValues("area")), doc.get("category")));
        }
        return hits;
    }

    /** The current view count (doc values are updated in place; the stored copy is from indexing time). */
    private static long views(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues("views");
        return values != null && values.advanceExact(doc - leaf.docBase) ? values.longValue() : 0;
    }

    private static String snippet(String[] values, int i) {
        if (values == null || values[i] == null || !values[i].contains("<mark>")) {
            return null;
        }
        return values[i];
    }

    /** Which attachment holds the first thing typed (names in the order the item has them). */
    private static String matchedFile(Document doc, SearchQuery.Parsed parsed) {
        String[] names = doc.getValues("file_name");
        String[] texts = doc.getValues("files");
        String wanted = parsed.required().isEmpty() ? "" : ThaiAnalysis.fold(parsed.required().get(0));
        for (int f = 0; f < names.length; f++) {
            String text = f < texts.length ? texts[f] : "";
            if (ThaiAnalysis.fold(text).contains(wanted) || ThaiAnalysis.fold(names[f]).contains(wanted)) {
                return names[f];
            }
        }
        return names.length > 0 ? names[0] : null;
    }

    /** A near miss's correction, word by word, when it finds something the viewer may see. */
    private String didYouMean(IndexSearcher searcher, SearchQuery.Parsed parsed, SearchQuery q) throws IOException {
        DirectSpellChecker spell = new DirectSpellChecker();
        spell.setMinQueryLength(2);
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String part : parsed.required()) {
            String lower = part.toLowerCase(Locale.ROOT);
            SuggestWord[] suggestions = new SuggestWord[0];
            for (String field : List.of("title", "body")) {
                suggestions = spell.suggestSimilar(new Term(field, lower), 1, searcher.getIndexReader());
                if (suggestions.length > 0) {
                    break;
                }
            }
            if (suggestions.length > 0 && !suggestions[0].string.equals(lower)) {
                corrected.add(suggestions[0].string);
                changed = true;
            } else {
                corrected.add(part);
            }
        }
        if (!changed) {
            return null;
        }
        String suggestion = String.join(" ", corrected);
        // only whether it finds anything: a correction that finds nothing is not corrected again (two near
        // spellings that each "correct" to the other went round until the stack ran out)
        SearchResult check = search(new SearchQuery(suggestion, q.visibilities(), q.now(), q.types(), null, null, null, null,
                SearchQuery.Order.RELEVANCE, 0, 1, false), true, false);
        return check.total() > 0 ? suggestion : null;
    }

    /**
     * What to offer while typing: the words of matching titles that start with what was typed (most
     * frequent first), then the titles that contain it (grams: partly typed Thai works), most viewed
     * first. Only titles of items the viewer may read are looked at, so no word of a staff item leaks.
     */
    public List<String> suggest(String typed, Set<String> visibilities, Instant now, int limit) throws IOException {
        List<String> suggestions = suggestAsTyped(typed, visibilities, now, limit);
        if (!suggestions.isEmpty() || typed == null || typed.isBlank()) {
            return suggestions;
        }
        // nothing goes on from what was typed: the same slips are forgiven as in a search (#18)
        IndexSearcher searcher = searchers.acquire();
        String meant;
        try {
            meant = respelling.respell(SearchQuery.parse(typed), searcher);
        } finally {
            searchers.release(searcher);
        }
        return meant == null ? List.of() : suggestAsTyped(meant, visibilities, now, limit);
    }

    private List<String> suggestAsTyped(String typed, Set<String> visibilities, Instant now, int limit) throws IOException {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Query contains = new QueryBuilder(grams).createPhraseQuery("title_g", text);
        if (contains == null) {
            contains = new PrefixQuery(new Term("title_g", ThaiAnalysis.fold(text)));
        }
        Query query = new BooleanQuery.Builder()
                .add(contains, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery("visibility", visibilities.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery("published", Long.MIN_VALUE, now.toEpochMilli()), BooleanClause.Occur.FILTER)
                .build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query, Math.max(30, limit * 3), new Sort(new SortField("views", SortField.Type.LONG, true)));
            List<String> titles = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc d : top.scoreDocs) {
                titles.add(stored.document(d.doc, Set.of("title")).get("title"));
            }
            LinkedHashSet<String> suggestions = new LinkedHashSet<>(frequentWords(titles, ThaiAnalysis.fold(text), 3));
            for (String title : titles) {
                if (suggestions.size() >= limit) {
                    break;
                }
                suggestions.add(title);
            }
            return List.copyOf(suggestions);
        } finally {
            searchers.release(searcher);
        }
    }

    /** An item like a text: for "similar questions" while someone types a title. */
    public record Similar(long id, String title, String path, float score) {
    }

    /**
     * Items of {@code type} that share enough words (as ICU cuts them) with {@code text}: at least
     * two in five of its words in the title, or in the body; title words count double. Unlike a
     * search, nothing has to be contained whole: people ask the same thing in other words.
     */
    public List<Similar> similar(String text, String type, Set<String> visibilities, Instant now, int limit) throws IOException {
        List<String> typed = new ArrayList<>(new LinkedHashSet<>(analyze(words, "title", text == null ? "" : text)));
        if (typed.isEmpty()) {
            return List.of();
        }
        int needed = Math.max(1, (int) Math.ceil(typed.size() * 0.4));
        BooleanQuery.Builder inTitle = new BooleanQuery.Builder().setMinimumNumberShouldMatch(needed);
        BooleanQuery.Builder inBody = new BooleanQuery.Builder().setMinimumNumberShouldMatch(needed);
        for (String word : typed) {
            inTitle.add(new BoostQuery(term("title", word), 2f), BooleanClause.Occur.SHOULD);
            inBody.add(term("body", word), BooleanClause.Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(inTitle.build(), BooleanClause.Occur.SHOULD)
                        .add(inBody.build(), BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.MUST)
                .add(term("type", type), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery("visibility", visibilities.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery("published", Long.MIN_VALUE, now.toEpochMilli()), BooleanClause.Occur.FILTER)
                .build();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<Similar> found = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc d : searcher.search(query, Math.max(1, Math.min(limit, 20))).scoreDocs) {
                Document doc = stored.document(d.doc, Set.of("id", "title", "path"));
                found.add(new Similar(doc.getField("id").numericValue().longValue(), doc.get("title"), doc.get("path"), d.score));
            }
            return found;
        } finally {
            searchers.release(searcher);
        }
    }

    private static List<String> analyze(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    /** Whole words (as ICU cuts them) of these titles that start with {@code prefix} and are longer, most frequent first. */
    private static List<String> frequentWords(List<String> titles, String prefix, int limit) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> asWritten = new HashMap<>();
        // ICU's dictionary, as the index cuts words (the JDK's needs jdk.localedata, which slim images lack)
        com.ibm.icu.text.BreakIterator breaker = com.ibm.icu.text.BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.forLanguageTag("th"));
        for (String title : titles) {
            breaker.setText(title);
            int start = breaker.first();
            for (int end = breaker.next(); end != com.ibm.icu.text.BreakIterator.DONE; start = end, end = breaker.next()) {
                String word = title.substring(start, end).strip();
                String folded = ThaiAnalysis.fold(word);
                if (folded.startsWith(prefix) && folded.length() > prefix.length()) {
                    counts.merge(folded, 1, Integer::sum);
                    asWritten.putIfAbsent(folded, word);
                }
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> asWritten.get(e.getKey())).toList();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    /** Bare Lucene, for the benchmark's overhead ratio: the same gram phrase, no filters, facets or highlights. */
    public long bareCount(String text) throws IOException {
        Query q = new QueryBuilder(grams).createPhraseQuery("body_g", text);
        IndexSearcher searcher = searchers.acquire();
        try {
            return q == null ? 0 : searcher.search(q, 10).totalHits.value;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Bare Lucene, for the benchmark's second overhead ratio: the query this engine ranks with first (typed
     * words as words, or word clauses with "contains" as a filter; visibility as a filter), top 10 through {@link IndexSearcher#search(Query, int)};
     * without counting, facets, highlights or stored fields.
     */
    public long bareRanked(SearchQuery q) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Parts parts = parts(SearchQuery.parse(q.text()), searcher.getIndexReader());
            if (parts == null) {
                return 0;
            }
            return searcher.search(filtered(q, passes(parts).get(0)), 10).totalHits.value;
        } finally {
            searchers.release(searcher);
        }
    }

    static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
