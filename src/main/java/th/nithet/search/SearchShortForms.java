package th.nithet.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this instance's search using the office's short forms as the database has them
 * ({@code search_short_form}): read at start, at once after a change made here ({@link ShortFormService}),
 * and within {@link #POLL_SECONDS} s of a change made on another instance. Rows are only added and
 * removed, so the count and the highest id together change whenever the list does.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "SearchIndex"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchShortForms {

    static final int POLL_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(SearchShortForms.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @EJB
    SearchIndex index;

    /** The count and highest id last read; null before the first read. */
    private volatile String seen;

    @PostConstruct
    void start() {
        reload();
    }

    /** Every few seconds: another instance may have changed the list. Never throws (a timer that does is dropped). */
    @Schedule(second = "*/" + POLL_SECONDS, minute = "*", hour = "*", persistent = false)
    void poll() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM search_short_form");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            if (!(rs.getLong(1) + "/" + rs.getLong(2)).equals(seen)) {
                reload();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot read the office's short forms; search keeps the ones it has", e);
        }
    }

    /** Reads the whole list and hands it to the search engine. */
    public synchronized void reload() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, short_form, long_form FROM search_short_form ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            List<List<String>> groups = new ArrayList<>();
            long highest = 0;
            while (rs.next()) {
                highest = rs.getLong(1);
                groups.add(List.of(rs.getString(2), rs.getString(3)));
            }
            index.engine().useShortForms(ShortForms.with(groups));
            seen = groups.size() + "/" + highest;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the office's short forms; search keeps the ones it has", e);
        }
    }
}
