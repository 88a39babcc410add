package th.nithet.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import th.nithet.platform.cluster.ClusterNode;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this instance's index in step with what other instances change: every second it reads the
 * {@code search_change} rows written since it last looked (in the writers' transactions, by
 * {@link IndexChanges}) and indexes those items again. Rows this instance wrote are skipped: it
 * indexed them already when they committed.
 * <p>
 * Ids are handed out when a row is inserted, not when its transaction commits, so a lower id can
 * become visible after a higher one was read. The log therefore keeps two marks: {@code newest},
 * the highest id read, and {@code settled}, below which every row is either read or never will
 * be (its row is older than {@link #SETTLE_SECONDS} by the database's clock, and so is every lower
 * id's insert). Ids between the two that were read are remembered; a late row among them is found
 * by counting. {@code settled} goes into the index's commit data, so a restarted instance reads on
 * from there instead of rebuilding; reconciliation at start and every five minutes covers a node
 * that was away longer than the log is kept ({@link #KEEP_DAYS} days).
 */
@Singleton
@Startup
@DependsOn("SearchIndex")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchChangeLog {

    private static final Logger LOG = Logger.getLogger(SearchChangeLog.class.getName());
    static final int SETTLE_SECONDS = 60;
    static final int KEEP_DAYS = 2;
    private static final int BATCH = 1000;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    SearchIndex index;

    @Inject
    ClusterNode node;

    private final AtomicBoolean polling = new AtomicBoolean();
    private long settled = -1;
    private long newest;
    private final TreeSet<Long> read = new TreeSet<>();
    private boolean checkedAgainstTheLog;

    @PostConstruct
    void start() {
        Long kept = index.changeCursor();
        if (kept != null) {
            settled = kept;
            newest = kept;
            LOG.info("Search: reading other instances' changes from " + kept);
        }
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (settled < 0) {
                // a new index is built from the database itself: only what changes from now on matters
                settled = newest = highestId(c);
                index.changesSettled(settled);
            } else if (!checkedAgainstTheLog) {
                behindTheIndex(c);
            }
            checkedAgainstTheLog = true;
            Set<IndexChange> todo = new LinkedHashSet<>();
            readNew(c, todo);
            readLate(c, todo);
            if (!todo.isEmpty()) {
                index.reindexNow(todo);
            }
            settle(c);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the search change log; trying again", e);
        } finally {
            polling.set(false);
        }
    }

    /**
     * An index kept from before may be further along than the log: the database was restored from a backup (every node
     * but the one that restored keeps its index, docs/operations.md) and the log's ids go on from the backup's. This
     * index would then skip other nodes' next changes as already read, until the next reconciliation. Start from the
     * log's end instead; the reconciliation that every start runs brings the index in line with the restored content.
     */
    private void behindTheIndex(Connection c) throws SQLException {
        long highest = highestId(c);
        if (newest > highest) {
            LOG.warning("Search: this index has read the change log up to " + newest + " but the log ends at " + highest
                    + " (a restored database?): reading from " + highest + "; the start's reconciliation updates the index");
            settled = newest = highest;
            read.clear();
            index.changesSettled(settled);
        }
    }

    private void readNew(Connection c, Set<IndexChange> todo) throws SQLException {
        boolean more = true;
        while (more) {
            more = false;
            try (PreparedStatement s = c.prepareStatement("SELECT id, item_type, item_id, node FROM search_change "
                    + "WHERE id > ? ORDER BY id LIMIT " + BATCH)) {
                s.setLong(1, newest);
                try (ResultSet rs = s.executeQuery()) {
                    int rows = 0;
                    while (rs.next()) {
                        rows++;
                        take(rs, todo);
                        newest = rs.getLong(1);
                    }
                    more = rows == BATCH;
                }
            }
        }
    }

    /** Rows between the two marks that committed after a higher id was read. */
    private void readLate(Connection c, Set<IndexChange> todo) throws SQLException {
        if (newest <= settled) {
            return;
        }
        long visible;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM search_change WHERE id > ? AND id <= ?")) {
            s.setLong(1, settled);
            s.setLong(2, newest);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                visible = rs.getLong(1);
            }
        }
        if (visible == read.size()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id, item_type, item_id, node FROM search_change "
                + "WHERE id > ? AND id <= ? ORDER BY id")) {
            s.setLong(1, settled);
            s.setLong(2, newest);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!read.contains(rs.getLong(1))) {
                        take(rs, todo);
                    }
                }
            }
        }
    }

    private void take(ResultSet rs, Set<IndexChange> todo) throws SQLException {
        read.add(rs.getLong(1));
        if (!node.id().equals(rs.getString(4))) {
            todo.add(new IndexChange(rs.getString(2), rs.getLong(3)));
        }
    }

    private void settle(Connection c) throws SQLException {
        if (newest <= settled) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(id) FROM search_change WHERE id > ? AND id <= ? "
                + "AND created_at < NOW(6) - INTERVAL " + SETTLE_SECONDS + " SECOND")) {
            s.setLong(1, settled);
            s.setLong(2, newest);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long now = rs.getLong(1);
                if (!rs.wasNull() && now > settled) {
                    settled = now;
                    read.headSet(settled, true).clear();
                    index.changesSettled(settled);
                }
            }
        }
    }

    private static long highestId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM search_change")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The log is kept {@value #KEEP_DAYS} days (any instance may trim it; it is the same statement). */
    @Schedule(minute = "17", hour = "*", persistent = false)
    void trim() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM search_change WHERE created_at < NOW(6) - INTERVAL " + KEEP_DAYS + " DAY");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not trim the search change log", e);
        }
    }
}
