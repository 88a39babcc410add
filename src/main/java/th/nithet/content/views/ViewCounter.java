package th.nithet.content.views;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import th.nithet.platform.db.DatabaseMigration;
import th.nithet.platform.time.ThaiDates;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts content page views without slowing pages: {@link #count} only puts the view in memory;
 * every {@value #FLUSH_SECONDS} seconds the views are written in one batch — one row per visitor,
 * item and day ({@code INSERT IGNORE}: a visitor counts once a day, also across restarts and
 * instances) — and the daily aggregates and the items' totals are recomputed for what changed.
 * A clean shutdown writes what is left; a crash loses at most the last {@value #FLUSH_SECONDS}
 * seconds. If the database is away, views wait in memory (up to {@value #MAX_PENDING}) and are written later.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ViewCounter {

    public static final int FLUSH_SECONDS = 2;
    static final int MAX_PENDING = 1_000_000;
    private static final int BATCH = 5_000;
    private static final int MAX_SEEN = 2_000_000;
    private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

    /**
     * One counted view: the item, the day in Bangkok, the visitor's 16-byte hash, and for a signed-in
     * visitor their account and school (for "active people" and views by school; neither is kept with the item).
     */
    public record View(long contentId, LocalDate day, byte[] visitor, Long accountId, Long schoolId) {
        Key key() {
            return new Key(contentId, day, Arrays.hashCode(visitor), visitor);
        }
    }

    private record Key(long contentId, LocalDate day, int hash, byte[] visitor) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.contentId == contentId && k.day.equals(day) && Arrays.equals(k.visitor, visitor);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(contentId) * 31 + day.hashCode() * 17 + hash;
        }
    }

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /** A counter over a database outside the server: for tests and benchmarks that write history ({@link #count(View)}, {@link #flush()}). */
    public static ViewCounter over(DataSource dataSource) {
        ViewCounter counter = new ViewCounter();
        counter.dataSource = dataSource;
        return counter;
    }

    private final ConcurrentLinkedQueue<View> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    /** Views already queued today: a visitor reloading a page costs nothing more. */
    private final Set<Key> seen = ConcurrentHashMap.newKeySet();
    private final Object flushing = new Object();

    /**
     * Counts a view of {@code contentId} by {@code visitor} (see {@link Visitors}); returns at once. For a
     * signed-in visitor also their {@code accountId} and the {@code schoolId} of their school, if any.
     */
    public void count(long contentId, byte[] visitor, Long accountId, Long schoolId) {
        count(new View(contentId, ThaiDates.today(), visitor, accountId, schoolId));
    }

    /** Counts a view on a given day: for tests and benchmarks that write history. */
    public void count(View view) {
        if (!seen.add(view.key())) {
            return;
        }
        if (pendingCount.get() >= MAX_PENDING) {
            LOG.warning("View counter: " + MAX_PENDING + " views wait for the database; dropping new ones");
            return;
        }
        pending.add(view);
        pendingCount.incrementAndGet();
    }

    /** How many views wait in memory (the administrators' status page shows it). */
    public int pending() {
        return pendingCount.get();
    }

    @Schedule(second = "*/" + FLUSH_SECONDS, minute = "*", hour = "*", persistent = false)
    void scheduledFlush() {
        flush();
    }

    /** The launcher is about to stop the server: write everything now, while the database is there. */
    public void quiesce(@jakarta.enterprise.event.Observes th.nithet.platform.lifecycle.Quiescing stopping) {
        int written = flush();
        java.util.logging.Logger.getLogger(ViewCounter.class.getName()).info("View counter: " + written
                + " views written before stopping");
    }

    @PreDestroy
    void writeTheRest() {
        flush();
        if (pendingCount.get() > 0) {
            LOG.severe("View counter stopped with " + pendingCount.get() + " views unwritten (the database did not answer)");
        }
    }

    /** Writes every waiting view; answers how many were written. Also for tests and benchmarks. */
    public int flush() {
        synchronized (flushing) {
            int written = 0;
            while (!pending.isEmpty()) {
                List<View> batch = new ArrayList<>(Math.min(BATCH, pendingCount.get()));
                View view;
                while (batch.size() < BATCH && (view = pending.poll()) != null) {
                    batch.add(view);
                }
                try {
                    write(batch);
                    pendingCount.addAndGet(-batch.size());
                    written += batch.size();
                } catch (SQLException | RuntimeException e) {
                    // keep them for the next round; nothing acknowledged is lost while the database is away
                    pending.addAll(batch);
                    LOG.log(Level.WARNING, "View counter could not write " + batch.size() + " views; will retry", e);
                    break;
                }
            }
            forgetOldDays();
            return written;
        }
    }

    private void write(List<View> views) throws SQLException {
        Set<Long> items = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT IGNORE INTO content_view (content_id, day, visitor, school_id) VALUES (?, ?, ?, ?)")) {
                    for (View v : views) {
                        insert.setLong(1, v.contentId());
                        insert.setDate(2, Date.valueOf(v.day()));
                        insert.setBytes(3, v.visitor());
                        insert.setObject(4, v.schoolId());
                        insert.addBatch();
                        items.add(v.contentId());
                        days.add(v.day());
                    }
                    insert.executeBatch();
                }
                String itemList = String.join(",", items.stream().map(String::valueOf).toList());
                for (LocalDate day : days) {
                    try (PreparedStatement daily = c.prepareStatement(
                            "INSERT INTO content_view_daily (content_id, day, views) "
                                    + "SELECT content_id, day, COUNT(*) FROM content_view WHERE day = ? AND content_id IN (" + itemList + ") "
                                    + "GROUP BY content_id, day ON DUPLICATE KEY UPDATE views = VALUES(views)")) {
                        daily.setDate(1, Date.valueOf(day));
                        daily.executeUpdate();
                    }
                }
                try (PreparedStatement totals = c.prepareStatement(
                        "UPDATE content_item i SET view_count = (SELECT COALESCE(SUM(d.views), 0) FROM content_view_daily d "
                                + "WHERE d.content_id = i.id) WHERE i.id IN (" + itemList + ")")) {
                    totals.executeUpdate();
                }
                ViewRollups.update(c, views, days, itemList);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void forgetOldDays() {
        LocalDate today = ThaiDates.today();
        if (seen.size() > MAX_SEEN) {
            seen.clear(); // the database still counts each visitor once a day
        } else {
            seen.removeIf(k -> k.day().isBefore(today));
        }
    }
}
