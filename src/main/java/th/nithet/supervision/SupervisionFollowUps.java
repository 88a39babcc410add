package th.nithet.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import th.nithet.platform.cluster.JobRounds;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every ten minutes: agreed actions past their due date are shown as "follow-up due" and their supervisors told, once. */
@Singleton
@PermitAll
public class SupervisionFollowUps {

    private static final Logger LOG = Logger.getLogger(SupervisionFollowUps.class.getName());

    @EJB
    SupervisionService supervisions;

    @Inject
    JobRounds rounds;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void round() {
        if (!rounds.claim("supervision-follow-ups", Duration.ofMinutes(10))) {
            return; // another instance has this round
        }
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Follow-up round failed; it runs again in ten minutes", e);
        }
    }

    /** Answers how many overdue actions were found now. */
    public int run() {
        return supervisions.notifyOverdue();
    }
}
