package th.nithet.search.engine;

import th.nithet.search.SearchDocument;
import th.nithet.search.ShortForms;
import th.nithet.search.thai.ThaiAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    private static final int SNIPPET_CHARS = 220;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer words = ThaiAnalysis.words();
    private final Analyzer grams = ThaiAnalysis.grams();
    private final Respelling respelling = new Respelling(words, grams);
    private final TypedParts typedParts = new TypedParts(words, grams);
    private volatile StateCache state;

    private record StateCache(DirectoryReader reader, SortedSetDocValuesReaderState state) {
    }

    public SearchEngine(Directory directory) throws IOException {
        this.directory = directory;
        Map<String, Analyzer> perField = new HashMap<>();
        for (String field : List.of("title_g", "body_g", "files_g", SearchDocuments.TEXT_GRAMS)) {
            perField.put(field, grams);
        }
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(words, perField))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    // ---- writing ----

    /** Adds the item, or replaces what the index had for it. */
    public void put(SearchDocument d) throws IOException {
        writer.updateDocuments(new Term("key", d.key()), List.of(SearchDocuments.of(d)));
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
            TypedParts.Parts parts = typedParts.parts(parsed, searcher.getIndexReader());
            Query matches = matches(q, parts);
            int wanted = Math.max(1, Math.min(q.offset() + q.limit(), 10_000));
            // every hit the top passes see, for facet counts: all of them when the top was every hit
            FacetsCollector seen = q.facets() ? new FacetsCollector() : null;
            TopDocs top;
            if (q.order() == SearchQuery.Order.RELEVANCE && parts != null) {
                top = RankedHits.ranked(searcher, q, parts, wanted, seen);
            } else {
                Sort sort = q.order() == SearchQuery.Order.MOST_VIEWED
                        ? new Sort(new SortField("views", SortField.Type.LONG, true), new SortField("published", SortField.Type.LONG, true))
                        : new Sort(new SortField("published", SortField.Type.LONG, true));
                // the total is counted apart, so the top can stop early (published is also a point field)
                top = RankedHits.search(searcher, matches, new TopFieldCollectorManager(sort, wanted, null, wanted, false), seen);
            }
            HitCounts.Count count = top.scoreDocs.length < wanted
                    ? new HitCounts.Count(top.scoreDocs.length, true, seen, 1) // fewer than asked for: the top passes saw every hit
                    : HitCounts.count(searcher, matches, q.facets(), top.scoreDocs.length);
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

    /** Every hit, no scores: the typed parts, what the viewer may see and what is published, the chosen facets. */
    private static Query matches(SearchQuery q, TypedParts.Parts parts) {
        return SearchFilters.filtered(q, new BooleanQuery.Builder()
                .add(parts == null ? new MatchAllDocsQuery() : parts.matches(), BooleanClause.Occur.FILTER).build());
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
                    values.add(new SearchResult.FacetValue(lv.label, scale == 1 ? value : HitCounts.roughly(value * scale)));
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
            SortedSetDocValuesReaderState fresh = new DefaultSortedSetDocValuesReaderState(reader, SearchDocuments.FACETS);
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
                .add(SearchFilters.readable(visibilities, now), BooleanClause.Occur.FILTER)
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
        List<String> typed = new ArrayList<>(new LinkedHashSet<>(TypedParts.analyze(words, "title", text == null ? "" : text)));
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
                .add(SearchFilters.readable(visibilities, now), BooleanClause.Occur.FILTER)
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
            TypedParts.Parts parts = typedParts.parts(SearchQuery.parse(q.text()), searcher.getIndexReader());
            if (parts == null) {
                return 0;
            }
            return searcher.search(SearchFilters.filtered(q, RankedHits.passes(parts).get(0)), 10).totalHits.value;
        } finally {
            searchers.release(searcher);
        }
    }

    static TermQuery term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
