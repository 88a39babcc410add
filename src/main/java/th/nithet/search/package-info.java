/**
 * Thai-first search over every kind of content: the Lucene index kept from the database, what each
 * content type gives it, the office's short forms.
 * <p>
 * Here is the EE side: {@code SearchIndex} ({@code NITHET_DATA_DIR/index}, indexing after commit via
 * {@code IndexChange} events, rebuild, reconciliation every 5 min, status), {@code IndexChanges} (writes
 * each {@code IndexChange} to {@code search_change} in the content's transaction) and {@code
 * SearchChangeLog} (every second, indexes what other instances changed; its position is kept in the
 * index's commit data), {@code SearchDocument} + {@code SearchSource} (how a content type describes
 * itself; {@code content.ContentDocuments} for news and knowledge), short forms ({@code ShortForms}: the
 * shipped {@code search/short-forms.txt} and the office's {@code OfficeShortForm} rows, added on {@code
 * admin/short-forms.xhtml} through {@code ShortFormService} and re-read by {@code SearchShortForms} on
 * every instance) and {@code SearchService}, what pages and the API call.
 * <p>
 * Below it: {@link th.nithet.search.engine} (plain Lucene: the query's course, ranking, counts, facets,
 * highlights, did-you-mean; no container needed) and {@link th.nithet.search.thai} (Thai words: analysis,
 * forgiving spelling, sound keys). The search page and the short-forms page are in {@code search.web},
 * {@code /api/v1/search} in {@code search.api}.
 * <p>
 * Glossary: การค้นหา (Thai-first search), คำย่อ (office short forms).
 * <p>
 * Entry points: SearchService, ShortFormService, {@code engine.SearchEngine} (without a container).
 */
package th.nithet.search;
