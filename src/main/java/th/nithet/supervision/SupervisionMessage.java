package th.nithet.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import th.nithet.content.RichText;
import th.nithet.people.Account;

import java.time.Instant;

/** One message of a supervision's private conversation (sanitised rich text: links to lesson plans and classroom videos). */
@Entity
@Table(name = "supervision_message")
public class SupervisionMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervision_id")
    private Supervision supervision;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SupervisionMessage() {
    }

    SupervisionMessage(Supervision supervision, Account author, String cleanHtml, Instant at) {
        this.supervision = supervision;
        this.author = author;
        this.bodyHtml = cleanHtml;
        this.bodyText = RichText.text(cleanHtml);
        this.createdAt = at;
    }

    public Long getId() {
        return id;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
