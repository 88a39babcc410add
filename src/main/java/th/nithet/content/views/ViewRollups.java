package th.nithet.content.views;

import th.nithet.platform.time.FiscalYear;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the statistics' small tables (see V15__statistics.sql) in step with the views just written, in
 * the same transaction: for each day touched, that day's totals by type, learning area and school are
 * recomputed from the day's rows (so a retry or a crash never counts twice); the items' months are
 * recomputed for the items touched, and from those their fiscal years (view_item_yearly); the visitors of the
 * week, month and fiscal year are added, and how many of them were new to each period is added to its count
 * (view_visitor_count). Those two tables come with a later migration (proposed in bench/statistics-migration.sql).
 */
final class ViewRollups {

    private static final int VISITORS_PER_STATEMENT = 1_000;

    private ViewRollups() {
    }

    static void update(Connection c, List<ViewCounter.View> views, Set<LocalDate> days, String itemList) throws SQLException {
        for (LocalDate day : days) {
            Date d = Date.valueOf(day);
            run(c, "INSERT INTO view_day_total (day, views, visitors) SELECT ?, COUNT(*), COUNT(DISTINCT visitor) FROM content_view "
                    + "WHERE day = ? ON DUPLICATE KEY UPDATE views = VALUES(views), visitors = VALUES(visitors)", d, d);
            run(c, "INSERT INTO view_type_daily (day, content_type, views) SELECT d.day, i.type, SUM(d.views) FROM content_view_daily d "
                    + "JOIN content_item i ON i.id = d.content_id WHERE d.day = ? GROUP BY d.day, i.type "
                    + "ON DUPLICATE KEY UPDATE views = VALUES(views)", d);
            run(c, "INSERT INTO view_area_daily (day, learning_area_id, views) SELECT d.day, a.learning_area_id, SUM(d.views) "
                    + "FROM content_view_daily d JOIN content_learning_area a ON a.content_id = d.content_id WHERE d.day = ? "
                    + "GROUP BY d.day, a.learning_area_id ON DUPLICATE KEY UPDATE views = VALUES(views)", d);
            run(c, "INSERT INTO view_school_daily (day, school_id, views) SELECT day, COALESCE(school_id, 0), COUNT(*) FROM content_view "
                    + "WHERE day = ? GROUP BY day, COALESCE(school_id, 0) ON DUPLICATE KEY UPDATE views = VALUES(views)", d);
            LocalDate month = day.withDayOfMonth(1);
            run(c, "INSERT INTO view_item_monthly (month, content_id, views) SELECT ?, content_id, SUM(views) FROM content_view_daily "
                    + "WHERE day BETWEEN ? AND ? AND content_id IN (" + itemList + ") GROUP BY content_id "
                    + "ON DUPLICATE KEY UPDATE views = VALUES(views)", Date.valueOf(month), Date.valueOf(month),
                    Date.valueOf(month.with(TemporalAdjusters.lastDayOfMonth())));
        }
        for (FiscalYear year : days.stream().map(FiscalYear::of).collect(Collectors.toCollection(TreeSet::new))) {
            run(c, "INSERT INTO view_item_yearly (fiscal_year, content_id, views) SELECT ?, content_id, SUM(views) FROM view_item_monthly "
                    + "WHERE month BETWEEN ? AND ? AND content_id IN (" + itemList + ") GROUP BY content_id "
                    + "ON DUPLICATE KEY UPDATE views = VALUES(views)", year.buddhistYear(), Date.valueOf(year.firstDay()),
                    Date.valueOf(year.lastDay()));
        }
        visitors(c, "view_visitor_weekly", "week", "WEEK", views, d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                Date::valueOf);
        visitors(c, "view_visitor_monthly", "month", "MONTH", views, d -> d.withDayOfMonth(1), Date::valueOf);
        visitors(c, "view_visitor_yearly", "fiscal_year", "YEAR", views, d -> FiscalYear.of(d).firstDay(),
                start -> FiscalYear.of(start).buddhistYear());
        batch(c, "INSERT IGNORE INTO account_visit_monthly (month, account_id) VALUES (?, ?)",
                views.stream().filter(v -> v.accountId() != null).toList(),
                v -> List.of(Date.valueOf(v.day().withDayOfMonth(1)), v.accountId()));
    }

    /**
     * Adds the views' visitors to a week's, month's or fiscal year's visitors ({@code INSERT IGNORE}: once each),
     * and how many of them were new to that period's count in view_visitor_count, so that distinct visitors of a
     * period are read from one row. In visitor order, so that two instances writing at once take their locks in
     * the same order.
     */
    private static void visitors(Connection c, String table, String column, String kind, List<ViewCounter.View> views,
                                 Function<LocalDate, LocalDate> start, Function<LocalDate, Object> key) throws SQLException {
        Map<LocalDate, Set<byte[]>> byPeriod = new TreeMap<>();
        for (ViewCounter.View v : views) {
            byPeriod.computeIfAbsent(start.apply(v.day()), p -> new TreeSet<>(Arrays::compareUnsigned)).add(v.visitor());
        }
        for (Map.Entry<LocalDate, Set<byte[]>> period : byPeriod.entrySet()) {
            Object periodKey = key.apply(period.getKey());
            List<byte[]> visitors = new ArrayList<>(period.getValue());
            int added = 0;
            for (int from = 0; from < visitors.size(); from += VISITORS_PER_STATEMENT) {
                List<byte[]> part = visitors.subList(from, Math.min(visitors.size(), from + VISITORS_PER_STATEMENT));
                try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO " + table + " (" + column + ", visitor) VALUES "
                        + String.join(", ", Collections.nCopies(part.size(), "(?, ?)")))) {
                    int i = 1;
                    for (byte[] visitor : part) {
                        s.setObject(i++, periodKey);
                        s.setBytes(i++, visitor);
                    }
                    added += s.executeUpdate();   // the rows inserted: a visitor already there is ignored, not counted
                }
            }
            if (added > 0) {
                run(c, "INSERT INTO view_visitor_count (kind, period_start, visitors) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE visitors = visitors + VALUES(visitors)", kind, Date.valueOf(period.getKey()), added);
            }
        }
    }

    private static void run(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static void batch(Connection c, String sql, List<ViewCounter.View> views,
                              java.util.function.Function<ViewCounter.View, List<Object>> values) throws SQLException {
        if (views.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (ViewCounter.View v : views) {
                List<Object> row = new ArrayList<>(values.apply(v));
                for (int i = 0; i < row.size(); i++) {
                    s.setObject(i + 1, row.get(i));
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
