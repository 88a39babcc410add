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
import th.nithet.people.Account;

import java.time.Instant;

/** An answer's text before one of its edits: the history readers can open. */
@Entity
@Table(name = "answer_version")
public class AnswerVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id")
    private Answer answer;

    @Column(nullable = false)
    private int number;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "editor_id")
    private Account editor;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected AnswerVersion() {
    }

    AnswerVersion(Answer answer, int number, String bodyHtml, Account editor, Instant editedAt) {
        this.answer = answer;
        this.number = number;
        this.bodyHtml = bodyHtml;
        this.editor = editor;
        this.editedAt = editedAt;
    }

    public int getNumber() {
        return number;
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
}
