package th.nithet.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.nithet.people.Account;
import th.nithet.platform.db.Timestamped;

/** A member's comment on a content item. Deleted by its author or hidden by staff, never erased. */
@Entity
@Table(name = "comment")
public class Comment extends Timestamped {

    public enum Status { VISIBLE, HIDDEN, DELETED }

    public static final int MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem content;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "body_html", nullable = false, columnDefinition = "TEXT")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.VISIBLE;

    @Version
    private int version;

    protected Comment() {
    }

    Comment(ContentItem content, Account author, String bodyHtml) {
        this.content = content;
        this.author = author;
        this.bodyHtml = bodyHtml;
    }

    void edit(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    void setStatus(Status status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public ContentItem getContent() {
        return content;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isVisible() {
        return status == Status.VISIBLE;
    }

    public boolean isEdited() {
        return getUpdatedAt() != null && getCreatedAt() != null && getUpdatedAt().isAfter(getCreatedAt().plusSeconds(5));
    }
}
