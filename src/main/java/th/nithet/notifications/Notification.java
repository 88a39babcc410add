package th.nithet.notifications;

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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** One thing one person is told: in the bell until read, and by e-mail as they chose. */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAX_SUBJECT = 400;

    /** Where the e-mail side of a notification is. */
    public enum Mail {
        NONE, SENT, WAITING, DIGESTED;

        /** What a new notification's mail starts as: sent now, waiting for the digest, or none (no address, or the bell only). */
        static Mail firstFor(Account recipient) {
            if (recipient.getEmail() == null || recipient.getEmail().isBlank()) {
                return NONE;
            }
            return switch (recipient.getNotifyByMail()) {
                case IMMEDIATE -> SENT;
                case DIGEST -> WAITING;
                case NEVER -> NONE;
            };
        }
    }

    /** Who is told: each enabled person once, in the order given (a question's asker who also follows it gets one). */
    static Collection<Account> recipients(Collection<Account> candidates) {
        Map<Long, Account> once = new LinkedHashMap<>();
        candidates.stream().filter(a -> a != null && a.isEnabled()).forEach(a -> once.putIfAbsent(a.getId(), a));
        return once.values();
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Account recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    /** The page it is about, relative to the portal ("/questions/42"). */
    @Column(nullable = false, length = 400)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Mail mail;

    protected Notification() {
    }

    Notification(Account recipient, NotificationKind kind, String subject, String link, Instant at, Mail mail) {
        this.recipient = recipient;
        this.kind = kind;
        this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject;
        this.link = link;
        this.createdAt = at;
        this.mail = mail;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** Taken into a digest mail: only one that was waiting for it. */
    void digested() {
        if (mail != Mail.WAITING) {
            throw new IllegalStateException("not waiting for a digest: " + mail);
        }
        mail = Mail.DIGESTED;
    }

    public Long getId() {
        return id;
    }

    public Account getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Mail getMail() {
        return mail;
    }
}
