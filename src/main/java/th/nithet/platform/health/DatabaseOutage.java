package th.nithet.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;

/**
 * Whether this instance can reach its database, as last seen by a request that failed or by
 * {@link DatabaseWatch} (every 2 s). While it cannot, pages answer at once with the outage page
 * ({@link DatabaseOutageFilter}) and the API with 503 JSON, instead of each request waiting for
 * the pool and failing one by one; the watch ends the outage as soon as the database answers.
 * <p>
 * Per instance on purpose: what matters is whether <em>this</em> node reaches MariaDB.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    private static final long SINCE_NEVER = 0;
    /** The API's answer while the database is away: {@code error} and {@code message} of its 503. */
    public static final String API_ERROR = "database_unavailable";
    /** Seconds a client is told to wait before trying again (header {@code Retry-After}). */
    public static final String RETRY_AFTER = "10";
    public static final String API_MESSAGE = "ระบบขัดข้องชั่วคราว ฐานข้อมูลไม่ตอบสนอง คำขอนี้ยังไม่ถูกบันทึก กรุณาลองใหม่ในอีกสักครู่";

    /** {@link System#nanoTime()} when the outage began, or {@value #SINCE_NEVER} while the database answers. */
    private volatile long since = SINCE_NEVER;

    public boolean suspected() {
        return since != SINCE_NEVER;
    }

    /** A request or job saw the database fail: pages answer 503 until the watch finds it again. */
    public void noticed(Throwable failure) {
        if (since == SINCE_NEVER) {
            since = System.nanoTime();
            LOG.severe("The database does not answer: pages answer 503 until it does (" + rootMessage(failure) + ")");
        }
    }

    /** The watch's verdict. */
    void watched(boolean answers, Throwable failure) {
        if (answers && since != SINCE_NEVER) {
            LOG.info(String.format("The database answers again after %.1f s: serving pages", (System.nanoTime() - since) / 1e9));
            since = SINCE_NEVER;
        } else if (!answers) {
            noticed(failure);
        }
    }

    /**
     * True when {@code failure} (or any of its causes) says the database cannot be reached: a
     * connection refused, lost or timed out, or the pool unable to give one. A constraint
     * violation or a bad statement is not an outage.
     */
    public static boolean isCausedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof java.net.SocketTimeoutException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // Payara's pool, by name: its classes are not on the application's class path
            String name = t.getClass().getName();
            if (name.equals("com.sun.appserv.connectors.internal.api.PoolingException")
                    || name.equals("jakarta.resource.spi.ResourceAllocationException")
                    || String.valueOf(t.getMessage()).contains("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == null ? "no answer" : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
