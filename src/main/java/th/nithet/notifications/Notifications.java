package th.nithet.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.content.ContentNotFound;
import th.nithet.content.Viewers;
import th.nithet.people.Account;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.mail.Outbox;
import th.nithet.platform.time.PortalClock;
import th.nithet.platform.web.PublicAddress;

import java.util.Collection;
import java.util.List;

/**
 * Telling people things: features call {@link #send} inside their own transaction, so a
 * notification exists if and only if what it announces does. Mail goes through the durable outbox
 * (sent off the page's request, retried while the mail server is down) at once, or waits for the
 * person's daily digest ({@link NotificationDigests}), as each person chose.
 */
@Stateless
@PermitAll
public class Notifications {

    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PublicAddress address;

    @Inject
    PortalClock clock;

    @Inject
    Viewers viewers;

    /**
     * Tells each recipient once (duplicates and disabled accounts are skipped) that {@code subject}
     * happened at {@code link}. Whoever caused it is left out by the caller, not here.
     */
    public void send(Collection<Account> recipients, NotificationKind kind, String subject, String link) {
        for (Account recipient : Notification.recipients(recipients)) {
            Notification.Mail mail = Notification.Mail.firstFor(recipient);
            if (mail == Notification.Mail.SENT) {
                outbox.queue(recipient.getEmail(), Messages.get(Languages.THAI, "notify.mail.subject", subject),
                        Messages.get(Languages.THAI, "notify.mail.body", recipient.getDisplayName(), subject,
                                address.link(link), address.link("/account/index.xhtml")));
            }
            em.persist(new Notification(recipient, kind, subject, link, clock.now(), mail));
        }
    }

    /** The caller's notifications, newest first. */
    public List<Notification> mine(int offset, int limit) {
        Account me = viewers.signedIn().account();
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :me ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("me", me)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultList();
    }

    public long countMine() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :me", Long.class)
                .setParameter("me", viewers.signedIn().account()).getSingleResult();
    }

    /** What the bell shows; 0 for visitors. */
    public long unread() {
        return viewers.callerAccountId().map(me -> em.createQuery(
                        "SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :me AND n.readAt IS NULL", Long.class)
                .setParameter("me", me).getSingleResult()).orElse(0L);
    }

    /** Marks one of the caller's notifications read and answers where it points; someone else's is not found. */
    public Notification open(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getRecipient().getId().equals(viewers.signedIn().account().getId())) {
            throw new ContentNotFound();
        }
        notification.read(clock.now());
        return notification;
    }

    public int readAll() {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :me AND n.readAt IS NULL")
                .setParameter("now", clock.now()).setParameter("me", viewers.signedIn().account()).executeUpdate();
    }

    public MailChoice mailChoice() {
        return viewers.signedIn().account().getNotifyByMail();
    }

    /** People with notifications waiting for their digest. */
    public List<Long> waitingForDigest() {
        return em.createQuery("SELECT DISTINCT n.recipient.id FROM Notification n WHERE n.mail = :waiting", Long.class)
                .setParameter("waiting", Notification.Mail.WAITING).getResultList();
    }

    /**
     * One person's digest: one mail listing what waited, queued in the outbox in the same
     * transaction that marks them digested (so a crash neither loses nor repeats it). Answers how
     * many notifications it held.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public int digest(long recipientId) {
        List<Notification> waiting = em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :id "
                        + "AND n.mail = :waiting ORDER BY n.createdAt, n.id", Notification.class)
                .setParameter("id", recipientId).setParameter("waiting", Notification.Mail.WAITING)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        Account recipient = waiting.get(0).getRecipient();
        StringBuilder lines = new StringBuilder();
        for (Notification n : waiting) {
            lines.append("• ").append(n.getSubject()).append('\n').append("  ").append(address.link(n.getLink())).append('\n');
            n.digested();
        }
        if (recipient.isEnabled() && recipient.getEmail() != null && !recipient.getEmail().isBlank()) {
            outbox.queue(recipient.getEmail(), Messages.get(Languages.THAI, "notify.digest.subject", waiting.size()),
                    Messages.get(Languages.THAI, "notify.digest.body", recipient.getDisplayName(), lines.toString(),
                            address.link("/account/index.xhtml")));
        }
        return waiting.size();
    }

}
