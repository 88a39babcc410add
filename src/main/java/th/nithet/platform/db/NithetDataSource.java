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

    /**
     * Nothing listens yet, it is still starting and does not answer, or the account or its rights are
     * not made yet (a first start installs the database while this server deploys).
     */
    static boolean notThereYet(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a reset: mariadbd listens but is still starting (seen on a busy machine's first start)
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.SocketException && "Connection reset".equals(t.getMessage())
                    || (t instanceof SQLException sql && ("28000".equals(sql.getSQLState()) || sql.getErrorCode() == NO_RIGHTS_ON_DATABASE))) {
                return true;
            }
        }
        return false;
    }

    /** MariaDB's ER_DBACCESS_DENIED_ERROR: the account exists, its rights on the database not yet. */
    private static final int NO_RIGHTS_ON_DATABASE = 1044;

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

    /**
     * How long a connection may wait for any answer from MariaDB before the statement fails
     * ({@code NITHET_DB_SOCKET_TIMEOUT_SECONDS}, default 5; 0 waits for ever): a database that hangs
     * must not hold a request thread for ever (operations.md, "outages"). A URL that names
     * {@code socketTimeout} or {@code connectTimeout} itself keeps its own.
     */
    static final int DEFAULT_SOCKET_TIMEOUT_SECONDS = 5;
    static final int CONNECT_TIMEOUT_MILLIS = 3000;

    public NithetDataSource() throws SQLException {
        this(true);
    }

    private NithetDataSource(boolean socketTimeout) throws SQLException {
        Config config = ConfigProvider.getConfig(NithetDataSource.class.getClassLoader());
        String url = config.getOptionalValue("nithet.db.url", String.class)
                .orElseThrow(() -> new SQLException(
                        "NITHET_DB_URL is not set: start Nithet with java -jar nithet.jar, or set NITHET_DB_URL"));
        int seconds = socketTimeout
                ? config.getOptionalValue("nithet.db.socket.timeout.seconds", Integer.class).orElse(DEFAULT_SOCKET_TIMEOUT_SECONDS) : 0;
        setUrl(withTimeouts(url, seconds));
        config.getOptionalValue("nithet.db.user", String.class).ifPresent(this::setUserQuietly);
        setPassword(config.getOptionalValue("nithet.db.password", String.class).orElse(""));
    }

    /** For the schema migration: its own connections, which may wait minutes for an ALTER TABLE. */
    public static NithetDataSource withoutSocketTimeout() {
        try {
            return new NithetDataSource(false);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@code url} with a connect timeout and {@code socketTimeoutSeconds}, unless it names them already. */
    static String withTimeouts(String url, int socketTimeoutSeconds) {
        StringBuilder result = new StringBuilder(url);
        if (!url.contains("connectTimeout=")) {
            result.append(result.indexOf("?") < 0 ? '?' : '&').append("connectTimeout=").append(CONNECT_TIMEOUT_MILLIS);
        }
        if (!url.contains("socketTimeout=") && socketTimeoutSeconds > 0) {
            result.append(result.indexOf("?") < 0 ? '?' : '&').append("socketTimeout=").append(socketTimeoutSeconds * 1000);
        }
        return result.toString();
    }

    private void setUserQuietly(String user) {
        try {
            setUser(user);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
