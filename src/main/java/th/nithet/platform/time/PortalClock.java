package th.nithet.platform.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "Now" for rules that wait on time: when an unanswered question is escalated, when a failed mail
 * is tried again. Always the system clock in production; integration tests (and only they: the
 * system property {@code nithet.clock.adjustable=true}) move it forward through {@link ClockServlet}
 * rather than wait two days for an escalation.
 */
@ApplicationScoped
public class PortalClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    public Instant now() {
        return Instant.now().plus(OFFSET.get());
    }

    static boolean adjustable() {
        return Boolean.getBoolean("nithet.clock.adjustable");
    }

    /** Moves the clock forward; refused unless the clock is adjustable (tests). */
    static void advance(Duration by) {
        if (!adjustable()) {
            throw new IllegalStateException("the portal's clock is not adjustable");
        }
        OFFSET.accumulateAndGet(by, Duration::plus);
    }

    static void reset() {
        OFFSET.set(Duration.ZERO);
    }
}
