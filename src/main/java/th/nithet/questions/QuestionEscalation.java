package th.nithet.questions;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.nithet.platform.cluster.JobRounds;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * No question waits unanswered without someone knowing: every minute, questions older than
 * {@code NITHET_QA_ESCALATE_HOURS} (48 by default) with no answer are escalated to the supervisors
 * responsible for them (once per question).
 */
@Singleton
@PermitAll
public class QuestionEscalation {

    private static final Logger LOG = Logger.getLogger(QuestionEscalation.class.getName());

    @EJB
    QuestionService questions;

    @Inject
    @ConfigProperty(name = "nithet.qa.escalate.hours", defaultValue = "48")
    int hours;

    @Inject
    JobRounds rounds;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        if (!rounds.claim("question-escalation", Duration.ofMinutes(1))) {
            return; // another instance has this round
        }
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Escalation round failed; it runs again in a minute", e);
        }
    }

    /** Escalates what is due now; answers how many questions. */
    public int run() {
        int escalated = questions.escalate(after());
        if (escalated > 0) {
            LOG.info(escalated + " unanswered question(s) escalated to supervisors");
        }
        return escalated;
    }

    public Duration after() {
        return Duration.ofHours(Math.max(1, hours));
    }
}
