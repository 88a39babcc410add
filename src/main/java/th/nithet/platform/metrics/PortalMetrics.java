package th.nithet.platform.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import th.nithet.platform.db.DatabaseMigration;
import th.nithet.platform.health.DatabaseOutage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Supplier;

/**
 * Registers the platform's gauges and counters at start, and lends {@link #gauge} to the features for theirs. A gauge that needs the database answers -1
 * while the database is away rather than failing the whole scrape; {@code nithet_database_up} says why.
 */
@ApplicationScoped
public class PortalMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    DatabaseOutage outage;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /** The pool's name holds the data source's JNDI name (Payara derives it). */
    private static final String POOL = "jdbc/nithet";

    private Counter signInFailures;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        signInFailures = registry.counter(Metadata.builder().withName("nithet_sign_in_failures_total")
                .withDescription("Failed sign-ins (wrong password, locked or disabled account) since this node started").build());
        gauge("nithet_db_pool_used", "Connections of this node's database pool in use now (-1: Payara does not say)", MetricUnits.NONE,
                () -> ConnectionPools.usedAndFree(POOL).map(p -> p[0]).orElse(-1));
        gauge("nithet_db_pool_free", "Connections of this node's database pool open and free now (-1: Payara does not say)", MetricUnits.NONE,
                () -> ConnectionPools.usedAndFree(POOL).map(p -> p[1]).orElse(-1));
        gauge("nithet_database_up", "1 while this node reaches its database, 0 during an outage", MetricUnits.NONE,
                () -> outage.suspected() ? 0 : 1);
        gauge("nithet_mail_outbox", "E-mails waiting to be sent", MetricUnits.NONE,
                () -> orMinusOne(() -> count("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")));
    }

    /** One failed sign-in (platform.security, where the audit trail records it too). */
    public void signInFailed() {
        if (signInFailures != null) {
            signInFailures.inc();
        }
    }

    /**
     * A gauge on /metrics ({@code unit} is appended to the name, as Prometheus does). Features register theirs when the
     * application starts (content.views.ViewMetrics, search.SearchMetrics, backup.BackupMetrics).
     */
    public void gauge(String name, String description, String unit, Supplier<? extends Number> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).withUnit(unit).build(),
                value, v -> v.get().doubleValue(), new Tag[0]);
    }

    /** What a gauge reads, which may fail (the database is away). */
    public interface Reading {
        long read() throws Exception;
    }

    /** The reading, or -1 when it fails: one gauge that cannot read must not fail the whole scrape. */
    public static long orMinusOne(Reading reading) {
        try {
            return reading.read();
        } catch (Exception | Error e) {
            return -1;
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
