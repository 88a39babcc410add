package th.nithet.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.OrganisationService;
import th.nithet.platform.web.Paging;

import java.util.List;

/** The news list ({@code /news?category=&area=&year=&page=}): pinned first, filters, pages. */
@Named
@RequestScoped
public class NewsListBean {

    public static final int PAGE_SIZE = 10;

    @Inject
    NewsService news;

    @Inject
    OrganisationService organisation;

    private String category;
    private String area;
    private Integer year;
    private Integer page;
    private Paging paging;
    private List<News> items;

    public void load() {
        NewsService.Filter filter = new NewsService.Filter(categoryValue(), blankToNull(area), year);
        paging = Paging.of(page, PAGE_SIZE, news.count(filter));
        items = news.list(filter, true, paging.offset(), PAGE_SIZE);
    }

    private NewsCategory categoryValue() {
        try {
            return category == null || category.isBlank() ? null : NewsCategory.valueOf(category.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The query string of the current filters with another page. */
    public String pageLink(int number) {
        StringBuilder q = new StringBuilder("?page=").append(number);
        if (categoryValue() != null) {
            q.append("&category=").append(categoryValue().name());
        }
        if (blankToNull(area) != null) {
            q.append("&area=").append(java.net.URLEncoder.encode(area, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (year != null) {
            q.append("&year=").append(year);
        }
        return q.toString();
    }

    public boolean canWrite() {
        return news.canWrite();
    }

    public List<News> getDrafts() {
        return news.unpublished(20);
    }

    public List<News> getItems() {
        return items;
    }

    public Paging getPaging() {
        return paging;
    }

    public NewsCategory[] getCategories() {
        return NewsCategory.values();
    }

    public List<LearningArea> getAreas() {
        return organisation.learningAreas();
    }

    public List<Integer> getYears() {
        return news.years();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
