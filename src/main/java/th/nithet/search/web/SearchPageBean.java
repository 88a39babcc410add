package th.nithet.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.platform.web.Paging;
import th.nithet.search.engine.SearchQuery;
import th.nithet.search.engine.SearchResult;
import th.nithet.search.SearchService;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search page ({@code /search?q=&type=&area=&category=&year=&author=&sort=&page=}): results with
 * highlighted snippets, facets as links that narrow the search, suggestions while typing.
 */
@Named
@RequestScoped
public class SearchPageBean {

    public static final int PAGE_SIZE = 10;

    @Inject
    SearchService search;

    @Inject
    th.nithet.organisation.OrganisationService organisation;

    @Inject
    th.nithet.platform.web.ShellBean shell;

    @Inject
    th.nithet.people.ProfileService people;

    private Map<String, String> areaNames;

    private String q;
    private String type;
    private String area;
    private String category;
    private Integer year;
    private String author;
    private String sort;
    private Integer page;
    private String typed;
    private SearchResult result;
    private Paging paging;

    public void load() {
        if (q == null || q.isBlank()) {
            return;
        }
        SearchQuery.Order order = switch (sort == null ? "" : sort) {
            case "newest" -> SearchQuery.Order.NEWEST;
            case "views" -> SearchQuery.Order.MOST_VIEWED;
            default -> SearchQuery.Order.RELEVANCE;
        };
        int requested = page == null ? 1 : Math.max(1, page);
        result = search.search(q, type == null || type.isBlank() ? Set.of() : Set.of(type), area, category, year, author, order,
                (requested - 1) * PAGE_SIZE, PAGE_SIZE, true, "1".equals(typed));
        paging = Paging.of(requested, PAGE_SIZE, result.total());
    }

    public List<String> suggest(String typed) {
        List<String> titles = new java.util.ArrayList<>(search.suggest(typed));
        if (typed != null && !typed.isBlank() && !titles.contains(typed.strip())) {
            titles.add(0, typed.strip());
        }
        return titles;
    }

    /** Search for what is in the box (the button, or a picked suggestion). */
    public void go() throws IOException {
        FacetsLink link = new FacetsLink();
        link.put("q", q);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/search" + link);
    }

    /** The address of this search with one parameter changed (null removes it), always from page 1. */
    public String with(String name, Object value) {
        FacetsLink link = current();
        link.put(name, value == null ? null : value.toString());
        link.remove("page");
        return link.toString();
    }

    /** The same search for exactly what was typed, when the page shows what was meant instead. */
    public String getAsTypedLink() {
        return with("typed", "1");
    }

    /** The same words without any filter. */
    public String getClearLink() {
        FacetsLink link = new FacetsLink();
        link.put("q", q);
        return link.toString();
    }

    public String pageLink(int number) {
        FacetsLink link = current();
        link.put("page", Integer.toString(number));
        return link.toString();
    }

    private FacetsLink current() {
        FacetsLink link = new FacetsLink();
        link.put("q", q);
        link.put("type", type);
        link.put("area", area);
        link.put("category", category);
        link.put("year", year == null ? null : year.toString());
        link.put("author", author);
        link.put("sort", sort);
        link.put("typed", typed);
        return link;
    }

    /** Query parameters in order, empty ones left out. */
    private static final class FacetsLink extends LinkedHashMap<String, String> {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (Map.Entry<String, String> e : entrySet()) {
                if (e.getValue() == null || e.getValue().isBlank()) {
                    continue;
                }
                out.append(out.length() == 0 ? "?" : "&").append(e.getKey()).append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
            return out.toString();
        }
    }

    /** A learning area's name in the page's language, by code. */
    public String areaName(String code) {
        if (areaNames == null) {
            areaNames = new java.util.HashMap<>();
            organisation.learningAreas().forEach(a -> areaNames.put(a.getCode(), a.name(shell.getLocale())));
        }
        return areaNames.getOrDefault(code, code);
    }

    /** An author's name for the facet, by user name. */
    public String authorName(String username) {
        return people.person(username).map(th.nithet.people.Account::getDisplayName).orElse(username);
    }

    /** A Buddhist-era year as the page shows years (CE in English). */
    public String yearLabel(String year) {
        return shell.isThai() ? "พ.ศ. " + year : Integer.toString(Integer.parseInt(year) - 543);
    }

    public boolean isSearched() {
        return result != null;
    }

    public SearchResult getResult() {
        return result;
    }

    public List<SearchResult.FacetValue> facet(String dimension) {
        return result == null ? List.of() : result.facets().getOrDefault(dimension, List.of());
    }

    public Paging getPaging() {
        return paging;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
