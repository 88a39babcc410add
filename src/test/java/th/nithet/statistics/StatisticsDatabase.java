package th.nithet.statistics;

import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;
import th.nithet.launcher.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A database of its own on the integration tests' MariaDB server, migrated by Flyway like the
 * portal's, so that statistics can be computed from data with known answers and nothing else in it.
 */
final class StatisticsDatabase {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    final DataSource dataSource;

    private StatisticsDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static StatisticsDatabase fresh() throws SQLException {
        String url = System.getProperty(TestDatabase.URL);
        // root has the same password on the embedded server (EmbeddedMariaDb); the portal's user may only use its own database
        String user = "root";
        String password = System.getProperty(TestDatabase.PASSWORD);
        String name = "stats_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
        MariaDbDataSource ds = new MariaDbDataSource(url.substring(0, url.lastIndexOf('/') + 1) + name);
        ds.setUser(user);
        ds.setPassword(password);
        Flyway.configure(StatisticsDatabase.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new StatisticsDatabase(ds);
    }

    /** Runs an INSERT (or any statement); answers the generated key, if any. */
    long insert(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /** A Bangkok wall time as the UTC timestamp the portal stores. */
    static Timestamp bangkok(String isoLocal) {
        return Timestamp.valueOf(LocalDateTime.parse(isoLocal).atZone(BANGKOK).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }

    long network(String name) throws SQLException {
        return insert("INSERT INTO school_network (name, created_at, updated_at) VALUES (?, NOW(), NOW())", name);
    }

    long school(String name, long network) throws SQLException {
        return insert("INSERT INTO school (name, network_id, created_at, updated_at) VALUES (?, ?, NOW(), NOW())", name, network);
    }

    long account(String username, String position, Long school) throws SQLException {
        return insert("INSERT INTO account (username, display_name, password_hash, position, school_id, created_at, updated_at) "
                + "VALUES (?, ?, 'x', ?, ?, NOW(), NOW())", username, username, position, school);
    }

    long content(String type, String title, long author, Timestamp createdAt) throws SQLException {
        return insert("INSERT INTO content_item (type, title, body_html, body_text, author_id, visibility, status, publish_at, created_at, "
                + "updated_at) VALUES (?, ?, '', '', ?, 'PUBLIC', 'PUBLISHED', ?, ?, ?)", type, title, author, createdAt, createdAt, createdAt);
    }
}
