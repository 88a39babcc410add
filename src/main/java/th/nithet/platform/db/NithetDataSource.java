package th.nithet.platform.db;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.SQLException;

/**
 * The MariaDB data source, configured from MicroProfile Config ({@code NITHET_DB_URL},
 * {@code NITHET_DB_USER}, {@code NITHET_DB_PASSWORD}) when the server creates it.
 * <p>
 * Reading the settings here, instead of in annotation placeholders, lets an empty password stay
 * empty (MicroProfile Config treats an empty value as missing) and gives one clear message when
 * the URL is not set.
 */
public class NithetDataSource extends MariaDbDataSource {

    /**
     * The launcher starts the embedded database beside this server ({@code NITHET_DB_STARTING=true}),
     * and the server opens its first connections while deploying, maybe before the database listens
     * or has the application's account. Until the first connection succeeds, and for at most this
     * long, a refused connection is tried again instead of failing the deployment.
     */
    static final java.time.Duration STARTING_WAIT = java.time.Duration.ofMinutes(3);
    private static final long WAIT_UNTIL = System.nanoTime()
            + (Boolean.parseBoolean(System.getenv("NITHET_DB_STARTING")) ? STARTING_WAIT.toNanos() : 0);
    private static volatile boolean connected;

    private interface Opening<T> {
        T open() throws SQLException;
    }

    private static <T> T waitingForStart(Opening<T> opening) throws SQLException {
        while (true) {
            try {
                T connection = opening.open();
                connected = true;
                return connection;
            } catch (SQLException e) {
                if (connected || System.nanoTime() - WAIT_UNTIL > 0 || !notThereYet(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Nothing listens yet, it is still starting, or the account is not made yet (a first start installs the database). */
    private static boolean notThereYet(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a reset: mariadbd listens but is still starting (seen on a busy machine's first start)
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketException && "Connection reset".equals(t.getMessage())
                    || (t instanceof SQLException sql && "28000".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public java.sql.Connection getConnection() throws SQLException {
        return waitingForStart(super::getConnection);
    }

    @Override
    public java.sql.Connection getConnection(String username, String password) throws SQLException {
        return waitingForStart(() -> super.getConnection(username, password));
    }

    @Override
    public javax.sql.PooledConnection getPooledConnection() throws SQLException {
        return waitingForStart(super::getPooledConnection);
    }

    @Override
    public javax.sql.PooledConnection getPooledConnection(String username, String password) throws SQLException {
        return waitingForStart(() -> super.getPooledConnection(username, password));
    }

    @Override
    public javax.sql.XAConnection getXAConnection() throws SQLException {
        return waitingForStart(super::getXAConnection);
    }

    @Override
    public javax.sql.XAConnection getXAConnection(String username, String password) throws SQLException {
        return waitingForStart(() -> super.getXAConnection(username, password));
    }

    public NithetDataSource() throws SQLException {
        Config config = ConfigProvider.getConfig(NithetDataSource.class.getClassLoader());
        String url = config.getOptionalValue("nithet.db.url", String.class)
                .orElseThrow(() -> new SQLException(
                        "NITHET_DB_URL is not set: start Nithet with java -jar nithet.jar, or set NITHET_DB_URL"));
        setUrl(url);
        config.getOptionalValue("nithet.db.user", String.class).ifPresent(this::setUserQuietly);
        setPassword(config.getOptionalValue("nithet.db.password", String.class).orElse(""));
    }

    private void setUserQuietly(String user) {
        try {
            setUser(user);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
