package th.nithet.it;

import th.nithet.platform.security.PasswordHasher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

/**
 * Accounts for tests, written straight into the test database. Account management in the portal
 * arrives with issue #3's administration pages; until then this is how tests get a member.
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    public record Created(String username, String email, String password) {
    }

    public static Created member(String displayName) throws Exception {
        return withRole(displayName, "MEMBER", "kru");
    }

    /** A ศึกษานิเทศก์: role SUPERVISOR. */
    public static Created supervisor(String displayName) throws Exception {
        return withRole(displayName, "SUPERVISOR", "sn");
    }

    /** HTTP Basic credentials of a new supervisor, for API calls. */
    public static String supervisorCredentials(String displayName) throws Exception {
        Created sn = supervisor(displayName);
        return Http.basic(sn.username(), sn.password());
    }

    /** HTTP Basic credentials of a new member, for API calls. */
    public static String memberCredentials(String displayName) throws Exception {
        Created kru = member(displayName);
        return Http.basic(kru.username(), kru.password());
    }

    /** Adds a learning area (by code) to an account, as an administrator would. */
    public static void giveLearningArea(String username, String area) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO account_learning_area (account_id, learning_area_id) SELECT a.id, l.id FROM account a, learning_area l "
                        + "WHERE a.username = ? AND l.code = ?")) {
            s.setString(1, username);
            s.setString(2, area);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no account " + username + " or learning area " + area);
            }
        }
    }

    /** Puts an account at a school in a position (TEACHER, SCHOOL_DIRECTOR, …), as an administrator would. */
    public static void placeAt(String username, long schoolId, String position) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE account SET school_id = ?, position = ? WHERE username = ?")) {
            s.setLong(1, schoolId);
            s.setString(2, position);
            s.setString(3, username);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no account " + username);
            }
        }
    }

    private static Created withRole(String displayName, String roleName, String prefix) throws Exception {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        Created account = new Created(username, username + "@school.example.org", "Member-Pass-1");
        try (Connection c = Database.connect()) {
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO account (username, display_name, email, password_hash, enabled, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, account.username());
                insert.setString(2, displayName);
                insert.setString(3, account.email());
                insert.setString(4, new PasswordHasher().hash(account.password()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement role = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
                role.setLong(1, id);
                role.setString(2, roleName);
                role.executeUpdate();
            }
        }
        return account;
    }
}
