package th.nithet.knowledge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.OrganisationService;
import th.nithet.platform.web.Paging;

import java.util.List;

/** The knowledge bank ({@code /knowledge?category=&area=&tag=&sort=&page=}): categories, filters, pages. */
@Named
@RequestScoped
public class KnowledgeListBean {

    public static final int PAGE_SIZE = 12;

    @Inject
    KnowledgeService knowledge;

    @Inject
    OrganisationService organisation;

    private Long category;
    private String area;
    private String tag;
    private String sort;
    private Integer page;
    private Paging paging;
    private List<Article> items;

    public void load() {
        KnowledgeService.Filter filter = new KnowledgeService.Filter(category, blankToNull(area), blankToNull(tag), null);
        paging = Paging.of(page, PAGE_SIZE, knowledge.count(filter));
        items = knowledge.list(filter, isMostViewed() ? KnowledgeService.Order.MOST_VIEWED : KnowledgeService.Order.NEWEST,
                paging.offset(), PAGE_SIZE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isMostViewed() {
        return "views".equals(sort);
    }

    /** The query string of the current filters, with another page or order. */
    public String link(int number, String order) {
        StringBuilder q = new StringBuilder("?page=").append(number);
        if (category != null) {
            q.append("&category=").append(category);
        }
        if (blankToNull(area) != null) {
            q.append("&area=").append(java.net.URLEncoder.encode(area, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (blankToNull(tag) != null) {
            q.append("&tag=").append(java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (order != null && !order.isEmpty()) {
            q.append("&sort=").append(order);
        }
        return q.toString();
    }

    public String pageLink(int number) {
        return link(number, sort);
    }

    public boolean canWrite() {
        return knowledge.canWrite();
    }

    public List<Article> getItems() {
        return items;
    }

    public Paging getPaging() {
        return paging;
    }

    public List<ArticleCategory> getCategories() {
        return knowledge.categories();
    }

    public List<LearningArea> getAreas() {
        return organisation.learningAreas();
    }

    public Long getCategory() {
        return category;
    }

    public void setCategory(Long category) {
        this.category = category;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
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
}
