package th.nithet.administration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.people.AccountService;
import th.nithet.platform.cluster.ClusterMembership;
import th.nithet.platform.cluster.ClusterNode;
import th.nithet.platform.cluster.JobRounds;
import th.nithet.platform.db.DatabaseMigration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The administrator's first page: is the portal healthy, and what is it running on. */
@Named
@RequestScoped
public class SystemStatusBean {

    @Inject
    th.nithet.search.SearchIndex searchIndex;

    @Inject
    th.nithet.content.views.ViewCounter viewCounter;

    @Inject
    DatabaseMigration migration;

    @Inject
    AccountService accounts;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ClusterNode node;

    @Inject
    ClusterMembership membership;

    @Inject
    JobRounds jobRounds;

    private List<JobRounds.Round> lastJobRounds;

    public String getVersion() {
        String version = SystemStatusBean.class.getPackage().getImplementationVersion();
        return version == null ? BuildInfo.VERSION : version;
    }

    public String getSchemaVersion() {
        return migration.schemaVersion();
    }

    public long getAccountCount() {
        return accounts.count();
    }

    public String getDatabaseVersion() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "-";
        }
    }

    /** Views counted but not yet written (written every few seconds; a number that stays high means the database is away). */
    public int getPendingViews() {
        return viewCounter.pending();
    }

    public th.nithet.search.SearchIndex.Status getSearchIndex() {
        return searchIndex.status();
    }

    public String getSearchIndexSize() {
        return th.nithet.platform.text.FileSizes.text(searchIndex.status().sizeBytes());
    }

    public String getLastRebuild() {
        String at = searchIndex.status().lastRebuild();
        return at == null ? "–" : th.nithet.platform.time.ThaiDates.dateTime(java.time.Instant.parse(at),
                th.nithet.platform.web.Feedback.locale());
    }

    public void rebuildSearchIndex() {
        searchIndex.rebuildLater();
        th.nithet.platform.web.Feedback.info("admin.rebuildStarted");
    }

    public String getNodeName() {
        return node.name();
    }

    public int getClusterMembers() {
        return membership.memberCount();
    }

    public List<JobRounds.Round> getLastJobRounds() {
        if (lastJobRounds == null) {
            lastJobRounds = jobRounds.latest();
        }
        return lastJobRounds;
    }

    public String dateTime(java.time.Instant at) {
        return th.nithet.platform.time.ThaiDates.dateTime(at, th.nithet.platform.web.Feedback.locale());
    }

    @Inject
    th.nithet.backup.BackupRuns backups;

    /** The newest backup, good or bad, for the status list (the backup page has them all). */
    public th.nithet.backup.BackupRun getLastBackup() {
        return backups.latest(1).stream().findFirst().orElse(null);
    }

    public String getJavaVersion() {
        return Runtime.version().toString();
    }

    public long getMaxMemoryMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
