package th.nithet.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway before anything else touches the database.
 * EclipseLink never generates DDL; every table comes from {@code db/migration}.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "th.nithet.platform.db.NithetDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                // a pooled connection is pinged (JDBC isValid) before use, at most every 2 s; one that fails
                // drops them all: after the database restarts, the pool is new within seconds (no restart)
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.fail-all-connections=true",
                // a request waits at most 4 s for a connection, not Payara's 60 s (operations.md, "outages")
                "fish.payara.max-wait-time-in-millis=4000"
        })
@Singleton
@Startup
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/nithet";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    private volatile String schemaVersion;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                // its own connections, without the pool's socket timeout: a migration may alter a big table for minutes
                .dataSource(NithetDataSource.withoutSocketTimeout())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // the launcher starts the embedded database beside this server: wait for it (and for an
                // external one that is restarting) rather than fail the deployment
                .connectRetries(180)
                .connectRetriesInterval(1)
                .load();
        MigrateResult result = flyway.migrate();
        // several instances starting together on an empty database share the work (Flyway locks each step):
        // the schema's version is what the history says now, not the last step this instance applied
        var current = flyway.info().current();
        schemaVersion = current != null ? current.getVersion().getVersion()
                : result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info("Database schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied now by this instance)");
    }

    /** True once the schema is current; readiness depends on it. */
    public boolean isMigrated() {
        return schemaVersion != null;
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
