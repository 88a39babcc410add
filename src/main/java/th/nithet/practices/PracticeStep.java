package th.nithet.practices;

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
import th.nithet.people.Account;

import java.time.Instant;

/** One step of a practice's review history: who did what, when, and what they said. */
@Entity
@Table(name = "practice_step")
public class PracticeStep {

    public enum Action { CREATED, SUBMITTED, RETURNED, PUBLISHED, REJECTED, FEATURED, UNFEATURED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Action action;

    @Column(columnDefinition = "TEXT")
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PracticeStep() {
    }

    PracticeStep(Practice practice, Account actor, Action action, String comment, Instant at) {
        this.practice = practice;
        this.actor = actor;
        this.action = action;
        this.comment = comment;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Account getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
