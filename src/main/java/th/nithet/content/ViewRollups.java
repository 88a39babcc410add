package th.nithet.content;

import th.nithet.platform.time.FiscalYear;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps the statistics' small tables (see V15__statistics.sql) in step with the views just written, in
 * the same transaction: for each day touched, that day's totals by type, learning area and school are
 * recomputed from the day's rows (so a retry or a crash never counts twice); the items' months are
 * recomputed for the items touched; the visitors of the week, month and fiscal year are added.
 */
final class ViewRollups {

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
        batch(c, "INSERT IGNORE INTO view_visitor_weekly (week, visitor) VALUES (?, ?)", views,
                v -> List.of(Date.valueOf(v.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))), v.visitor()));
        batch(c, "INSERT IGNORE INTO view_visitor_monthly (month, visitor) VALUES (?, ?)", views,
                v -> List.of(Date.valueOf(v.day().withDayOfMonth(1)), v.visitor()));
        batch(c, "INSERT IGNORE INTO view_visitor_yearly (fiscal_year, visitor) VALUES (?, ?)", views,
                v -> List.of(FiscalYear.of(v.day()).buddhistYear(), v.visitor()));
        batch(c, "INSERT IGNORE INTO account_visit_monthly (month, account_id) VALUES (?, ?)",
                views.stream().filter(v -> v.accountId() != null).toList(),
                v -> List.of(Date.valueOf(v.day().withDayOfMonth(1)), v.accountId()));
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
