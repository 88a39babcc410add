/**
 * The search API: {@code /api/v1/search} (results with facets), suggestions while typing and similar
 * items. It calls {@link th.nithet.search.SearchService}.
 */
package th.nithet.search.api;
