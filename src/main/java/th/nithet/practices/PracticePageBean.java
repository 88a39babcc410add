package th.nithet.practices;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import th.nithet.platform.web.SessionSafe;
import th.nithet.content.web.ContentItemPage;
import th.nithet.content.web.PageActions;

import java.util.List;

/**
 * A practice's page ({@code /practices/{id}}): the practice, its state and review history (for its
 * author and staff), submitting (author), the review form (a supervisor who is not the author),
 * featuring (staff), rating (readers), and what every content page has.
 */
@Named
@ViewScoped
public class PracticePageBean extends ContentItemPage<Practice> {

    private static final long serialVersionUID = 1L;

    private final SessionSafe<PracticeService> practices = SessionSafe.of(PracticeService.class);

    private Practice.Decision decision = Practice.Decision.PUBLISH;
    private String comment;
    private Integer stars;
    private transient List<PracticeStep> history;

    @Override
    protected Practice read(long id) {
        Practice practice = practices.get().read(id);
        history = null;
        stars = null;
        return practice;
    }

    public void submit() {
        act(() -> practices.get().submit(getId()), "practice.submitted");
    }

    public void review() {
        if (act(() -> practices.get().review(getId(), decision, comment), "practice.reviewed")) {
            comment = null;
        }
    }

    public void toggleFeatured() {
        act(() -> practices.get().feature(getId(), !getItem().isFeatured()), "practice.featureSaved");
    }

    public void rate() {
        act(() -> practices.get().rate(getId(), stars == null ? 0 : stars), "practice.rated");
    }

    /** Runs an action, shows its message or its problem, and reads the practice again. */
    private boolean act(java.util.function.Supplier<?> action, String doneKey) {
        try {
            return PageActions.attempt(action::get, doneKey);
        } finally {
            refreshItem();
        }
    }

    public boolean isAuthor() {
        return isSignedIn() && getViewer().isAuthorOf(getItem());
    }

    public boolean isMaySubmit() {
        return isAuthor() && getItem().getState().isOpenToAuthor();
    }

    public boolean isMayReview() {
        return isStaff() && !isAuthor() && getItem().getState() == PracticeState.SUBMITTED;
    }

    public boolean isMayRate() {
        return isSignedIn() && !isAuthor() && getItem().getState() == PracticeState.PUBLISHED;
    }

    public boolean isSeesHistory() {
        return isAuthor() || isStaff();
    }

    public List<PracticeStep> getHistory() {
        if (history == null) {
            history = isSeesHistory() ? practices.get().history(getId()) : List.of();
        }
        return history;
    }

    public Practice.Decision[] getDecisions() {
        return Practice.Decision.values();
    }

    public Practice.Decision getDecision() {
        return decision;
    }

    public void setDecision(Practice.Decision decision) {
        this.decision = decision;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getStars() {
        if (stars == null && isSignedIn()) {
            int mine = practices.get().myRating(getId());
            stars = mine == 0 ? null : mine;
        }
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }
}
