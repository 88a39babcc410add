package th.nithet.statistics;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.platform.db.DatabaseMigration;

import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;

/**
 * Engagement statistics for administrators, and for supervisors limited to their networks where a
 * figure is about schools or people (views by school, active people, supervision coverage); the
 * office-wide totals (views, visitors, types, learning areas, content, questions, forms) are the same
 * for both. The authorization boundary; the figures come from {@link StatisticsQueries}.
 */
@Stateless
@PermitAll
public class Statistics {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    Viewers viewers;

    /** The tables for the period, in the caller's scope and language. */
    public StatisticsTables tables(Period period, Locale locale) {
        return new StatisticsTables(new StatisticsQueries(dataSource), period, scope(), locale);
    }

    /** The figures themselves (for indicators and the API), after the same check. */
    public StatisticsQueries queries() {
        viewers.staff();
        return new StatisticsQueries(dataSource);
    }

    /** The figures for work nobody asked for in person (the indicators' daily snapshot): no caller to check. */
    public StatisticsQueries unchecked() {
        return new StatisticsQueries(dataSource);
    }

    /** The networks the caller may see schools and people of: null for everything (administrators). */
    public List<Long> scope() {
        Viewer viewer = viewers.staff();
        if (viewer.isAdmin()) {
            return null;
        }
        return em.createNativeQuery("SELECT network_id FROM supervisor_network WHERE account_id = ?")
                .setParameter(1, viewer.account().getId()).getResultStream().map(n -> ((Number) n).longValue()).toList();
    }
}
