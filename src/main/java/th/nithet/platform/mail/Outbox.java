package th.nithet.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable outbox. Features call {@link #queue} inside their own transaction, so a mail is
 * stored if and only if the change it announces is; {@link OutboxSender} delivers it later.
 */
@Stateless
public class Outbox {

    /** How long one sender may hold a message before another instance may try it. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final Duration MAX_BACKOFF = Duration.ofHours(6);

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    // the portal's clock, so that tests can reach the next retry without waiting for it
    @jakarta.inject.Inject
    th.nithet.platform.time.PortalClock clock;

    public void queue(String recipient, String subject, String body) {
        // due at once by the real clock: a test that moved the portal clock forward must not delay it
        em.persist(new OutboxMessage(recipient, subject, body, Instant.now()));
    }

    public List<Long> due(int limit) {
        return em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now "
                        + "ORDER BY m.nextAttemptAt", Long.class)
                .setParameter("now", clock.now())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes the message for {@link #CLAIM}: an atomic update, so that of several instances only one
     * sends it. Empty when someone else has it or it was sent meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutboxMessage> claim(long id) {
        Instant now = clock.now();
        int claimed = em.createQuery("UPDATE OutboxMessage m SET m.nextAttemptAt = :until "
                        + "WHERE m.id = :id AND m.sentAt IS NULL AND m.nextAttemptAt <= :now")
                .setParameter("until", now.plus(CLAIM))
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, id);
        em.refresh(message);
        return Optional.of(message);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(long id) {
        em.find(OutboxMessage.class, id).sent(clock.now());
    }

    /** Retries after 1, 2, 4 … minutes, at most every {@link #MAX_BACKOFF}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        Duration wait = Duration.ofMinutes(1L << Math.min(message.getAttempts(), 9));
        message.failed(error, clock.now().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait));
    }
}
