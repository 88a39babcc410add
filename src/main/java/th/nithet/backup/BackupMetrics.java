package th.nithet.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import th.nithet.platform.metrics.PortalMetrics;

import java.time.Duration;
import java.time.Instant;

/** {@code nithet_last_backup_age_seconds} on /metrics: since the last good backup finished (-1: none yet). */
@ApplicationScoped
class BackupMetrics {

    @Inject
    BackupRuns runs;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started, PortalMetrics metrics) {
        metrics.gauge("nithet_last_backup_age", "Seconds since the last good backup finished (-1: none yet)", MetricUnits.SECONDS,
                () -> PortalMetrics.orMinusOne(() -> runs.lastGood().map(b -> Duration.between(b.finishedAt(), Instant.now()).toSeconds())
                        .orElse(-1L)));
    }
}
