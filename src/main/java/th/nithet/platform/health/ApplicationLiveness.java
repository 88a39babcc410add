package th.nithet.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has some headroom; a server out of memory should be restarted. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final double MIN_FREE_FRACTION = 0.02;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double free = 1.0 - (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("application")
                .status(free > MIN_FREE_FRACTION)
                .withData("heapFreePercent", Math.round(free * 100))
                .build();
    }
}
