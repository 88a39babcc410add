package th.nithet.questions;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentType;
import th.nithet.content.Viewer;
import th.nithet.people.Account;
import th.nithet.platform.rules.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A question (ถาม-ตอบ) a member asks. Live as soon as it is asked. It remembers when it was first
 * answered and when an answer was accepted (the office's response-time figures come from these),
 * who it is assigned to, and whether it was escalated for waiting too long.
 */
@Entity
@Table(name = "question")
@DiscriminatorValue("QUESTION")
@PrimaryKeyJoinColumn(name = "content_id")
public class Question extends ContentItem {

    @Column(name = "answer_count", nullable = false)
    private int answerCount;

    @Column(name = "accepted_answer_id")
    private Long acceptedAnswerId;

    @Column(name = "first_answered_at")
    private Instant firstAnsweredAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "assigned_to")
    private Account assignedTo;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    // read for search (answers are found with their question) and the page
    @OneToMany(mappedBy = "question", fetch = FetchType.LAZY)
    @OrderBy("createdAt ASC, id ASC")
    private List<Answer> answers = new ArrayList<>();

    protected Question() {
    }

    Question(Account asker) {
        super(asker);
    }

    @Override
    public ContentType type() {
        return ContentType.QUESTION;
    }

    /** The asker edits their question; staff may correct or take it down. */
    @Override
    public boolean mayBeEditedBy(Viewer viewer) {
        return viewer.isStaff() || viewer.isAuthorOf(this);
    }

    /** One cannot vote up one's own question. */
    @Override
    public boolean mayBeLikedByAuthor() {
        return false;
    }

    @Override
    public String getSearchText() {
        String answerText = answers.stream().map(Answer::getBodyText).collect(Collectors.joining("\n"));
        return answerText.isEmpty() ? getBodyText() : getBodyText() + "\n" + answerText;
    }

    void answered(Instant at) {
        answerCount++;
        if (firstAnsweredAt == null) {
            firstAnsweredAt = at;
        }
    }

    /**
     * The asker (or staff) accepts one of its answers; the ones accepted before ({@code acceptedBefore})
     * are accepted no longer. Answers whether anything changed. The first acceptance is when the
     * question was resolved, for the response-time statistics.
     */
    boolean accept(Viewer by, Answer answer, List<Answer> acceptedBefore, Instant at) {
        if (!by.isAuthorOf(this) && !by.isStaff()) {
            throw new ContentAccessDenied(false);
        }
        RuleViolation.require(answer.getQuestion() == this, "qa.notItsAnswer");
        if (answer.isAccepted()) {
            return false;
        }
        acceptedBefore.forEach(a -> a.setAccepted(false));
        answer.setAccepted(true);
        acceptedAnswerId = answer.getId();
        if (acceptedAt == null) {
            acceptedAt = at;
        }
        return true;
    }

    void assign(Account supervisor) {
        assignedTo = supervisor;
    }

    void escalated(Instant at) {
        escalatedAt = at;
    }

    /** How long it has waited for its first answer (until now, if it still waits). */
    public Duration waiting(Instant now) {
        Instant since = getPublishAt() != null ? getPublishAt() : getCreatedAt();
        return Duration.between(since, firstAnsweredAt != null ? firstAnsweredAt : now);
    }

    public int getAnswerCount() {
        return answerCount;
    }

    public boolean isAnswered() {
        return answerCount > 0;
    }

    public Long getAcceptedAnswerId() {
        return acceptedAnswerId;
    }

    public boolean isResolved() {
        return acceptedAnswerId != null;
    }

    public Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Account getAssignedTo() {
        return assignedTo;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}
