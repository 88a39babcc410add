package th.nithet.practices;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.PageLoads;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.OrganisationService;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Published practices ({@code /practices?area=&level=&sort=&featured=&page=}), the caller's own
 * ({@code /practices/mine}) and, for supervisors, those awaiting review ({@code /practices/review}).
 */
@Named
@RequestScoped
public class PracticeListBean {

    public static final int PAGE_SIZE = 12;

    @Inject
    PracticeService practices;

    @Inject
    OrganisationService organisation;

    private String area;
    private String level;
    private String sort;
    private boolean featured;
    private Integer page;
    private Paging paging;
    private List<Practice> items;

    public void load() {
        SchoolLevel chosen;
        try {
            chosen = PracticeResource.level(level);
        } catch (RuleViolation e) {
            chosen = null;
        }
        PracticeService.Filter filter = new PracticeService.Filter(blankToNull(area), chosen, featured ? Boolean.TRUE : null);
        paging = Paging.of(page, PAGE_SIZE, practices.count(filter));
        items = practices.list(filter, isBestRated(), paging.offset(), PAGE_SIZE);
    }

    /** The view action of {@code /practices/mine}: visitors are sent to sign in. */
    public void loadMine() throws java.io.IOException {
        PageLoads.guard(() -> items = practices.mine());
    }

    /** The view action of {@code /practices/review}: supervisors and administrators; others 403. */
    public void loadSubmitted() throws java.io.IOException {
        PageLoads.guard(() -> items = practices.submitted());
    }

    public boolean isBestRated() {
        return "rating".equals(sort);
    }

    public String pageLink(int number) {
        StringBuilder q = new StringBuilder("?page=").append(number);
        if (blankToNull(area) != null) {
            q.append("&area=").append(URLEncoder.encode(area, StandardCharsets.UTF_8));
        }
        if (blankToNull(level) != null) {
            q.append("&level=").append(URLEncoder.encode(level, StandardCharsets.UTF_8));
        }
        if (blankToNull(sort) != null) {
            q.append("&sort=").append(URLEncoder.encode(sort, StandardCharsets.UTF_8));
        }
        if (featured) {
            q.append("&featured=true");
        }
        return q.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<Practice> getItems() {
        return items;
    }

    public Paging getPaging() {
        return paging;
    }

    public List<LearningArea> getAreas() {
        return organisation.learningAreas();
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
