package th.nithet.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-26T03:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    /** The same counting as the table's one statement, in a map: the policy is what this test is about. */
    static final class MemoryFailures implements LoginThrottle.FailureRecords {
        final java.util.Map<String, LoginThrottle.Failures> rows = new java.util.HashMap<>();

        @Override
        public LoginThrottle.Failures get(String key) {
            return rows.get(key);
        }

        @Override
        public void failed(String key, Instant now, Instant forgetBefore) {
            rows.compute(key, (k, f) -> f == null || f.last().isBefore(forgetBefore)
                    ? new LoginThrottle.Failures(1, now) : new LoginThrottle.Failures(f.count() + 1, now));
        }

        @Override
        public void clear(String key) {
            rows.remove(key);
        }
    }

    private final LoginThrottle throttle = new LoginThrottle(new MemoryFailures(), clock);

    @Test
    void firstFailuresCostNothingThenTheWaitDoubles() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER - 1; i++) {
            throttle.failed("somchai", "10.0.0.1");
            assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("somchai", "10.0.0.1"));
        }
        throttle.failed("somchai", "10.0.0.1");
        assertEquals(LoginThrottle.FIRST_WAIT, throttle.waitBeforeAttempt("somchai", "10.0.0.1"));
        assertEquals(LoginThrottle.FIRST_WAIT, throttle.waitBeforeAttempt("SomChai ", "10.0.0.2"),
                "user names are compared as the portal stores them");

        clock.now = clock.now.plus(LoginThrottle.FIRST_WAIT);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("somchai", "10.0.0.1"));
        throttle.failed("somchai", "10.0.0.1");
        assertEquals(LoginThrottle.FIRST_WAIT.multipliedBy(2), throttle.waitBeforeAttempt("somchai", "10.0.0.1"));
    }

    @Test
    void theWaitNeverExceedsTheMaximum() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("malee", "10.0.0.9");
        }
        assertEquals(LoginThrottle.MAX_WAIT, throttle.waitBeforeAttempt("malee", "10.0.0.9"));
    }

    @Test
    void successClearsTheUserButNotOtherUsers() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            throttle.failed("a", "10.0.0.3");
            throttle.failed("b", "10.0.0.4");
        }
        throttle.succeeded("a");
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("a", "10.0.0.5"));
        assertTrue(throttle.waitBeforeAttempt("b", "10.0.0.5").compareTo(Duration.ZERO) > 0);
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedToo() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.9.9.9");
        }
        assertTrue(throttle.waitBeforeAttempt("someone-new", "10.9.9.9").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("someone-new", "10.9.9.8"));
    }

    @Test
    void oldFailuresAreForgotten() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USER; i++) {
            throttle.failed("old", "10.0.0.6");
        }
        clock.now = clock.now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        throttle.failed("old", "10.0.0.6");
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("old", "10.0.0.6"));
    }
}
