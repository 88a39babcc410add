import th.nithet.content.views.ViewCounter;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office's view history: all days before the last {@code realDays} bulk-loaded into content_view with the small
 * tables built from them, the last days through the real ViewCounter; then everything checked against content_view.
 */
final class ViewHistory extends Office {

    ViewHistory(DataSource pool, Path work, long views, int realDays) {
        super(pool, work, views, realDays);
    }

    void run() throws Exception {
        long t0 = System.nanoTime();
        organisation();
        content();
        activity();
        System.out.printf("office generated in %.0f s; load %s%n", (System.nanoTime() - t0) / 1e9, load());
        views();
    }

    // ------------------------------------------------------------------ views

    /** How busy a day is: school days in term, weekends and holidays quieter, and the portal's use growing. */
    static double dayWeight(LocalDate d) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        int md = d.getMonthValue() * 100 + d.getDayOfMonth();
        boolean term = md >= 516 && md <= 1010 || md >= 1101 || md <= 331;
        boolean holiday = md >= 1231 || md <= 102 || md >= 413 && md <= 415;
        double growth = 0.7 + 0.6 * ChronoUnit.DAYS.between(FIRST, d) / (double) DAYS;
        return (weekend ? 0.3 : 1.0) * (term ? 1.0 : 0.45) * (holiday ? 0.3 : 1.0) * growth;
    }

    /** How an item's views fade with its age in days. */
    static double fade(String type, long age) {
        return switch (type) {
            case "NEWS" -> Math.max(0.03, Math.pow(0.5, age / 10.0));
            case "HONOUR" -> Math.max(0.03, Math.pow(0.5, age / 30.0));
            case "QUESTION" -> Math.max(0.08, Math.pow(0.5, age / 30.0));
            case "SUPERVISION" -> Math.max(0.02, Math.pow(0.5, age / 45.0));
            default -> Math.max(0.2, Math.pow(0.5, age / 180.0));   // articles, practices: the knowledge bank lasts
        };
    }

    void views() throws Exception {
        HexFormat hex = HexFormat.of();
        int accounts = accountIds.length;
        int cookies = 300_000;
        byte[][] visitor = new byte[accounts + cookies][];
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < accounts; i++) {
            visitor[i] = Arrays.copyOf(sha.digest(("account:" + accountIds[i]).getBytes(StandardCharsets.UTF_8)), 16);  // as Visitors does
        }
        for (int i = 0; i < cookies; i++) {
            visitor[accounts + i] = Arrays.copyOf(sha.digest(("visitor:bench-cookie-" + i).getBytes(StandardCharsets.UTF_8)), 16);
        }
        // anonymous cookies: each lives a while (a browser, until cleared or replaced), some read much more than others
        int[] cookieStart = new int[cookies];
        int[] cookieEnd = new int[cookies];
        double[] cookieWeight = new double[cookies];
        for (int i = 0; i < cookies; i++) {
            cookieStart[i] = -120 + RANDOM.nextInt(DAYS + 120);
            cookieEnd[i] = cookieStart[i] + 1 + (int) (-Math.log(1 - RANDOM.nextDouble()) * 120);
            cookieWeight[i] = Math.exp(RANDOM.nextGaussian());
        }
        Integer[] byStart = new Integer[cookies];
        for (int i = 0; i < cookies; i++) {
            byStart[i] = i;
        }
        Arrays.sort(byStart, (a, b) -> Integer.compare(cookieStart[a], cookieStart[b]));
        double[] accountCum = cumulative(accountWeight);

        double[] dayW = new double[DAYS];
        double sum = 0;
        for (int d = 0; d < DAYS; d++) {
            dayW[d] = dayWeight(FIRST.plusDays(d));
            sum += dayW[d];
        }
        long[] perDay = new long[DAYS];
        long given = 0;
        for (int d = 0; d < DAYS; d++) {
            perDay[d] = (long) Math.floor(views * dayW[d] / sum);
            given += perDay[d];
        }
        for (int d = 0; given < views; d = (d + 1) % DAYS) {
            if (dayW[d] > 0.5) {
                perDay[d]++;
                given++;
            }
        }

        int n = itemIds.length;
        double[] wAll = new double[n];
        double[] wPublic = new double[n];
        List<Integer> active = new ArrayList<>();
        int nextCookie = 0;
        int cutIndex = (int) ChronoUnit.DAYS.between(FIRST, cut);
        List<List<ViewCounter.View>> realViews = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Path file = null;
        BufferedWriter out = null;
        long inFile = 0;
        long bulk = 0;
        long signedIn = 0;
        long loadNanos = 0;
        long t0 = System.nanoTime();
        int fileNo = 0;
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            LocalDateTime endOfDay = day.plusDays(1).atStartOfDay().minusHours(7);   // Bangkok midnight, as stored (UTC)
            for (int i = 0; i < n; i++) {
                double w = 0;
                if (itemPublished[i] && itemCreated[i].isBefore(endOfDay)) {
                    long age = ChronoUnit.DAYS.between(itemCreated[i].plusHours(7).toLocalDate(), day);
                    w = itemPopularity[i] * fade(TYPES[itemType[i]], age);
                }
                wAll[i] = (i == 0 ? 0 : wAll[i - 1]) + w;
                wPublic[i] = (i == 0 ? 0 : wPublic[i - 1]) + (itemPublic[i] ? w : 0);
            }
            int today = d;
            active.removeIf(c -> cookieEnd[c] < today);
            while (nextCookie < cookies && cookieStart[byStart[nextCookie]] <= d) {
                if (cookieEnd[byStart[nextCookie]] >= d) {
                    active.add(byStart[nextCookie]);
                }
                nextCookie++;
            }
            double[] activeCum = new double[active.size()];
            for (int i = 0; i < activeCum.length; i++) {
                activeCum[i] = (i == 0 ? 0 : activeCum[i - 1]) + cookieWeight[active.get(i)];
            }
            seen.clear();
            List<ViewCounter.View> real = d >= cutIndex ? new ArrayList<>() : null;
            for (long v = 0; v < perDay[d]; v++) {
                int item;
                int who;
                int tries = 0;
                do {
                    boolean account = RANDOM.nextInt(100) < 60;
                    if (account) {
                        who = search(accountCum, RANDOM.nextDouble() * accountCum[accountCum.length - 1]);
                        item = search(wAll, RANDOM.nextDouble() * wAll[n - 1]);
                    } else {
                        who = accounts + active.get(search(activeCum, RANDOM.nextDouble() * activeCum[activeCum.length - 1]));
                        item = search(wPublic, RANDOM.nextDouble() * wPublic[n - 1]);
                    }
                    if (++tries > 1000) {
                        throw new IllegalStateException("cannot find a new view on " + day);
                    }
                } while (!seen.add((long) item << 20 | who));
                Long school = who < accounts ? accountSchool[who] : null;
                if (who < accounts) {
                    signedIn++;
                }
                if (real != null) {
                    real.add(new ViewCounter.View(itemIds[item], day, visitor[who], who < accounts ? accountIds[who] : null, school));
                    continue;
                }
                if (out == null) {
                    file = work.resolve("views-" + (fileNo++) + ".tsv");
                    out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                }
                out.write(Long.toString(itemIds[item]));
                out.write('\t');
                out.write(day.toString());
                out.write('\t');
                out.write(hex.formatHex(visitor[who]));
                out.write('\t');
                out.write(school == null ? "\\N" : school.toString());
                out.write('\n');
                inFile++;
                bulk++;
                if (inFile == 1_000_000) {
                    out.close();
                    out = null;
                    loadNanos += loadFile(file);
                    inFile = 0;
                }
            }
            if (real != null) {
                realViews.add(real);
            }
        }
        if (out != null) {
            out.close();
            loadNanos += loadFile(file);
        }
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("views generated: %,d (%.1f %% by signed-in accounts); %,d bulk-loaded (days %s – %s) with LOAD DATA LOCAL INFILE "
                        + "in %.0f s (%,.0f rows/s; generating and writing files besides: %.0f s in all); load %s%n",
                views, 100.0 * signedIn / views, bulk, FIRST, cut.minusDays(1), loadNanos / 1e9, bulk / (loadNanos / 1e9), genSeconds, load());

        rollups(accounts, visitor);

        // the last days through the real view counter, which keeps the small tables itself
        setGlobal(pool, "innodb_buffer_pool_size", Long.getLong("timingPool", 128L << 20));
        System.out.printf("%n== the real path: ViewCounter.count + flush for %s – %s (batches of up to 5,000; a fresh counter each day), "
                + "buffer pool %d MiB; load %s%n", cut, LAST, Long.getLong("timingPool", 128L << 20) >> 20, load());
        long realCount = 0;
        long t1 = System.nanoTime();
        List<ViewCounter.View> lastDay = realViews.remove(realViews.size() - 1);
        for (List<ViewCounter.View> dayViews : realViews) {
            ViewCounter counter = ViewCounter.over(pool);
            dayViews.forEach(counter::count);
            realCount += counter.flush();
        }
        double realSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("ViewCounter wrote %,d views in %.1f s: %,.0f views/s (full batches, on a table of %,d+ rows)%n",
                realCount, realSeconds, realCount / realSeconds, bulk);
        // the last day as the server writes it: a flush every 2 s with the few views that came in
        List<Long> flushes = new ArrayList<>();
        int small = 20;
        long smallCount = 0;
        for (int i = 0; i < Math.min(lastDay.size(), 200 * small); i += small) {
            ViewCounter counter = ViewCounter.over(pool);
            lastDay.subList(i, Math.min(lastDay.size(), i + small)).forEach(counter::count);
            long s = System.nanoTime();
            smallCount += counter.flush();
            flushes.add(System.nanoTime() - s);
        }
        if (lastDay.size() > 200 * small) {
            ViewCounter counter = ViewCounter.over(pool);
            lastDay.subList(200 * small, lastDay.size()).forEach(counter::count);
            realCount += counter.flush();
        }
        long[] f = flushes.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(f);
        System.out.printf("%s: %,d views in %d flushes of %d as the server's 2-second flushes are (the rest of the day in full batches): "
                        + "one flush p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", LAST, smallCount, f.length, small, pct(f, .5), pct(f, .95), f[f.length - 1] / 1e6);
        check(views);
    }

    /** LOAD DATA LOCAL INFILE of one generated file; answers the nanoseconds it took. */
    long loadFile(Path file) throws Exception {
        long s = System.nanoTime();
        execute(pool, "LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE content_view CHARACTER SET ascii "
                + "FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (content_id, day, @v, school_id) SET visitor = UNHEX(@v)");
        long took = System.nanoTime() - s;
        Files.delete(file);
        System.out.printf("  loaded %s: %.1f s; load %s%n", file.getFileName(), took / 1e9, load());
        return took;
    }

    /**
     * The small tables for the bulk-loaded days: ViewRollups' statements, each run once over all those days
     * instead of once per day (same SELECTs, a day range instead of one day); the items' per-day rows and
     * totals as ViewCounter.write computes them; account_visit_monthly from the visitors' hashes.
     */
    void rollups(int accounts, byte[][] visitor) throws SQLException {
        java.sql.Date from = java.sql.Date.valueOf(FIRST);
        java.sql.Date to = java.sql.Date.valueOf(cut.minusDays(1));
        System.out.printf("%n== the small tables for %s – %s, set-based (ViewCounter.write / ViewRollups.update over a day range); load %s%n",
                from, to, load());
        step("content_view_daily", "INSERT INTO content_view_daily (content_id, day, views) SELECT content_id, day, COUNT(*) FROM content_view "
                + "WHERE day BETWEEN ? AND ? GROUP BY content_id, day", from, to);
        step("view_day_total", "INSERT INTO view_day_total (day, views, visitors) SELECT day, COUNT(*), COUNT(DISTINCT visitor) FROM content_view "
                + "WHERE day BETWEEN ? AND ? GROUP BY day", from, to);
        step("view_type_daily", "INSERT INTO view_type_daily (day, content_type, views) SELECT d.day, i.type, SUM(d.views) FROM content_view_daily d "
                + "JOIN content_item i ON i.id = d.content_id WHERE d.day BETWEEN ? AND ? GROUP BY d.day, i.type", from, to);
        step("view_area_daily", "INSERT INTO view_area_daily (day, learning_area_id, views) SELECT d.day, a.learning_area_id, SUM(d.views) "
                + "FROM content_view_daily d JOIN content_learning_area a ON a.content_id = d.content_id WHERE d.day BETWEEN ? AND ? "
                + "GROUP BY d.day, a.learning_area_id", from, to);
        step("view_school_daily", "INSERT INTO view_school_daily (day, school_id, views) SELECT day, COALESCE(school_id, 0), COUNT(*) FROM content_view "
                + "WHERE day BETWEEN ? AND ? GROUP BY day, COALESCE(school_id, 0)", from, to);
        step("view_item_monthly", "INSERT INTO view_item_monthly (month, content_id, views) SELECT DATE_FORMAT(day, '%Y-%m-01'), content_id, SUM(views) "
                + "FROM content_view_daily WHERE day BETWEEN ? AND ? GROUP BY DATE_FORMAT(day, '%Y-%m-01'), content_id", from, to);
        step("view_visitor_weekly", "INSERT IGNORE INTO view_visitor_weekly (week, visitor) SELECT DISTINCT DATE_SUB(day, INTERVAL WEEKDAY(day) DAY), visitor "
                + "FROM content_view WHERE day BETWEEN ? AND ?", from, to);
        step("view_visitor_monthly", "INSERT IGNORE INTO view_visitor_monthly (month, visitor) SELECT DISTINCT DATE_FORMAT(day, '%Y-%m-01'), visitor "
                + "FROM content_view WHERE day BETWEEN ? AND ?", from, to);
        step("view_visitor_yearly", "INSERT IGNORE INTO view_visitor_yearly (fiscal_year, visitor) SELECT DISTINCT YEAR(day) + IF(MONTH(day) >= 10, 1, 0) + 543, "
                + "visitor FROM content_view WHERE day BETWEEN ? AND ?", from, to);
        // content_view has no account: the accounts' visitor hashes (as Visitors makes them) say who they were
        execute(pool, "CREATE TABLE bench_account_visitor (visitor BINARY(16) NOT NULL PRIMARY KEY, account_id BIGINT NOT NULL)");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            rows.add(new Object[]{visitor[i], accountIds[i]});
        }
        batch("INSERT INTO bench_account_visitor (visitor, account_id) VALUES (?, ?)", rows);
        step("account_visit_monthly", "INSERT IGNORE INTO account_visit_monthly (month, account_id) SELECT m.month, a.account_id "
                + "FROM view_visitor_monthly m JOIN bench_account_visitor a ON a.visitor = m.visitor");
        execute(pool, "DROP TABLE bench_account_visitor");
        if (exists("view_item_yearly")) {
            step("view_item_yearly", "INSERT INTO view_item_yearly (fiscal_year, content_id, views) SELECT YEAR(month) + IF(MONTH(month) >= 10, 1, 0) + 543, "
                    + "content_id, SUM(views) FROM view_item_monthly GROUP BY YEAR(month) + IF(MONTH(month) >= 10, 1, 0) + 543, content_id");
        }
        if (exists("view_visitor_count")) {
            step("view_visitor_count W", "INSERT INTO view_visitor_count (kind, period_start, visitors) SELECT 'WEEK', week, COUNT(*) FROM view_visitor_weekly GROUP BY week");
            step("view_visitor_count M", "INSERT INTO view_visitor_count (kind, period_start, visitors) SELECT 'MONTH', month, COUNT(*) FROM view_visitor_monthly GROUP BY month");
            step("view_visitor_count Y", "INSERT INTO view_visitor_count (kind, period_start, visitors) SELECT 'YEAR', "
                    + "STR_TO_DATE(CONCAT(fiscal_year - 544, '-10-01'), '%Y-%m-%d'), COUNT(*) FROM view_visitor_yearly GROUP BY fiscal_year");
        }
        step("content_item.view_count", "UPDATE content_item i JOIN (SELECT content_id, SUM(views) AS v FROM content_view_daily GROUP BY content_id) x "
                + "ON x.content_id = i.id SET i.view_count = x.v");
    }

    /** The small tables against content_view and each other, after both load paths. */
    void check(long views) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put("content_view rows", "SELECT COUNT(*) FROM content_view");
        sums.put("content_view_daily", "SELECT SUM(views) FROM content_view_daily");
        sums.put("content_item.view_count", "SELECT SUM(view_count) FROM content_item");
        sums.put("view_day_total", "SELECT SUM(views) FROM view_day_total");
        sums.put("view_type_daily", "SELECT SUM(views) FROM view_type_daily");
        sums.put("view_school_daily", "SELECT SUM(views) FROM view_school_daily");
        sums.put("view_item_monthly", "SELECT SUM(views) FROM view_item_monthly");
        System.out.printf("%n== check: every sum of views should be %,d%n", views);
        boolean ok = true;
        for (Map.Entry<String, String> e : sums.entrySet()) {
            long v = single(pool, e.getValue());
            ok &= v == views;
            System.out.printf("   %-26s %,d%s%n", e.getKey(), v, v == views ? "" : "   <-- differs");
        }
        long distinctYear = single(pool, "SELECT COUNT(DISTINCT visitor) FROM content_view WHERE day BETWEEN '2026-10-01' AND '2027-09-30'");
        long yearly = single(pool, "SELECT COUNT(*) FROM view_visitor_yearly WHERE fiscal_year = 2570");
        System.out.printf("   visitors of FY2570: content_view %,d, view_visitor_yearly %,d%s%n", distinctYear, yearly, distinctYear == yearly ? "" : "   <-- differs");
        ok &= distinctYear == yearly;
        long dayVisitors = single(pool, "SELECT SUM(visitors) FROM view_day_total");
        long rawDayVisitors = single(pool, "SELECT SUM(n) FROM (SELECT COUNT(DISTINCT visitor) AS n FROM content_view GROUP BY day) x");
        System.out.printf("   daily visitors summed: content_view %,d, view_day_total %,d%s%n", rawDayVisitors, dayVisitors,
                rawDayVisitors == dayVisitors ? "" : "   <-- differs");
        ok &= rawDayVisitors == dayVisitors;
        if (exists("view_item_yearly")) {
            long v = single(pool, "SELECT SUM(views) FROM view_item_yearly");
            ok &= v == views;
            System.out.printf("   %-26s %,d%s%n", "view_item_yearly", v, v == views ? "" : "   <-- differs");
        }
        if (exists("view_visitor_count")) {
            for (String[] k : new String[][]{{"WEEK", "view_visitor_weekly", "week"}, {"MONTH", "view_visitor_monthly", "month"},
                    {"YEAR", "view_visitor_yearly", "STR_TO_DATE(CONCAT(fiscal_year - 544, '-10-01'), '%Y-%m-%d')"}}) {
                long wrong = single(pool, "SELECT COUNT(*) FROM (SELECT " + k[2] + " AS s, COUNT(*) AS n FROM " + k[1] + " GROUP BY " + k[2]
                        + ") x LEFT JOIN view_visitor_count c ON c.kind = '" + k[0] + "' AND c.period_start = x.s WHERE c.visitors IS NULL OR c.visitors <> x.n");
                long periods = single(pool, "SELECT COUNT(*) FROM view_visitor_count WHERE kind = '" + k[0] + "'");
                ok &= wrong == 0;
                System.out.printf("   view_visitor_count %-7s %,d periods, %d differ from COUNT(*) of %s%n", k[0], periods, wrong, k[1]);
            }
        }
        System.out.println(ok ? "   all agree" : "   SOMETHING DIFFERS");
    }
}
