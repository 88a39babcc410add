package th.nithet.people;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.BearerTokens;
import th.nithet.platform.security.RandomSecrets;

import java.time.Instant;
import java.util.List;

/**
 * A person's own personal access tokens: make one (shown once), list them with their last use, revoke
 * one. Everyone acts only on their own tokens; nobody, an administrator included, sees another's.
 */
@Stateless
public class AccessTokenService {

    /** Enough for every script a person runs; more is a sign of tokens made and forgotten. */
    public static final int MAX_ACTIVE = 20;
    public static final int DEFAULT_DAYS = 90;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

    /** A token just made: the row, and the token itself, which is never shown again. */
    public record NewToken(AccessToken token, String secret) {
    }

    public NewToken create(String name, boolean readOnly, int days) {
        Account me = me();
        Instant now = Instant.now();
        long active = em.createQuery("SELECT COUNT(t) FROM AccessToken t WHERE t.account = :me AND t.revokedAt IS NULL "
                        + "AND t.expiresAt > :now", Long.class)
                .setParameter("me", me).setParameter("now", now).getSingleResult();
        RuleViolation.require(active < MAX_ACTIVE, "token.tooMany", MAX_ACTIVE);
        String secret = BearerTokens.newToken();
        AccessToken token = new AccessToken(me, name, RandomSecrets.sha256(secret), readOnly, days, now);
        em.persist(token);
        return new NewToken(token, secret);
    }

    /** The caller's tokens that are not revoked, newest first (expired ones too, marked so, until revoked). */
    public List<AccessToken> mine() {
        return em.createQuery("SELECT t FROM AccessToken t WHERE t.account = :me AND t.revokedAt IS NULL "
                        + "ORDER BY t.createdAt DESC, t.id DESC", AccessToken.class)
                .setParameter("me", me()).getResultList();
    }

    /**
     * Revokes one of the caller's tokens: false when there is no such token of theirs (another person's
     * token is as unknown as one that never was, and so is one already revoked).
     */
    public boolean revoke(long id) {
        AccessToken token = em.find(AccessToken.class, id);
        if (token == null || !token.getAccount().getId().equals(me().getId()) || token.getRevokedAt() != null) {
            return false;
        }
        token.revoke(Instant.now());
        return true;
    }

    private Account me() {
        RuleViolation.require(security.getCallerPrincipal() != null, "profile.signInFirst");
        return accounts.findByUsername(security.getCallerPrincipal().getName())
                .orElseThrow(() -> new RuleViolation("account.notFound"));
    }
}
