package th.nithet.supervision;

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
import th.nithet.platform.rules.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded step of coaching: a plan, an observation, feedback, an agreed action (with the date
 * it is due, and when it was done), or a follow-up. Each with the day it happened and who recorded it.
 */
@Entity
@Table(name = "coaching_step")
public class CoachingStep {

    public static final int MAX_TEXT = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervision_id")
    private Supervision supervision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepKind kind;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "recorded_by")
    private Account recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    protected CoachingStep() {
    }

    CoachingStep(Supervision supervision, StepKind kind, String text, LocalDate happenedOn, LocalDate dueOn, Account recordedBy,
                 Instant at) {
        this.supervision = supervision;
        this.kind = kind;
        this.text = text;
        this.happenedOn = happenedOn;
        this.dueOn = dueOn;
        this.recordedBy = recordedBy;
        this.createdAt = at;
    }

    /** An agreed action is done (once: doing it again changes nothing). Answers whether it changed. */
    boolean markDone(Instant at) {
        RuleViolation.require(kind == StepKind.ACTION, "supervision.notAnAction");
        if (isDone()) {
            return false;
        }
        doneAt = at;
        return true;
    }

    void overdueNotified(Instant at) {
        overdueNotifiedAt = at;
    }

    /** An agreed action not done by its due date. */
    public boolean isOverdue(LocalDate today) {
        return kind == StepKind.ACTION && doneAt == null && dueOn != null && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Supervision getSupervision() {
        return supervision;
    }

    public StepKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public Account getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOverdueNotifiedAt() {
        return overdueNotifiedAt;
    }
}
