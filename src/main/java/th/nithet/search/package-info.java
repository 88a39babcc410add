/**
 * Thai-first search over every kind of content: analysis, the Lucene index kept from the database,
 * spelling that forgives.
 * <p>
 * {@code ThaiAnalysis} (words: ICU segmentation + NFKC case fold that keeps Thai marks + digit folding
 * + English stemming; grams: two characters at a time over each space-separated run, folded in char
 * filters), {@code SearchEngine} (plain Lucene: documents, the "must contain" filter (one gram phrase
 * per typed part in {@code text_g}) and the ranking passes (every part as words, some words, grams
 * inside words), exact or sampled totals and facets ({@code SampleQuery}), highlights with {@code
 * &lt;mark&gt;}, suggestions, did-you-mean; used directly by tests and {@code bench/}), {@code
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
 * content.ContentDocuments} for news and knowledge), {@code SearchService}, {@code /api/v1/search},
 * {@code search.xhtml}.
 * <p>
 * Glossary: การค้นหา (Thai-first search), คำย่อ (office short forms).
 * <p>
 * Entry points: SearchService, ShortFormService; /api/v1/search; pages /search,
 * /admin/short-forms.xhtml.
 */
package th.nithet.search;
