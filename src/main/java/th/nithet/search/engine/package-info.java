/**
 * The search engine itself, plain Lucene and usable without a container (tests and {@code bench/} use it
 * directly): {@code SearchEngine} (add, remove, search: the query's course, facets, highlights with
 * {@code &lt;mark&gt;} by {@code MarkFormatter}, suggestions, did-you-mean) with its parts: {@code
 * SearchQuery} and {@code SearchResult} (what is asked and what comes back), {@code SearchDocuments}
 * (the index layout), {@code TypedParts} (the "must contain" filter, one gram phrase per typed part in
 * {@code text_g}, and the word clauses), {@code RankedHits} (the ranking passes: every part as words,
 * some words, grams inside words), {@code HitCounts} (exact or sampled totals, {@code SampleQuery}),
 * {@code SearchFilters} (what a viewer may see) and {@code Respelling} (#18: what was meant when what was
 * typed finds nothing or little — short forms with dots optional, English split, the index's nearest
 * words by {@link th.nithet.search.thai.ThaiSpelling} or read alike by {@link
 * th.nithet.search.thai.ThaiSoundKey}).
 * <p>
 * It knows nothing of the database or of who is signed in: {@code th.nithet.search.SearchIndex} feeds it
 * and {@code th.nithet.search.SearchService} asks it, with the viewer's filter already made.
 */
package th.nithet.search.engine;
