package th.nithet.platform.web;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The page generation all instances share ({@code page_generation}): how one instance tells the others
 * that the pages they keep for anonymous readers ({@link PageCache}) are out of date.
 * <p>
 * An EJB of its own rather than part of the CDI bean, for two things seen in the running server: the
 * {@link PageCache}'s {@code @Resource} fields were left empty by Payara (it is first made from a
 * start-up singleton's timer thread), and a timer method that throws twice is dropped for good, so
 * {@link #poll} must never throw.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SharedPageGeneration {

    private static final Logger LOG = Logger.getLogger(SharedPageGeneration.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    PageCache cache;

    /** The shared generation as last read or written here; none yet at start. */
    private volatile long seen = Long.MIN_VALUE;

    /** Every second: when another instance moved the shared generation, pages kept here are out of date. */
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void poll() {
        try (Connection c = dataSource.getConnection()) {
            synchronized (this) {
                long shared = read(c);
                if (seen != Long.MIN_VALUE && shared != seen) {
                    cache.changedElsewhere();
                }
                seen = shared;
            }
        } catch (SQLException | RuntimeException e) {
            // the database is away: nothing new can be rendered either; kept pages still expire by age
            LOG.log(Level.FINE, "Cannot read page_generation", e);
        }
    }

    /**
     * Something pages show was committed here: moves the shared generation on (off the writer's thread:
     * one short statement, but the writer need not wait for it). When the move took the generation just one
     * past the one this instance had seen, the move was this instance's own and {@link #poll} need not forget
     * the pages once more (it did, and an anonymous reader right after a change found the page rendered for
     * them forgotten a second later). When another instance moved it too, the next poll still sees the
     * difference: a page rendered here meanwhile may have missed that change.
     */
    @Asynchronous
    public void move() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement move = c.prepareStatement(
                     // LAST_INSERT_ID(x) keeps x for this connection: the value this statement wrote, nobody else's
                     "UPDATE page_generation SET generation = LAST_INSERT_ID(generation + 1) WHERE id = 1");
             PreparedStatement moved = c.prepareStatement("SELECT LAST_INSERT_ID()")) {
            move.executeUpdate();
            try (ResultSet rs = moved.executeQuery()) {
                long now = rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
                synchronized (this) {
                    if (seen != Long.MIN_VALUE && now == seen + 1) {
                        seen = now;
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot tell other instances that pages changed; their kept pages expire within "
                    + PageCache.KEEP.toSeconds() + " s", e);
        }
    }

    private static long read(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT generation FROM page_generation WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
