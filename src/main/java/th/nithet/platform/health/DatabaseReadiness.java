package th.nithet.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import th.nithet.platform.db.DatabaseMigration;

/**
 * Ready when the application has started, this instance has migrated the schema (or found it
 * current) and the database answers with that version.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Inject
    ReadinessProbe probe;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try {
            if (!migration.isMigrated()) {
                return response.down().withData("schema", "not migrated").build();
            }
            String recorded = probe.recordedSchemaVersion();
            return response.status(migration.schemaVersion().equals(recorded))
                    .withData("schema", String.valueOf(recorded)).build();
        } catch (Exception e) {
            // the application is still starting, or the database does not answer
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
