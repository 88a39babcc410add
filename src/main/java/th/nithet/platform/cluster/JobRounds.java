package th.nithet.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scheduled jobs that must run once per cluster (escalation, digests, follow-ups, snapshots,
 * announcements): every node's timer fires, and the first to claim the round in the database runs it.
 * A round is the job's name and the number of its time slot (the time divided by the job's period,
 * rounded, so that timers a little early or late on other machines name the same slot); the claim is
 * an insert that the primary key lets succeed once. A dead node's timers simply stop claiming: the
 * next round goes to a node that is alive, with no election and nothing to hand over.
 * <p>
 * A node that claimed a round and died before finishing it loses that round: every such job is
 * written to pick up at its next round whatever is still due (each marks what it has done).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRounds {

    private static final Logger LOG = Logger.getLogger(JobRounds.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ClusterNode node;

    /** True when this node is to run the round of {@code job} due now; false when another node has it. */
    public boolean claim(String job, Duration period) {
        return claim(job, slot(Instant.now(), period));
    }

    public boolean claim(String job, long slot) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO job_run (job, slot, node, started_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setLong(2, slot);
            insert.setString(3, node.name());
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException taken) {
            return false;
        } catch (SQLException e) {
            // the database is away: nobody can do the job's work now, and the next round will
            LOG.log(Level.WARNING, "Could not claim a round of " + job + "; it waits for the next one", e);
            return false;
        }
    }

    /** The slot a time falls in: rounded, so that a timer a second early still names its own slot. */
    static long slot(Instant time, Duration period) {
        long millis = period.toMillis();
        return (time.toEpochMilli() + millis / 2) / millis;
    }

    /** A round that ran: which job, on which instance, when. */
    public record Round(String job, String node, Instant startedAt) {
    }

    /** The latest round of each job (for the administrators' status page). */
    public List<Round> latest() {
        List<Round> rounds = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT r.job, r.node, r.started_at FROM job_run r "
                     + "JOIN (SELECT job, MAX(slot) AS slot FROM job_run GROUP BY job) m ON m.job = r.job AND m.slot = r.slot ORDER BY r.job");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rounds.add(new Round(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read the latest job rounds", e);
        }
        return rounds;
    }

    /** Forgets rounds older than 30 days (every instance does; the same statement twice changes nothing). */
    @Schedule(hour = "3", minute = "40", persistent = false)
    void forgetOld() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM job_run WHERE started_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(30))));
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Could not forget old job rounds", e);
        }
    }
}
