package th.nithet.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down guessing: after {@value #FREE_FAILURES_PER_USER} failed sign-ins for one user name, or
 * {@value #FREE_FAILURES_PER_ADDRESS} from one address (a school's whole staff may share one address
 * behind its router), further attempts are refused for {@link #FIRST_WAIT}, a wait that doubles with each further failure, up to
 * {@link #MAX_WAIT}. A success clears the user name's record. Records older than
 * {@link #FORGET_AFTER} are forgotten.
 * <p>
 * The failures are counted in the database ({@link DatabaseFailures}), so that every instance of a
 * cluster sees the failures made on the others: five wrong passwords on one machine cannot be
 * followed by five more on the next. Locking an account for good after repeated failures is a
 * property of the account and belongs with it.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES_PER_USER = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final FailureRecords failures;
    private final Clock clock;

    @Inject
    public LoginThrottle(DatabaseFailures failures) {
        this(failures, Clock.systemUTC());
    }

    LoginThrottle(FailureRecords failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** Where failures are counted: the database in the portal, memory in unit tests. */
    interface FailureRecords {
        Failures get(String key);

        /** Counts one more failure, starting again at one when the last is older than {@code forgetBefore}. */
        void failed(String key, Instant now, Instant forgetBefore);

        void clear(String key);
    }

    /** For the container's proxy only. */
    protected LoginThrottle() {
        this.failures = null;
        this.clock = null;
    }

    /** How long the caller must wait before the next attempt; zero when it may try now. */
    public Duration waitBeforeAttempt(String username, String address) {
        Duration wait = waitFor(userKey(username), FREE_FAILURES_PER_USER);
        Duration byAddress = waitFor(addressKey(address), FREE_FAILURES_PER_ADDRESS);
        return byAddress.compareTo(wait) > 0 ? byAddress : wait;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[]{userKey(username), addressKey(address)}) {
            failures.failed(key, now, now.minus(FORGET_AFTER));
        }
    }

    public void succeeded(String username) {
        failures.clear(userKey(username));
    }

    private Duration waitFor(String key, int freeFailures) {
        Failures f = failures.get(key);
        if (f == null || f.count < freeFailures || f.last.isBefore(clock.instant().minus(FORGET_AFTER))) {
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

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    record Failures(int count, Instant last) {
    }
}
