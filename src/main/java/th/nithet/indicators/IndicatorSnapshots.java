package th.nithet.indicators;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import th.nithet.platform.cluster.JobRounds;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night, this month's snapshot of the current fiscal year's indicators, so that the dashboard's
 * trend has a point per month without anyone remembering to take it.
 */
@Singleton
@Startup
public class IndicatorSnapshots {

    private static final Logger LOG = Logger.getLogger(IndicatorSnapshots.class.getName());

    @Inject
    IndicatorService indicators;

    @Inject
    JobRounds rounds;

    @Schedule(hour = "1", minute = "15", timezone = "Asia/Bangkok", persistent = false)
    void nightly() {
        if (!rounds.claim("indicator-snapshots", Duration.ofDays(1))) {
            return; // another instance has this round
        }
        try {
            int taken = indicators.snapshotCurrentYear();
            LOG.info("Indicators: " + taken + " snapshots taken");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Indicators: the nightly snapshot failed; tomorrow's will replace it", e);
        }
    }
}
