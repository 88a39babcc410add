package th.nithet.people;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import th.nithet.audit.AuditAction;
import th.nithet.audit.AuditTrail;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.OrganisationService;
import th.nithet.organisation.School;
import th.nithet.organisation.SchoolNetwork;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.PasswordHasher;
import th.nithet.platform.security.Role;
import th.nithet.platform.security.SignedInSessions;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Administrators manage accounts: list and filter them in Thai order, create them (with an
 * invitation e-mail to set a password), change them, disable and enable them. Nobody is ever
 * deleted: a person's content keeps its author.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SignedInSessions sessions;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisation;

    @Inject
    PasswordResetService resets;

    @Inject
    SecurityContext security;

    @Inject
    th.nithet.content.Viewers viewers;

    @Inject
    th.nithet.platform.security.PasswordHasher hasher;

    /** What an administrator says about an account. */
    public record Draft(String username, String displayName, String email, Position position, Long schoolId,
                        Set<Role> roles, Set<String> learningAreaCodes, Set<Long> supervisedNetworkIds) {
    }

    /** Filters for the account list; null means any. */
    public record Filter(Long networkId, Long schoolId, Position position, String learningAreaCode, String query) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    public List<Account> list(Filter filter, int offset, int limit) {
        return query(filter, "SELECT DISTINCT a", " ORDER BY a.displayName, a.username", Account.class)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(1, limit), OrganisationService.MAX_PAGE))
                .getResultList();
    }

    /** Every account matching the filter, for export. */
    /** Every account the filter finds, for a file of personal data leaving the portal: recorded in the audit trail. */
    public List<Account> export(Filter filter, String format) {
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "accounts", null, format);
        return all(filter);
    }

    public List<Account> all(Filter filter) {
        return query(filter, "SELECT DISTINCT a", " ORDER BY a.displayName, a.username", Account.class).getResultList();
    }

    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(DISTINCT a)", "", Long.class).getSingleResult();
    }

    public Optional<Account> find(String username) {
        return accounts.findByUsername(username);
    }

    public Account create(Draft draft, Locale mailLocale) {
        // nobody can sign in until they set a password from the invitation (or an administrator sets one)
        Account account = checked(draft, PasswordHasher.NO_PASSWORD);
        em.persist(account);
        audit.record(AuditAction.ACCOUNT_CREATED, "account", account.getUsername(), roles(account));
        resets.invite(account, mailLocale);
        return account;
    }

    /**
     * A person made whole at once with a password hash made once for many, as the demo office makes its staff and teachers
     * (108 slow hashes one by one would add 20 s to its start); no invitation. Checked like {@link #create}. The caller must
     * be an administrator: checked here rather than by the class's {@code @RolesAllowed}, so that the demo's generator,
     * acting as the office's administrator ({@code Viewers.actingAs}), passes the same check as a person.
     */
    @PermitAll
    public Account createWithPassword(Draft draft, String passwordHash) {
        viewers.administrator();
        Account account = checked(draft, passwordHash);
        em.persist(account);
        audit.record(AuditAction.ACCOUNT_CREATED, "account", account.getUsername(), roles(account));
        em.flush();
        return account;
    }

    private Account checked(Draft draft, String passwordHash) {
        String username = AccountService.normalise(draft.username());
        RuleViolation.require(USERNAME.matcher(username).matches(), "account.badUsername");
        RuleViolation.require(accounts.findByUsername(username).isEmpty(), "account.duplicateUsername", username);
        Account account = new Account(username, "-", passwordHash, EnumSet.of(Role.MEMBER));
        apply(account, draft);
        return account;
    }

    public Account update(String username, Draft draft) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new RuleViolation("account.notFound"));
        Set<Role> rolesBefore = Set.copyOf(account.getRoles());
        apply(account, draft);
        audit.record(AuditAction.ACCOUNT_CHANGED, "account", account.getUsername(), null);
        if (!rolesBefore.equals(account.getRoles())) {
            audit.record(AuditAction.ROLES_CHANGED, "account", account.getUsername(),
                    rolesBefore.stream().map(Role::name).sorted().toList() + " -> " + roles(account));
        }
        if (!rolesBefore.equals(account.getRoles()) && !account.getUsername().equals(security.getCallerPrincipal().getName())) {
            // a session keeps the roles it signed in with: the person signs in again with the new ones
            sessions.endAll(account.getId(), null);
        }
        return account;
    }

    public Account setEnabled(String username, boolean enabled) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new RuleViolation("account.notFound"));
        RuleViolation.require(enabled || !account.getUsername().equals(security.getCallerPrincipal().getName()),
                "account.cannotDisableSelf");
        account.setEnabled(enabled);
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, "account", account.getUsername(), null);
        if (!enabled) {
            sessions.endAll(account.getId(), null);
        }
        return account;
    }

    /** Ends a lock from repeated failed sign-ins before its time. */
    public Account unlock(String username) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new RuleViolation("account.notFound"));
        account.unlock();
        audit.record(AuditAction.ACCOUNT_UNLOCKED, "account", account.getUsername(), null);
        return account;
    }

    /**
     * Gives the account a new random password that the administrator passes on (by phone, say);
     * the person must choose their own at the next sign-in. Answers the password, shown once.
     */
    public String setTemporaryPassword(String username) {
        Account account = accounts.findByUsername(username).orElseThrow(() -> new RuleViolation("account.notFound"));
        String password = temporaryPassword();
        account.setTemporaryPassword(hasher.hash(password));
        audit.record(AuditAction.TEMPORARY_PASSWORD_SET, "account", account.getUsername(), null);
        sessions.endAll(account.getId(), null);
        return password;
    }

    private static String roles(Account account) {
        return account.getRoles().stream().map(Role::name).sorted().toList().toString();
    }

    private static String temporaryPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private void apply(Account account, Draft draft) {
        String displayName = draft.displayName() == null ? "" : draft.displayName().strip().replaceAll("\\s+", " ");
        RuleViolation.require(!displayName.isEmpty(), "account.displayNameRequired");
        RuleViolation.require(displayName.length() <= 200, "name.tooLong", 200);
        String email = draft.email() == null || draft.email().isBlank() ? null : draft.email().trim().toLowerCase(Locale.ROOT);
        if (email != null) {
            RuleViolation.require(PasswordResetService.looksLikeEmail(email), "account.badEmail", email);
            RuleViolation.require(em.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :email", Account.class)
                    .setParameter("email", email).getResultStream()
                    .allMatch(other -> other.getId().equals(account.getId())), "account.duplicateEmail", email);
        }
        School school = draft.schoolId() == null ? null
                : organisation.school(draft.schoolId()).orElseThrow(() -> new RuleViolation("school.notFound"));
        Set<Role> roles = draft.roles() == null || draft.roles().isEmpty() ? EnumSet.of(Role.MEMBER) : EnumSet.copyOf(draft.roles());
        if (account.getId() != null && account.getUsername().equals(security.getCallerPrincipal().getName())) {
            RuleViolation.require(roles.contains(Role.ADMIN), "account.cannotDropOwnAdmin");
        }
        Set<LearningArea> areas = new HashSet<>();
        for (String code : draft.learningAreaCodes() == null ? Set.<String>of() : draft.learningAreaCodes()) {
            areas.add(organisation.learningAreaByCode(code).orElseThrow(() -> new RuleViolation("learningArea.unknown", code)));
        }
        Set<SchoolNetwork> networks = new HashSet<>();
        for (Long id : draft.supervisedNetworkIds() == null ? Set.<Long>of() : draft.supervisedNetworkIds()) {
            networks.add(organisation.network(id).orElseThrow(() -> new RuleViolation("network.notFound")));
        }
        account.administer(displayName, email, draft.position(), school, roles, areas, networks);
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM Account a LEFT JOIN a.school s LEFT JOIN a.learningAreas la WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.networkId() != null) {
            jpql.append(" AND s.network.id = :network");
            params.put("network", f.networkId());
        }
        if (f.schoolId() != null) {
            jpql.append(" AND s.id = :school");
            params.put("school", f.schoolId());
        }
        if (f.position() != null) {
            jpql.append(" AND a.position = :position");
            params.put("position", f.position());
        }
        if (f.learningAreaCode() != null && !f.learningAreaCode().isBlank()) {
            jpql.append(" AND la.code = :area");
            params.put("area", f.learningAreaCode());
        }
        if (f.query() != null && !f.query().isBlank()) {
            jpql.append(" AND (a.displayName LIKE :q OR a.username LIKE :q)");
            params.put("q", "%" + f.query().trim().replace("%", "").replace("_", "") + "%");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(q::setParameter);
        return q;
    }

}
