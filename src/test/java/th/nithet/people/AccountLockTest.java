package th.nithet.people;

import org.junit.jupiter.api.Test;
import th.nithet.platform.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountLockTest {

    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

    private final Account account = new Account("kru.a", "ครูเอ", "hash", Set.of(Role.MEMBER));

    @Test
    void locksAfterTheLimitForTheGivenTime() {
        for (int i = 1; i < AccountService.LOCK_AFTER_FAILURES; i++) {
            account.signInFailed(NOW, AccountService.LOCK_AFTER_FAILURES, AccountService.LOCK_DURATION);
            assertFalse(account.isLocked(NOW), "not locked after " + i + " failures");
        }
        account.signInFailed(NOW, AccountService.LOCK_AFTER_FAILURES, AccountService.LOCK_DURATION);
        assertTrue(account.isLocked(NOW));
        assertTrue(account.isLocked(NOW.plus(AccountService.LOCK_DURATION).minusSeconds(1)));
        assertFalse(account.isLocked(NOW.plus(AccountService.LOCK_DURATION)), "the lock ends by itself");
    }

    @Test
    void aSuccessOrANewPasswordClearsTheCount() {
        for (int i = 1; i < AccountService.LOCK_AFTER_FAILURES; i++) {
            account.signInFailed(NOW, AccountService.LOCK_AFTER_FAILURES, AccountService.LOCK_DURATION);
        }
        account.signedIn();
        account.signInFailed(NOW, AccountService.LOCK_AFTER_FAILURES, AccountService.LOCK_DURATION);
        assertFalse(account.isLocked(NOW));

        for (int i = 0; i < AccountService.LOCK_AFTER_FAILURES; i++) {
            account.signInFailed(NOW, AccountService.LOCK_AFTER_FAILURES, Duration.ofHours(1));
        }
        assertTrue(account.isLocked(NOW));
        account.setPasswordHash("new-hash");
        assertFalse(account.isLocked(NOW), "a password reset ends the lock");
    }

    @Test
    void aTemporaryPasswordMustBeChangedAndAChosenOneClearsThat() {
        account.setTemporaryPassword("temporary-hash");
        assertTrue(account.isMustChangePassword());
        account.setPasswordHash("chosen-hash");
        assertFalse(account.isMustChangePassword());
    }
}
