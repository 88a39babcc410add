package th.nithet.people;

import jakarta.ejb.Stateless;
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
    PasswordHasher hasher;

    @Inject
    th.nithet.content.Viewers viewers;

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

    public Account create(String username, String displayName, String password, Set<Role> roles) {
        Account account = new Account(normalise(username), displayName, hasher.hash(password), roles);
        em.persist(account);
        return account;
    }

    /**
     * A person made whole at once, as the demo office makes its staff and teachers: what an administrator would set, and a
     * password hash made once for many (hashing 100 passwords one by one would cost the demo's start 20 s). The caller must
     * be an administrator.
     */
    public Account createPerson(String username, String displayName, String passwordHash, Position position, Long schoolId,
                                Set<Role> roles, Set<String> learningAreaCodes, Set<Long> supervisedNetworkIds) {
        viewers.administrator();
        Account account = new Account(normalise(username), displayName, passwordHash, roles);
        Set<th.nithet.organisation.LearningArea> areas = learningAreaCodes.isEmpty() ? Set.of()
                : Set.copyOf(em.createQuery("SELECT a FROM LearningArea a WHERE a.code IN :codes", th.nithet.organisation.LearningArea.class)
                        .setParameter("codes", learningAreaCodes).getResultList());
        Set<th.nithet.organisation.SchoolNetwork> networks = supervisedNetworkIds.isEmpty() ? Set.of()
                : Set.copyOf(em.createQuery("SELECT n FROM SchoolNetwork n WHERE n.id IN :ids", th.nithet.organisation.SchoolNetwork.class)
                        .setParameter("ids", supervisedNetworkIds).getResultList());
        account.administer(displayName, null, position, schoolId == null ? null : em.find(th.nithet.organisation.School.class, schoolId),
                roles, areas, networks);
        em.persist(account);
        em.flush();
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
            return Optional.empty();
        }
        Account account = found.get();
        if (!hasher.verify(password, account.getPasswordHash())) {
            account.signInFailed(now, LOCK_AFTER_FAILURES, LOCK_DURATION);
            return Optional.empty();
        }
        account.signedIn();
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.rehash(hasher.hash(password));
        }
        return found;
    }
}
