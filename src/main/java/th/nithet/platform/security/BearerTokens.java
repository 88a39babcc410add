package th.nithet.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Personal access tokens as the API checks them ({@code Authorization: Bearer …}); people make and
 * revoke them in {@code people.AccessTokenService}. A token is {@value #PREFIX} and 256 random bits;
 * the database keeps only its SHA-256, which is enough for a random secret (a slow KDF is for
 * passwords people choose). So a token costs one indexed read per call instead of a password hash,
 * and needs no throttle: it cannot be guessed.
 * <p>
 * Read on every call, so revoking, expiry and disabling the account hold at once on every instance. A
 * token carries the account's roles as they are now. A lock after wrong passwords does not stop a
 * token: someone guessing at the password must not be able to stop the office's script.
 */
@ApplicationScoped
public class BearerTokens {

    public static final String PREFIX = "nithet_";
    /** Request attribute holding the {@link TokenPrincipal} of a call made with a token. */
    public static final String TOKEN_ATTRIBUTE = "nithet.token";
    /** Last use is written at most this often per token: a script's every call must not be a write. */
    static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /** A new token: shown once to its owner, then only its SHA-256 is kept ({@link RandomSecrets}). */
    public static String newToken() {
        return PREFIX + RandomSecrets.newSecret();
    }

    /** The sign-in a token gives, when it is known, not revoked, not expired and its account enabled. */
    Optional<TokenPrincipal.SignIn> check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            TokenPrincipal.SignIn signIn;
            Timestamp lastUsed;
            try (PreparedStatement s = c.prepareStatement("SELECT t.id, t.read_only, t.last_used_at, a.id, a.username, "
                    + "a.display_name, a.must_change_password, GROUP_CONCAT(r.role) "
                    + "FROM access_token t JOIN account a ON a.id = t.account_id "
                    + "LEFT JOIN account_role r ON r.account_id = a.id "
                    + "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND a.enabled "
                    + "GROUP BY t.id, t.read_only, t.last_used_at, a.id, a.username, a.display_name, a.must_change_password")) {
                s.setString(1, RandomSecrets.sha256(token));
                s.setTimestamp(2, Timestamp.from(now));
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String roles = rs.getString(8);
                    Set<String> groups = roles == null ? Set.of()
                            : Arrays.stream(roles.split(",")).map(Role::valueOf).map(Role::name).collect(Collectors.toSet());
                    signIn = new TokenPrincipal.SignIn(new TokenPrincipal(rs.getLong(4), rs.getString(5), rs.getString(6),
                            rs.getBoolean(7), rs.getLong(1), rs.getBoolean(2)), groups);
                    lastUsed = rs.getTimestamp(3);
                }
            }
            if (lastUsed == null || lastUsed.toInstant().isBefore(now.minus(LAST_USE_STEP))) {
                try (PreparedStatement s = c.prepareStatement("UPDATE access_token SET last_used_at = ? WHERE id = ? "
                        + "AND (last_used_at IS NULL OR last_used_at < ?)")) {
                    s.setTimestamp(1, Timestamp.from(now));
                    s.setLong(2, signIn.principal().tokenId());
                    s.setTimestamp(3, Timestamp.from(now.minus(LAST_USE_STEP)));
                    s.executeUpdate();
                }
            }
            return Optional.of(signIn);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the access token", e);
        }
    }
}
