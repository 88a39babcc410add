package th.nithet.practices;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentType;
import th.nithet.content.RichText;
import th.nithet.content.Viewer;
import th.nithet.people.Account;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.rules.RuleViolation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A best practice (การปฏิบัติที่เป็นเลิศ / ผลงานครู) a teacher or director shares: the problem, what
 * they did (the item's body), the results, a summary, level, learning areas, attachments and video
 * links. It reaches readers only through review by a supervisor; ratings and comments follow.
 */
@Entity
@Table(name = "practice")
@DiscriminatorValue("PRACTICE")
@PrimaryKeyJoinColumn(name = "content_id")
public class Practice extends ContentItem {

    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_REVIEW_COMMENT = 5000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PracticeState state = PracticeState.DRAFT;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary = "";

    @Column(name = "problem_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String problemHtml = "";

    @Column(name = "results_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String resultsHtml = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "school_level", length = 20)
    private SchoolLevel level;

    /** One address per line. */
    @Column(name = "video_links", columnDefinition = "TEXT")
    private String videoLinks;

    @Column(nullable = false)
    private boolean featured;

    @Column(name = "rating_sum", nullable = false)
    private int ratingSum;

    @Column(name = "rating_count", nullable = false)
    private int ratingCount;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Practice() {
    }

    Practice(Account author) {
        super(author);
    }

    @Override
    public ContentType type() {
        return ContentType.PRACTICE;
    }

    /** Its author while it is a draft or returned; staff always (corrections). */
    @Override
    public boolean mayBeEditedBy(Viewer viewer) {
        return viewer.isStaff() || (viewer.isAuthorOf(this) && state.isOpenToAuthor());
    }

    @Override
    public boolean mayBeLikedByAuthor() {
        return false;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public String getSearchText() {
        return String.join("\n", summary, RichText.text(problemHtml), getBodyText(), RichText.text(resultsHtml));
    }

    @Override
    public String getCategoryLabel() {
        return null;
    }

    /** The practice's own fields, checked and cleaned by the service. */
    void describe(String summary, String problemHtml, String resultsHtml, SchoolLevel level, List<String> videoLinks) {
        this.summary = summary;
        this.problemHtml = problemHtml;
        this.resultsHtml = resultsHtml;
        this.level = level;
        this.videoLinks = videoLinks.isEmpty() ? null : String.join("\n", videoLinks);
    }

    /** Its author sends it for review: a draft, or one returned with a reviewer's comments. */
    void submit(Viewer author, Instant at) {
        if (!author.isAuthorOf(this)) {
            throw new ContentAccessDenied(false);
        }
        RuleViolation.require(state.isOpenToAuthor(), "practice.notSubmittable");
        moveTo(PracticeState.SUBMITTED, at);
    }

    /**
     * A reviewer's decision on it while it is submitted: published, returned to its author or rejected.
     * Nobody reviews their own practice; returning and rejecting need a comment (the author must know why).
     * Answers the comment, cleaned (null for none).
     */
    String review(Viewer reviewer, Decision decision, String comment, Instant at) {
        if (reviewer.isAuthorOf(this)) {
            throw new RuleViolation("practice.ownReview");
        }
        RuleViolation.require(state == PracticeState.SUBMITTED, "practice.notSubmitted");
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        InvalidFields.collect()
                .check(decision != null, "decision", "practice.badDecision")
                .check(decision == Decision.PUBLISH || note != null, "comment", "practice.commentRequired")
                .check(note == null || note.length() <= MAX_REVIEW_COMMENT, "comment", "practice.commentTooLong", MAX_REVIEW_COMMENT)
                .throwIfAny();
        moveTo(decision.next, at);
        return note;
    }

    /** Only a published practice goes on the home page. Answers whether that changed anything. */
    boolean feature(boolean on) {
        RuleViolation.require(!on || state == PracticeState.PUBLISHED, "practice.featureOnlyPublished");
        boolean changed = featured != on;
        featured = on;
        return changed;
    }

    /** Whether this person may give it stars (1 to 5): published, and not their own. */
    void checkRating(Viewer rater, int stars) {
        RuleViolation.require(state == PracticeState.PUBLISHED, "practice.rateOnlyPublished");
        RuleViolation.require(!rater.isAuthorOf(this), "practice.noSelfRating");
        InvalidFields.collect().check(stars >= 1 && stars <= 5, "stars", "practice.badStars").throwIfAny();
    }

    /** A reviewer's decision, and the state it leads to. */
    public enum Decision {
        RETURN(PracticeState.RETURNED), PUBLISH(PracticeState.PUBLISHED), REJECT(PracticeState.REJECTED);

        final PracticeState next;

        Decision(PracticeState next) {
            this.next = next;
        }
    }

    private void moveTo(PracticeState next, Instant at) {
        if (next == PracticeState.SUBMITTED) {
            submittedAt = at;
        }
        if (next == PracticeState.PUBLISHED) {
            publish(at);
        } else if (state == PracticeState.PUBLISHED) {
            unpublish();
        }
        state = next;
    }

    void rated(int sum, int count) {
        this.ratingSum = sum;
        this.ratingCount = count;
    }

    public PracticeState getState() {
        return state;
    }

    public String getProblemHtml() {
        return problemHtml;
    }

    public String getResultsHtml() {
        return resultsHtml;
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public List<String> getVideoLinks() {
        return videoLinks == null || videoLinks.isBlank() ? List.of() : Arrays.stream(videoLinks.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    public boolean isFeatured() {
        return featured;
    }

    public int getRatingCount() {
        return ratingCount;
    }

    /** The mean rating, one decimal; 0 when nobody rated. */
    public double getRating() {
        return ratingCount == 0 ? 0 : Math.round(ratingSum * 10.0 / ratingCount) / 10.0;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
