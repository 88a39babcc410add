import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import th.nithet.statistics.Period;
import th.nithet.statistics.StatisticsQueries;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Statistics with many views (#8): a generated office over fiscal years 2568–2570 (1 Oct 2024 – 30 Sep 2027)
 * in an embedded MariaDB migrated by the real Flyway migrations, then every statistics query timed as the
 * page, a month, a supervisor's page and the JSON API would run them.
 * <p>
 * Views: all days before the last {@code realDays} (default 30) are bulk-loaded into content_view
 * (LOAD DATA LOCAL INFILE) and the small tables built from them with set-based forms of ViewRollups'
 * statements; the last {@code realDays} go through the real ViewCounter (count + flush, which keeps the small
 * tables itself), to measure its rate on a full table; the very last day starts with 200 flushes of 20 views, as
 * the server's 2-second flushes are. Then the small tables are checked against content_view and each other.
 * <p>
 * Usage: bench/statistics.sh [views] [runs] (it compiles bench/statistics and builds the class path); the class takes
 * &lt;dir&gt; [views] [runs]. The office is made by {@link Office}, its views by {@link ViewHistory}.
 * A directory that already holds a generated database of the same size is reused (only the timing runs).
 * The schema is the portal's own (Flyway, db/migration). System properties: ddl (a file of extra DDL to try, e.g. an
 * index being considered; none by default), realDays (30), timingPool (buffer pool while timing and for the real path, bytes; default the
 * embedded server's 128 MiB), loadPool (while bulk-loading; 2 GiB), sql (a file of diagnostic statements, EXPLAIN …,
 * to run before timing), skipTiming.
 */
public class StatisticsBench extends Bench {

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        long views = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int realDays = Integer.getInteger("realDays", 30);
        long timingPool = Long.getLong("timingPool", 128L << 20);
        long loadPool = Long.getLong("loadPool", 2048L << 20);
        Files.createDirectories(work);

        // the launcher's own embedded MariaDB (package-private: reached by reflection, as the bench is no part of the portal)
        Class<?> embedded = Class.forName("th.nithet.launcher.EmbeddedMariaDb");
        method(embedded, "keepTemporaryFilesIn", Path.class).invoke(null, work);
        long t0 = System.nanoTime();
        Object db = method(embedded, "start", Path.class).invoke(null, work);
        String url = (String) method(embedded, "jdbcUrl").invoke(db);
        String password = (String) method(embedded, "password").invoke(db);
        System.out.printf("embedded MariaDB started in %.1f s (%s)%n", (System.nanoTime() - t0) / 1e9, url);
        // root has the same password (EmbeddedMariaDb); it may SET GLOBAL. A small pool, as the server's.
        try (MariaDbPoolDataSource pool = new MariaDbPoolDataSource(url + "?user=root&password=" + password
                + "&maxPoolSize=4&minPoolSize=1&allowLocalInfile=true")) {
            System.out.println("server: " + text(pool, "SELECT VERSION()") + "; load " + load());
            Flyway.configure(ClassLoader.getSystemClassLoader()).dataSource(pool).locations("classpath:db/migration").load().migrate();
            String ddl = System.getProperty("ddl", "none");
            if (!ddl.equals("none") && Files.exists(Path.of(ddl))) {
                System.out.println("== BENCH-ONLY DDL from " + ddl + " (not in db/migration; applied by the bench):");
                for (String sql : Files.readString(Path.of(ddl)).split(";\\s*\\n")) {
                    if (!sql.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
                        long s = System.nanoTime();
                        execute(pool, sql);
                        System.out.printf("   %.1f s: %s%n", (System.nanoTime() - s) / 1e9,
                                sql.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("--")).findFirst().orElse("").strip());
                    }
                }
            }
            Path marker = work.resolve("generated-views");
            if (Files.exists(marker) && Files.readString(marker).trim().equals(Long.toString(views))) {
                System.out.printf("reusing the generated office in %s (%,d views)%n", work, views);
            } else {
                setGlobal(pool, "innodb_buffer_pool_size", loadPool);
                new ViewHistory(pool, work, views, realDays).run();
                Files.writeString(marker, Long.toString(views));
            }
            setGlobal(pool, "innodb_buffer_pool_size", timingPool);
            String sql = System.getProperty("sql");
            if (sql != null) {
                sql(pool, Files.readString(Path.of(sql)));
            }
            sizes(pool);
            if (!Boolean.getBoolean("skipTiming")) {
                time(pool, runs);
            }
        } finally {
            method(embedded, "close").invoke(db);
        }
    }

    // ------------------------------------------------------------------ timing

    record Query(String name, Supplier<Object> call) {
    }

    /** A dashboard: its queries made on a fresh StatisticsQueries at each run, as the server makes one per page or API call. */
    record Dashboard(String name, java.util.function.Function<StatisticsQueries, List<Query>> queries) {
    }

    static List<Query> page(StatisticsQueries q, Period p, List<Long> networks) {
        List<Query> list = new ArrayList<>();
        list.add(new Query("totals", () -> q.totals(p)));
        list.add(new Query("byMonth", () -> q.byMonth(p)));
        list.add(new Query("byWeek", () -> q.byWeek(p)));
        list.add(new Query("byDay", () -> q.byDay(p)));
        list.add(new Query("byType", () -> q.byType(p)));
        list.add(new Query("byLearningArea", () -> q.byLearningArea(p)));
        list.add(new Query("bySchool+byNetwork", () -> StatisticsQueries.byNetwork(q.bySchool(p, networks))));
        list.add(new Query("mostViewed(20)", () -> q.mostViewed(p, 20)));
        list.add(new Query("leastReached(20)", () -> q.leastReached(p, 20)));
        list.add(new Query("activity", () -> q.activity(p, networks)));
        list.add(new Query("activeByPosition", () -> q.activeByPosition(p, networks)));
        list.add(new Query("activeByNetwork", () -> q.activeByNetwork(p, networks)));
        list.add(new Query("activeBySchool", () -> q.activeBySchool(p, networks)));
        list.add(new Query("answerTimes", () -> q.answerTimes(p)));
        list.add(new Query("supervisionCoverage", () -> q.supervisionCoverage(p, networks)));
        list.add(new Query("formResponseRates", () -> q.formResponseRates(p)));
        return list;
    }

    /** StatisticsResource.figures: the same calls it makes, in its order. */
    static List<Query> api(StatisticsQueries q, Period p, List<Long> networks) {
        List<Query> list = new ArrayList<>();
        list.add(new Query("bySchool+byNetwork", () -> StatisticsQueries.byNetwork(q.bySchool(p, networks))));
        list.add(new Query("answerTimes", () -> q.answerTimes(p)));
        list.add(new Query("totals", () -> q.totals(p)));
        list.add(new Query("byMonth", () -> q.byMonth(p)));
        list.add(new Query("byType", () -> q.byType(p)));
        list.add(new Query("byLearningArea", () -> q.byLearningArea(p)));
        list.add(new Query("mostViewed(20)", () -> q.mostViewed(p, 20)));
        list.add(new Query("leastReached(20)", () -> q.leastReached(p, 20)));
        list.add(new Query("activity", () -> q.activity(p, networks)));
        list.add(new Query("activeByPosition", () -> q.activeByPosition(p, networks)));
        list.add(new Query("activeByNetwork", () -> q.activeByNetwork(p, networks)));
        list.add(new Query("supervisionCoverage", () -> q.supervisionCoverage(p, networks)));
        list.add(new Query("formResponseRates", () -> q.formResponseRates(p)));
        return list;
    }

    static void time(DataSource pool, int runs) throws SQLException {
        List<Long> twoNetworks = new ArrayList<>();
        try (Connection c = pool.getConnection(); ResultSet r = c.createStatement().executeQuery("SELECT id FROM school_network ORDER BY id LIMIT 2")) {
            while (r.next()) {
                twoNetworks.add(r.getLong(1));
            }
        }
        Period year = Period.of(2570, null);
        Period month = Period.of(2570, 11);
        List<Dashboard> dashboards = List.of(
                new Dashboard("page, fiscal year 2570 (admin)", q -> page(q, year, null)),
                new Dashboard("page, November 2569 (admin)", q -> page(q, month, null)),
                new Dashboard("page, fiscal year 2570, supervisor of 2 networks " + twoNetworks, q -> page(q, year, twoNetworks)),
                new Dashboard("JSON API figures, fiscal year 2570 (admin)", q -> api(q, year, null)));
        System.out.printf("%n== timing: %d warm-up rounds, then %d runs of each dashboard (sequential, one connection at a time); load %s%n",
                3, runs, load());
        for (int w = 0; w < 3; w++) {
            for (Dashboard d : dashboards) {
                for (Query query : d.queries().apply(new StatisticsQueries(pool))) {
                    query.call().get();
                }
            }
        }
        int sink = 0;
        for (Dashboard d : dashboards) {
            int size = d.queries().apply(new StatisticsQueries(pool)).size();
            long[][] each = new long[size][runs];
            long[] total = new long[runs];
            List<Query> set = null;
            for (int r = 0; r < runs; r++) {
                set = d.queries().apply(new StatisticsQueries(pool));
                for (int i = 0; i < set.size(); i++) {
                    long s = System.nanoTime();
                    sink += set.get(i).call().get().hashCode();
                    each[i][r] = System.nanoTime() - s;
                    total[r] += each[i][r];
                }
            }
            System.out.printf("%n-- %s (load %s)%n", d.name(), load());
            System.out.printf("   %-22s %9s %9s %9s%n", "query", "p50 ms", "p95 ms", "max ms");
            for (int i = 0; i < set.size(); i++) {
                row(set.get(i).name(), each[i]);
            }
            row("WHOLE SET", total);
        }
        System.out.println("(checksum " + sink + ")");
    }

    /** Diagnostics (-Dsql=file): runs each statement (EXPLAIN …, SHOW …) and prints what it answers. */
    static void sql(DataSource pool, String statements) throws SQLException {
        for (String sql : statements.split(";\\s*\\n")) {
            if (sql.isBlank()) {
                continue;
            }
            System.out.println("\n> " + sql.strip());
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                long t = System.nanoTime();
                boolean rows = s.execute(sql);
                if (rows) {
                    try (ResultSet r = s.getResultSet()) {
                        int n = r.getMetaData().getColumnCount();
                        while (r.next()) {
                            StringBuilder b = new StringBuilder("  ");
                            for (int i = 1; i <= n; i++) {
                                b.append(i == 1 ? "" : " | ").append(r.getString(i));
                            }
                            System.out.println(b);
                        }
                    }
                }
                System.out.printf("  (%.1f ms)%n", (System.nanoTime() - t) / 1e6);
            }
        }
    }

    static void row(String name, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("   %-22s %9.1f %9.1f %9.1f%n", name, pct(s, .50), pct(s, .95), s[s.length - 1] / 1e6);
    }

    static void sizes(DataSource pool) throws SQLException {
        List<String> tables = List.of("content_view", "content_view_daily", "view_day_total", "view_type_daily", "view_area_daily",
                "view_school_daily", "view_item_monthly", "view_visitor_weekly", "view_visitor_monthly", "view_visitor_yearly",
                "account_visit_monthly", "view_visitor_count", "view_item_yearly", "content_item", "account", "comment", "answer");
        long t0 = System.nanoTime();
        tables = tables.stream().filter(t -> {
            try {
                return single(pool, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '" + t + "'") > 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        for (String t : tables) {
            execute(pool, "ANALYZE TABLE " + t);
        }
        System.out.printf("%n== table sizes (ANALYZE TABLE took %.0f s; rows exact, MB = data + indexes as InnoDB reports)%n",
                (System.nanoTime() - t0) / 1e9);
        System.out.printf("   %-24s %14s %10s %10s%n", "table", "rows", "data MB", "index MB");
        for (String t : tables) {
            long rows = single(pool, "SELECT COUNT(*) FROM " + t);
            try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT data_length, index_length FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?")) {
                s.setString(1, t);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    System.out.printf("   %-24s %,14d %10.1f %10.1f%n", t, rows, r.getLong(1) / 1048576.0, r.getLong(2) / 1048576.0);
                }
            }
        }
    }

}
