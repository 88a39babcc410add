package th.nithet.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.RichText;
import th.nithet.content.Viewer;
import th.nithet.people.Account;
import th.nithet.platform.db.Timestamped;
import th.nithet.platform.rules.RuleViolation;

/** An answer to a question: sanitised text, its author, votes, and whether the asker accepted it. */
@Entity
@Table(name = "answer")
public class Answer extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyText;

    @Column(name = "vote_count", nullable = false)
    private int voteCount;

    @Column(nullable = false)
    private boolean accepted;

    @Version
    private int version;

    protected Answer() {
    }

    Answer(Question question, Account author, String cleanHtml) {
        this.question = question;
        this.author = author;
        write(cleanHtml);
    }

    /** {@code cleanHtml} has been through {@link RichText#clean}. */
    void write(String cleanHtml) {
        this.bodyHtml = cleanHtml;
        this.bodyText = RichText.text(cleanHtml);
    }

    /** Whether this person wrote it. */
    public boolean isBy(Viewer viewer) {
        return viewer.isSignedIn() && author.getId().equals(viewer.account().getId());
    }

    /** Its author changes its text, or staff correct it. */
    void checkEditableBy(Viewer viewer) {
        if (!isBy(viewer) && !viewer.isStaff()) {
            throw new ContentAccessDenied(false);
        }
    }

    /** One votes for others' answers, never for one's own. */
    void checkVoter(Viewer voter) {
        RuleViolation.require(!isBy(voter), "qa.noSelfVote");
    }

    void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    void setVoteCount(int voteCount) {
        this.voteCount = voteCount;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public int getVoteCount() {
        return voteCount;
    }

    public boolean isAccepted() {
        return accepted;
    }
}
