package th.nithet.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import th.nithet.platform.cluster.JobRounds;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily digest, at 07:00 Bangkok time (before school starts), for everyone who chose it. Each
 * person's digest is its own transaction: one failure does not hold up the others, and what was not
 * sent stays waiting for the next round.
 */
@Singleton
@PermitAll
public class NotificationDigests {

    private static final Logger LOG = Logger.getLogger(NotificationDigests.class.getName());

    @EJB
    Notifications notifications;

    @Inject
    JobRounds rounds;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Bangkok", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        if (rounds.claim("notification-digests", Duration.ofDays(1))) {
            sendNow();
        }
    }

    /** Sends every waiting digest now; answers how many people got one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendNow() {
        int people = 0;
        for (Long recipient : notifications.waitingForDigest()) {
            try {
                if (notifications.digest(recipient) > 0) {
                    people++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Digest for account " + recipient + " not written; it waits for the next round", e);
            }
        }
        return people;
    }
}
