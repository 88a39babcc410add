package th.nithet.platform.db;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for want of the database three times, five seconds
 * apart: while MariaDB is away every page would hang 10–15 s before failing. The pool already
 * validates and renews connections (DatabaseMigration's data source), so a read fails at once
 * and the page answers 503 (platform.health.DatabaseOutageFilter). Named in persistence.xml.
 */
public class FailFastSessions implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
