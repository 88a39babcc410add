package th.nithet.platform.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * Asks the database every 2 seconds whether it answers (a ping through the pool, at most 2 s),
 * and tells {@link DatabaseOutage}: an outage is noticed without waiting for a request to fail,
 * and ends by itself when the database is back, without a restart.
 */
@Singleton
public class DatabaseWatch {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseOutage outage;

    @Inject
    DatabaseMigration migration;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void ping() {
        if (!migration.isMigrated()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            outage.watched(c.isValid(2), null);
        } catch (Exception e) {
            outage.watched(false, e);
        }
    }
}
