/**
 * Thai-first search over every kind of content: analysis, the Lucene index kept from the database,
 * spelling that forgives.
 * <p>
 * {@code ThaiAnalysis} (words: ICU segmentation + NFKC case fold that keeps Thai marks + digit folding
 * + English stemming; grams: two characters at a time over each space-separated run, folded in char
 * filters), {@code SearchEngine} (plain Lucene, used directly by tests and {@code bench/}: the search's
 * course, facets, highlights with {@code &lt;mark&gt;}, suggestions, did-you-mean) with its parts:
 * {@code SearchDocuments} (the index layout), {@code TypedParts} (the "must contain" filter, one gram
 * phrase per typed part in {@code text_g}, and the word clauses), {@code RankedHits} (the ranking passes:
 * every part as words, some words, grams inside words), {@code HitCounts} (exact or sampled totals,
 * {@code SampleQuery}), {@code SearchFilters} (what a viewer may see); {@code
 * Respelling} + {@code ThaiSpelling} + {@code ThaiSoundKey} (#18: what was meant when what was typed
 * finds nothing or little — short forms ({@code ShortForms}: the shipped {@code search/short-forms.txt}
 * and the office's {@code OfficeShortForm} rows, added on {@code admin/short-forms.xhtml} through
 * {@code ShortFormService} and re-read by {@code SearchShortForms} on every instance) with dots
 * optional, English split, the index's nearest words by a Thai-aware edit distance or read alike by the
 * LK82 sound key), {@code SearchIndex} (the EE side: {@code NITHET_DATA_DIR/index}, indexing after
 * commit via {@code IndexChange} events, rebuild, reconciliation every 5 min, status), {@code
 * IndexChanges} (writes each {@code IndexChange} to {@code search_change} in the content's transaction)
 * and {@code SearchChangeLog} (every second, indexes what other instances changed; its position is kept
 * in the index's commit data), {@code SearchSource} (how a content type describes itself; {@code
 * content.ContentDocuments} for news and knowledge), {@code SearchService}. The search page and the
 * short-forms page are in {@code search.web}, {@code /api/v1/search} in {@code search.api}.
 * <p>
 * Glossary: การค้นหา (Thai-first search), คำย่อ (office short forms).
 * <p>
 * Entry points: SearchService, ShortFormService, SearchEngine (without a container).
 */
package th.nithet.search;
