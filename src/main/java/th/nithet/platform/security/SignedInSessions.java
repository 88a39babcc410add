package th.nithet.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends an account's browser sessions when what they were signed in with is no longer true: the
 * password changed or was reset, the account was disabled, given a temporary password, or its roles
 * changed (a session keeps the roles it signed in with).
 * <p>
 * Sessions may live on any instance of a cluster (and move between them), so the truth is a number
 * in the database: the account's session epoch ({@code account_session_epoch}). A session carries the
 * epoch it signed in with; ending the account's sessions moves the epoch on, in the transaction that
 * made the change; every instance compares a session's epoch with the database's at most
 * {@link #RECHECK} old and ends a session that is behind. This instance also ends its own sessions of
 * the account at once.
 */
@ApplicationScoped
public class SignedInSessions {

    /** How long an instance trusts the epoch it read: the most another instance's session outlives its end. */
    static final Duration RECHECK = Duration.ofSeconds(2);

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private final Map<Long, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();
    private final Map<Long, Read> epochs = new ConcurrentHashMap<>();

    private record Read(int epoch, boolean usable, long atNanos) {
    }

    /** What decides whether a sign-in still holds: the session epoch, and whether the account may sign in at all. */
    record AccountState(long accountId, int epoch, boolean usable) {
    }

    /** The account's state read now, by user name (before its password is checked, so that a change meanwhile shows). */
    Optional<AccountState> stateOf(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT a.id, COALESCE(e.epoch, 0), " + USABLE
                     + " FROM account a LEFT JOIN account_session_epoch e ON e.account_id = a.id WHERE a.username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new AccountState(rs.getLong(1), rs.getInt(2), rs.getBoolean(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the account's state", e);
        }
    }

    /** True while the account has the epoch a sign-in was remembered with and may sign in (read at most {@link #RECHECK} ago). */
    boolean stillHolds(long accountId, int epoch) {
        Read read = read(accountId);
        return read.usable && read.epoch == epoch;
    }

    // the account table's own columns: enabled, and not locked after repeated wrong passwords
    private static final String USABLE = "(a.enabled AND NOT (a.locked_until IS NOT NULL AND a.locked_until > UTC_TIMESTAMP(6)))";

    void signedIn(long accountId, HttpSession session) {
        byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void ended(HttpSession session) {
        byAccount.values().forEach(sessions -> sessions.remove(session));
        byAccount.values().removeIf(Set::isEmpty);
    }

    /** The account's epoch as the database has it now (for a new sign-in). */
    int currentEpoch(long accountId) {
        Read read = readState(accountId);
        epochs.put(accountId, read);
        return read.epoch;
    }

    /** False when the account's sessions were ended since this one signed in (on any instance). */
    boolean isCurrent(SignedInAccount who) {
        return who.epoch() >= read(who.id()).epoch;
    }

    private Read read(long accountId) {
        Read read = epochs.get(accountId);
        if (read == null || System.nanoTime() - read.atNanos > RECHECK.toNanos()) {
            if (epochs.size() > 100_000) {
                epochs.clear();
            }
            read = readState(accountId);
            epochs.put(accountId, read);
        }
        return read;
    }

    /**
     * Signs the account out everywhere except in {@code keep} (may be null: the session of the person
     * who changed their own password), which is moved to the new epoch. Called inside the transaction
     * that changes the account, so the sessions end exactly when the change commits.
     */
    public void endAll(long accountId, HttpSession keep) {
        int epoch = moveEpoch(accountId);
        epochs.remove(accountId);
        if (keep != null && keep.getAttribute(SignedInAccount.SESSION_ATTRIBUTE) instanceof SignedInAccount who) {
            keep.setAttribute(SignedInAccount.SESSION_ATTRIBUTE, who.inEpoch(epoch));
        }
        Set<HttpSession> sessions = byAccount.get(accountId);
        if (sessions == null) {
            return;
        }
        for (HttpSession session : Set.copyOf(sessions)) {
            if (keep != null && keep.getId().equals(safeId(session))) {
                continue;
            }
            sessions.remove(session);
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // it timed out meanwhile: nothing left to end
            }
        }
    }

    private static String safeId(HttpSession session) {
        try {
            return session.getId();
        } catch (IllegalStateException ended) {
            return null;
        }
    }

    // the same two statements inside the caller's transaction (EntityManager) and outside it (JDBC)
    private static final String MOVE_EPOCH = "INSERT INTO account_session_epoch (account_id, epoch) VALUES (?, 1) "
            + "ON DUPLICATE KEY UPDATE epoch = epoch + 1";
    private static final String EPOCH = "SELECT epoch FROM account_session_epoch WHERE account_id = ?";

    private int moveEpoch(long accountId) {
        if (em.isJoinedToTransaction()) {
            em.createNativeQuery(MOVE_EPOCH).setParameter(1, accountId).executeUpdate();
            return ((Number) em.createNativeQuery(EPOCH)
                    .setParameter(1, accountId).getSingleResult()).intValue();
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(MOVE_EPOCH)) {
                s.setLong(1, accountId);
                s.executeUpdate();
            }
            return epochIn(c, accountId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot end the account's sessions", e);
        }
    }

    private Read readState(long accountId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COALESCE(e.epoch, 0), " + USABLE
                     + " FROM account a LEFT JOIN account_session_epoch e ON e.account_id = a.id WHERE a.id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet rs = s.executeQuery()) {
                // an account that is gone has no usable sign-in, and no epoch a session could match
                return rs.next() ? new Read(rs.getInt(1), rs.getBoolean(2), System.nanoTime())
                        : new Read(Integer.MAX_VALUE, false, System.nanoTime());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the account's session epoch", e);
        }
    }

    private static int epochIn(Connection c, long accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(EPOCH)) {
            s.setLong(1, accountId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Forgets sessions as they end (sign-out, time-out, invalidation). */
    @WebListener
    public static class Listener implements HttpSessionListener {

        @jakarta.inject.Inject
        SignedInSessions sessions;

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.ended(event.getSession());
        }
    }
}
