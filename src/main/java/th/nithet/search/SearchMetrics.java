package th.nithet.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import th.nithet.platform.db.DatabaseMigration;
import th.nithet.platform.metrics.PortalMetrics;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * {@code nithet_search_index_lag} on /metrics: changes this node has not yet written into its index, those waiting in
 * its queue plus those in the shared change log after its cursor (-1 for the latter while the database is away).
 */
@ApplicationScoped
class SearchMetrics {

    @Inject
    SearchIndex index;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started, PortalMetrics metrics) {
        metrics.gauge("nithet_search_index_lag", "Content changes not yet in this node's search index", MetricUnits.NONE,
                () -> index.waitingChanges() + PortalMetrics.orMinusOne(this::changesAfterCursor));
    }

    private long changesAfterCursor() throws Exception {
        Long cursor = index.changeCursor();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM search_change WHERE id > ?")) {
            s.setLong(1, cursor == null ? 0 : cursor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
