package th.nithet.backup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.util.List;

/** The administrators' backup page ({@code /admin/backups.xhtml}): settings, the latest runs, a backup now. */
@Named("backupBean")
@RequestScoped
public class BackupBean {

    @Inject
    BackupRuns runs;

    @Inject
    NightlyBackup nightly;

    private List<BackupRun> latest;

    public List<BackupRun> getRuns() {
        if (latest == null) {
            latest = runs.latest(20);
        }
        return latest;
    }

    public boolean isConfigured() {
        return nightly.configured();
    }

    public boolean isRunning() {
        return nightly.isRunning();
    }

    public String getDirectory() {
        return nightly.directory().orElse("");
    }

    public int getKeep() {
        return nightly.keep();
    }

    public void startNow() {
        try {
            nightly.startNow();
            Feedback.info("backups.started");
        } catch (RuleViolation refused) {
            Feedback.error(refused);
        }
    }
}
