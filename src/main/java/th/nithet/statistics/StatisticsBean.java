package th.nithet.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.PageLoads;
import th.nithet.platform.time.FiscalYear;
import th.nithet.platform.web.Feedback;

import java.io.IOException;
import java.util.List;

/**
 * The statistics page ({@code /statistics?year=2570&month=11}): a fiscal year, or one month of it;
 * administrators and supervisors (see {@link Statistics} for what a supervisor's page covers).
 */
@Named
@RequestScoped
public class StatisticsBean {

    /** The months of a fiscal year in its order: October first. */
    public static final List<Integer> FISCAL_MONTHS = List.of(10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    @Inject
    Statistics statistics;

    private Integer year;
    private Integer month;
    private StatisticsTables tables;

    public void load() throws IOException {
        if (year == null || year < 2500 || year > 2700) {
            year = FiscalYear.current().buddhistYear();
        }
        if (month != null && (month < 1 || month > 12)) {
            month = null;
        }
        PageLoads.guard(() -> tables = statistics.tables(Period.of(year, month), Feedback.locale()));
    }

    /** The query string of this period, for the export links. */
    public String getQuery() {
        return "year=" + year + (month == null ? "" : "&month=" + month);
    }

    public List<Integer> getYears() {
        int now = FiscalYear.current().buddhistYear();
        return List.of(now, now - 1, now - 2, now - 3);
    }

    public List<Integer> getMonths() {
        return FISCAL_MONTHS;
    }

    public StatisticsTables getTables() {
        return tables;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }
}
