package th.nithet.content.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import th.nithet.platform.metrics.PortalMetrics;

/** {@code nithet_view_buffer} on /metrics: counted page views waiting in memory to be written. */
@ApplicationScoped
class ViewMetrics {

    @Inject
    ViewCounter views;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started, PortalMetrics metrics) {
        metrics.gauge("nithet_view_buffer", "Counted page views waiting in memory to be written", MetricUnits.NONE, () -> views.pending());
    }
}
