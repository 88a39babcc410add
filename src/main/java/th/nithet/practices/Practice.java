package th.nithet.practices;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentType;
import th.nithet.content.RichText;
import th.nithet.content.Viewer;
import th.nithet.people.Account;

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

    void moveTo(PracticeState next, Instant at) {
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

    void setFeatured(boolean featured) {
        this.featured = featured;
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
