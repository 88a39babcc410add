package th.nithet.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One record of the audit trail. Made once and never changed: no setters. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Who did it: the signed-in person, or the user name tried at a failed sign-in; null for the portal itself. */
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "subject_type")
    private String subjectType;

    private String subject;

    private String detail;

    private String address;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String subjectType, String subject, String detail,
            String address) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subject = subject;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.address = address;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getAddress() {
        return address;
    }
}
