/**
 * The search pages: {@code SearchPageBean} ({@code /search}: results, facets, "did you mean", what was
 * meant instead), {@code SearchPathServlet} (the search page's addresses) and the administrators' office
 * short forms ({@code ShortFormsAdminBean}, {@code /admin/short-forms.xhtml}). They call {@link th.nithet.search}.
 */
package th.nithet.search.web;
