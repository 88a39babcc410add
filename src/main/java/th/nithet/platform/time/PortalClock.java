package th.nithet.platform.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "Now" for rules that wait on time: when an unanswered question is escalated, when a failed mail
 * is tried again. Always the system clock in production; integration tests (and only they: the
 * system property {@code nithet.clock.adjustable=true}) move it forward through {@link ClockServlet}
 * rather than wait two days for an escalation. The demo office's generator writes its six months of
 * history {@link #asOf as of} past days, on its own thread only; every row's times follow.
 */
@ApplicationScoped
public class PortalClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    /** The demo office's past moment, on the thread that writes it; none elsewhere. */
    private static final ThreadLocal<Instant> AS_OF = new ThreadLocal<>();

    public Instant now() {
        return instant();
    }

    /** "Now" where nothing can be injected (entity callbacks: {@code platform.db.Timestamped}). */
    public static Instant instant() {
        Instant asOf = AS_OF.get();
        return asOf != null ? asOf : Instant.now().plus(OFFSET.get());
    }

    /** Does {@code work} on this thread as if it were {@code at}: for writing the demo office's history. */
    public static <T> T asOf(Instant at, java.util.function.Supplier<T> work) {
        Instant before = AS_OF.get();
        AS_OF.set(at);
        try {
            return work.get();
        } finally {
            AS_OF.set(before);
        }
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
