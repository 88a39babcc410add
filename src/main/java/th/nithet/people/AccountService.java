package th.nithet.people;

import jakarta.ejb.Stateless;
import th.nithet.audit.AuditAction;
import th.nithet.audit.AuditTrail;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.platform.security.PasswordHasher;
import th.nithet.platform.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Accounts: the transaction boundary for finding, creating and checking them. */
@Stateless
public class AccountService {

    /** Wrong passwords in a row before the account locks; an administrator can unlock it sooner. */
    public static final int LOCK_AFTER_FAILURES = 10;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    th.nithet.platform.metrics.PortalMetrics metrics;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHasher hasher;

    /** User names are case-insensitive: stored and looked up in lower case. */
    public static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", normalise(username))
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    }

    /**
     * The first administrator, made only while there is no account at all. Several instances starting at once on an
     * empty database all try: each tries one statement that the account's unique name lets exactly one through, and
     * the others' statements do nothing rather than fail (a failed insert is a stack trace in their logs). Answers
     * whether this call made it.
     */
    public boolean createFirstAdmin(String username, String displayName, String password) {
        int made = em.createNativeQuery("INSERT IGNORE INTO account (username, display_name, password_hash, enabled, created_at, updated_at) "
                        + "SELECT ?, ?, ?, TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM account)")
                .setParameter(1, normalise(username)).setParameter(2, displayName).setParameter(3, hasher.hash(password)).executeUpdate();
        if (made == 1) {
            em.createNativeQuery("INSERT INTO account_role (account_id, role) SELECT id, ? FROM account WHERE username = ?")
                    .setParameter(1, Role.ADMIN.name()).setParameter(2, normalise(username)).executeUpdate();
        }
        return made == 1;
    }

    public Account create(String username, String displayName, String password, Set<Role> roles) {
        Account account = new Account(normalise(username), displayName, hasher.hash(password), roles);
        em.persist(account);
        return account;
    }

    /**
     * Changes the signed-in person's own password after checking the current one. Answers the
     * message key of what went wrong, or empty when done.
     */
    public Optional<String> changePassword(String username, String currentPassword, String newPassword) {
        Optional<Account> account = authenticate(username, currentPassword);
        if (account.isEmpty()) {
            return Optional.of("password.currentWrong");
        }
        Optional<String> problem = th.nithet.platform.security.PasswordPolicy.problem(newPassword, account.get().getUsername());
        if (problem.isPresent()) {
            return problem;
        }
        account.get().setPasswordHash(hasher.hash(newPassword));
        return Optional.empty();
    }

    /**
     * The account whose password this is, if it may sign in. Takes the same time whether or not the
     * user name exists, and upgrades an old hash when the iteration count has been raised.
     */
    public Optional<Account> authenticate(String username, String password) {
        Optional<Account> found = findByUsername(username).filter(Account::isEnabled);
        Instant now = Instant.now();
        if (found.isEmpty() || found.get().isLocked(now)) {
            hasher.verifyDecoy(password);
            metrics.signInFailed();
            // a name that is no account is not written down as one: it may be someone's password typed in the wrong box
            found.ifPresent(locked -> audit.recordAs(locked.getUsername(), AuditAction.SIGN_IN_FAILED, "account", locked.getUsername(),
                    locked.isEnabled() ? "while locked" : "disabled"));
            return Optional.empty();
        }
        Account account = found.get();
        if (!hasher.verify(password, account.getPasswordHash())) {
            account.signInFailed(now, LOCK_AFTER_FAILURES, LOCK_DURATION);
            metrics.signInFailed();
            audit.recordAs(account.getUsername(), AuditAction.SIGN_IN_FAILED, "account", account.getUsername(), null);
            if (account.isLocked(now)) {
                audit.recordAs(account.getUsername(), AuditAction.ACCOUNT_LOCKED, "account", account.getUsername(),
                        "after " + LOCK_AFTER_FAILURES + " failed sign-ins, for " + LOCK_DURATION.toMinutes() + " min");
            }
            return Optional.empty();
        }
        account.signedIn();
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.rehash(hasher.hash(password));
        }
        return found;
    }
}
