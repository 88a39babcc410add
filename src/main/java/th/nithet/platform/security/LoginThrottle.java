package th.nithet.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after {@value #FREE_FAILURES_PER_USER} failed sign-ins for one user name, or
 * {@value #FREE_FAILURES_PER_ADDRESS} from one address (a school's whole staff may share one address
 * behind its router), further attempts are refused for {@link #FIRST_WAIT}, a wait that doubles with each further failure, up to
 * {@link #MAX_WAIT}. A success clears the user name's record. Records older than
 * {@link #FORGET_AFTER} are forgotten.
 * <p>
 * Kept in memory, per server instance: enough to make online guessing slow. Locking an account
 * for good after repeated failures is a property of the account and belongs with it.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES_PER_USER = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before the next attempt; zero when it may try now. */
    public Duration waitBeforeAttempt(String username, String address) {
        Duration wait = waitFor(userKey(username), FREE_FAILURES_PER_USER);
        Duration byAddress = waitFor(addressKey(address), FREE_FAILURES_PER_ADDRESS);
        return byAddress.compareTo(wait) > 0 ? byAddress : wait;
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            forgetOld();
        }
        Instant now = clock.instant();
        for (String key : new String[]{userKey(username), addressKey(address)}) {
            failures.compute(key, (k, f) -> f == null || f.last.isBefore(now.minus(FORGET_AFTER))
                    ? new Failures(1, now) : new Failures(f.count + 1, now));
        }
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration waitFor(String key, int freeFailures) {
        Failures f = failures.get(key);
        if (f == null || f.count < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count - freeFailures, 10);
        Duration penalty = FIRST_WAIT.multipliedBy(1L << doublings);
        if (penalty.compareTo(MAX_WAIT) > 0) {
            penalty = MAX_WAIT;
        }
        Duration left = Duration.between(clock.instant(), f.last.plus(penalty));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(FORGET_AFTER);
        failures.values().removeIf(f -> f.last.isBefore(cutoff));
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private record Failures(int count, Instant last) {
    }
}
