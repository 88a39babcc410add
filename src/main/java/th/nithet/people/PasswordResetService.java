package th.nithet.people;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.mail.Outbox;
import th.nithet.platform.security.PasswordHasher;
import th.nithet.platform.security.PasswordPolicy;
import th.nithet.platform.security.RandomSecrets;
import th.nithet.platform.security.SignedInSessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Self-service password reset by e-mail. The answer to a request never tells whether the address
 * belongs to an account; the e-mailed token is single-use, expires after {@link #VALIDITY} and is
 * stored only as its SHA-256.
 */
@Stateless
public class PasswordResetService {

    public static final Duration VALIDITY = Duration.ofMinutes(60);
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    /** At most this many reset mails per account per hour: the form cannot be used to flood an inbox. */
    static final int MAX_REQUESTS_PER_HOUR = 3;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,253}\\.[^@\\s]+$");
    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    th.nithet.audit.AuditTrail audit;

    @Inject
    SignedInSessions sessions;

    @Inject
    Outbox outbox;

    @Inject
    PasswordHasher hasher;

    @Inject
    th.nithet.platform.web.PublicAddress address;

    public static boolean looksLikeEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email.trim()).matches();
    }

    /** Queues a reset mail if the address belongs to an enabled account; silently does nothing otherwise. */
    public void request(String email, Locale locale) {
        if (!looksLikeEmail(email)) {
            return;
        }
        Optional<Account> found = em.createQuery(
                        "SELECT a FROM Account a WHERE LOWER(a.email) = :email AND a.enabled = TRUE", Account.class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        Instant now = Instant.now();
        long recent = em.createQuery("SELECT COUNT(r) FROM PasswordReset r WHERE r.account = :account AND r.createdAt > :since", Long.class)
                .setParameter("account", account)
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= MAX_REQUESTS_PER_HOUR) {
            return;
        }
        String link = issueLink(account, VALIDITY);
        outbox.queue(account.getEmail(),
                Messages.get(locale, "reset.mail.subject"),
                Messages.get(locale, "reset.mail.body", account.getDisplayName(), link, VALIDITY.toMinutes()));
    }

    /** Welcomes a new account by e-mail with a link to set its first password, valid {@link #INVITATION_VALIDITY}. */
    public void invite(Account account, Locale locale) {
        if (account.getEmail() == null) {
            return;
        }
        String link = issueLink(account, INVITATION_VALIDITY);
        outbox.queue(account.getEmail(),
                Messages.get(locale, "invite.mail.subject"),
                Messages.get(locale, "invite.mail.body", account.getDisplayName(), account.getUsername(), link,
                        INVITATION_VALIDITY.toDays()));
    }

    private String issueLink(Account account, Duration validity) {
        Instant now = Instant.now();
        String token = RandomSecrets.newSecret();
        em.persist(new PasswordReset(account, RandomSecrets.sha256(token), now, now.plus(validity)));
        return address.link("/password/reset.xhtml?token=" + token);
    }

    /** Sets the new password; answers the message key of what went wrong, or empty when done. */
    public Optional<String> reset(String token, String newPassword) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.of("reset.invalid");
        }
        Instant now = Instant.now();
        Optional<PasswordReset> found = em.createQuery("SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", RandomSecrets.sha256(token.trim()))
                .getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isUsable(now) || !found.get().getAccount().isEnabled()) {
            return Optional.of("reset.invalid");
        }
        Account account = found.get().getAccount();
        Optional<String> problem = PasswordPolicy.problem(newPassword, account.getUsername());
        if (problem.isPresent()) {
            return problem;
        }
        account.setPasswordHash(hasher.hash(newPassword));
        audit.recordAs(account.getUsername(), th.nithet.audit.AuditAction.PASSWORD_RESET, "account", account.getUsername(), null);
        // whoever was signed in with the old password is signed out
        sessions.endAll(account.getId(), null);
        // this token and any other open one for the account are spent
        em.createQuery("UPDATE PasswordReset r SET r.usedAt = :now WHERE r.account = :account AND r.usedAt IS NULL")
                .setParameter("now", now)
                .setParameter("account", account)
                .executeUpdate();
        return Optional.empty();
    }

}
