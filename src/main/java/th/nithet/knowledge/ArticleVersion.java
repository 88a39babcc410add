package th.nithet.knowledge;

import th.nithet.platform.time.PortalClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import th.nithet.people.Account;

import java.time.Instant;

/** One saved state of an article: what it said, who saved it, when, and a note on what changed. Never changed. */
@Entity
@Table(name = "article_version")
public class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "editor_id")
    private Account editor;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(length = 300)
    private String note;

    protected ArticleVersion() {
    }

    ArticleVersion(Article article, int number, Account editor, String note) {
        this.article = article;
        this.number = number;
        this.title = article.getTitle();
        this.bodyHtml = article.getBodyHtml();
        this.editor = editor;
        this.editedAt = PortalClock.instant();
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Account getEditor() {
        return editor;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public String getNote() {
        return note;
    }
}
