package th.nithet.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import th.nithet.platform.rules.RuleViolation;

import java.time.Duration;
import java.time.Instant;

/**
 * A personal access token: a named key a person gives a script instead of their password
 * ({@code Authorization: Bearer …}). Only its SHA-256 is kept; the token itself is shown once. It
 * expires, may be read-only, and is revoked rather than deleted (the row says who had what, until
 * when). The API checks it in {@code platform.security.BearerTokens}.
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

    public static final int MAX_NAME = 100;
    /** How long a token may live at most; a script that runs for years gets a new one each year. */
    public static final int MAX_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "read_only", nullable = false)
    private boolean readOnly;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {
    }

    /** A token for {@code account}, valid {@code days} days from {@code now}; the name and days are checked here. */
    AccessToken(Account account, String name, String tokenHash, boolean readOnly, int days, Instant now) {
        String cleanName = name == null ? "" : name.strip();
        RuleViolation.require(!cleanName.isEmpty(), "token.nameRequired");
        RuleViolation.require(cleanName.length() <= MAX_NAME, "token.nameTooLong", MAX_NAME);
        RuleViolation.require(days >= 1 && days <= MAX_DAYS, "token.badDays", MAX_DAYS);
        this.account = account;
        this.name = cleanName;
        this.tokenHash = tokenHash;
        this.readOnly = readOnly;
        this.createdAt = now;
        this.expiresAt = now.plus(Duration.ofDays(days));
    }

    /** Revoked once; revoking again changes nothing. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isExpired() {
        return !Instant.now().isBefore(expiresAt);
    }
}
