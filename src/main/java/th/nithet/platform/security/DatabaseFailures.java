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
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@link LoginThrottle}'s failures in table {@code login_failure}, one row per user name or address,
 * shared by every instance on the database. One small statement per sign-in attempt: nothing beside
 * the password hash it guards.
 */
@ApplicationScoped
public class DatabaseFailures implements LoginThrottle.FailureRecords {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public LoginThrottle.Failures get(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT failures, last_at FROM login_failure WHERE throttle_key = ?")) {
            s.setString(1, key(key));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new LoginThrottle.Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read sign-in failures", e);
        }
    }

    @Override
    public void failed(String key, Instant now, Instant forgetBefore) {
        try (Connection c = dataSource.getConnection()) {
            // one statement, so that failures on two instances at once both count
            try (PreparedStatement s = c.prepareStatement("INSERT INTO login_failure (throttle_key, failures, last_at) "
                    + "VALUES (?, 1, ?) ON DUPLICATE KEY UPDATE failures = IF(last_at < ?, 1, failures + 1), last_at = VALUES(last_at)")) {
                s.setString(1, key(key));
                s.setTimestamp(2, Timestamp.from(now));
                s.setTimestamp(3, Timestamp.from(forgetBefore));
                s.executeUpdate();
            }
            if (ThreadLocalRandom.current().nextInt(100) == 0) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM login_failure WHERE last_at < ?")) {
                    s.setTimestamp(1, Timestamp.from(forgetBefore));
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count a sign-in failure", e);
        }
    }

    @Override
    public void clear(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM login_failure WHERE throttle_key = ?")) {
            s.setString(1, key(key));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear sign-in failures", e);
        }
    }

    /** A key longer than the column (an absurd user name) is cut: it still counts, under its first 300 characters. */
    private static String key(String key) {
        return key.length() > 300 ? key.substring(0, 300) : key;
    }
}
