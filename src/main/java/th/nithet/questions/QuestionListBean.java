package th.nithet.questions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.OrganisationService;
import th.nithet.platform.web.Paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Q&A ({@code /questions?view=&area=&page=}): newest, unanswered, most voted, mine, following; by learning area. */
@Named
@RequestScoped
public class QuestionListBean {

    public static final int PAGE_SIZE = 15;

    @Inject
    QuestionService questions;

    @Inject
    OrganisationService organisation;

    private String view;
    private String area;
    private Integer page;
    private Paging paging;
    private List<Question> items;
    private boolean signInNeeded;

    public void load() {
        QuestionService.View v = current();
        try {
            paging = Paging.of(page, PAGE_SIZE, questions.count(v, blankToNull(area)));
            items = questions.list(v, blankToNull(area), paging.offset(), PAGE_SIZE);
        } catch (ContentAccessDenied e) {
            // "mine" and "following" for a visitor: say to sign in rather than fail
            signInNeeded = true;
            paging = Paging.of(1, PAGE_SIZE, 0);
            items = List.of();
        }
    }

    private QuestionService.View current() {
        try {
            return view == null || view.isBlank() ? QuestionService.View.NEWEST
                    : QuestionService.View.valueOf(view.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return QuestionService.View.NEWEST;
        }
    }

    public String getCurrentView() {
        return current().name();
    }

    public QuestionService.View[] getViews() {
        return QuestionService.View.values();
    }

    /** The list's address with another view, keeping the learning area. */
    public String viewLink(String name) {
        StringBuilder q = new StringBuilder("?view=").append(name.toLowerCase(Locale.ROOT));
        if (blankToNull(area) != null) {
            q.append("&area=").append(URLEncoder.encode(area, StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    public String pageLink(int number) {
        return viewLink(current().name()) + "&page=" + number;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isSignInNeeded() {
        return signInNeeded;
    }

    public List<Question> getItems() {
        return items;
    }

    public Paging getPaging() {
        return paging;
    }

    public List<LearningArea> getAreas() {
        return organisation.learningAreas();
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
