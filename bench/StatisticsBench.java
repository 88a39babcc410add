import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import th.nithet.content.ViewCounter;
import th.nithet.statistics.Period;
import th.nithet.statistics.StatisticsQueries;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
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
import java.util.Random;
import java.util.Set;
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
 * Usage (bench/statistics.sh builds the class path): java -cp … bench/StatisticsBench.java &lt;dir&gt; [views] [runs]
 * A directory that already holds a generated database of the same size is reused (only the timing runs).
 * The schema is the portal's own (Flyway, db/migration). System properties: ddl (a file of extra DDL to try, e.g. an
 * index being considered; none by default), realDays (30), timingPool (buffer pool while timing and for the real path, bytes; default the
 * embedded server's 128 MiB), loadPool (while bulk-loading; 2 GiB), sql (a file of diagnostic statements, EXPLAIN …,
 * to run before timing), skipTiming.
 */
public class StatisticsBench {

    static final LocalDate FIRST = LocalDate.of(2024, 10, 1);   // fiscal year 2568 begins
    static final LocalDate LAST = LocalDate.of(2027, 9, 30);    // fiscal year 2570 ends
    static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
    static final String[] TYPES = {"NEWS", "ARTICLE", "QUESTION", "PRACTICE", "HONOUR", "SUPERVISION"};
    static final int[] TYPE_COUNTS = {3_000, 6_000, 6_000, 2_000, 1_000, 2_000};
    static final String[] WORDS = ("การ พัฒนา คุณภาพ การศึกษา นิเทศ ภายใน โรงเรียน ครู ผู้เรียน ชุมชน การเรียนรู้ แผน การสอน "
            + "สื่อ เทคโนโลยี คณิตศาสตร์ วิทยาศาสตร์ ภาษาไทย อ่าน เขียน คิด วิเคราะห์ โครงการ กิจกรรม ประเมิน ผล สัมฤทธิ์ "
            + "ทางการ เรียน หลักสูตร สถานศึกษา ปฐมวัย พิเศษ ทักษะ ศตวรรษ ที่ ๒๑ PLC Active Learning Coaching Mentoring "
            + "O-NET DLTV อบรม สัมมนา ประกาศ เกียรติคุณ รางวัล ยกย่อง ชมเชย วิจัย ชั้นเรียน นวัตกรรม").split(" ");

    static final Random RANDOM = new Random(2570);

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
                new Generator(pool, work, views, realDays).run();
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

    static double pct(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
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

    // ------------------------------------------------------------------ the office

    /** Everything generated: the office, its content and views, and how the views were loaded. */
    static final class Generator {
        final DataSource pool;
        final Path work;
        final long views;
        final LocalDate cut;   // days from here on go through the ViewCounter

        long[] networkIds;
        long[] schoolIds;
        int[] schoolNetwork;
        long[] accountIds;
        Long[] accountSchool;
        double[] accountWeight;
        boolean[] accountStaff;
        List<Integer> supervisors = new ArrayList<>();
        List<Integer> teachers = new ArrayList<>();
        long[] itemIds;
        int[] itemType;
        LocalDateTime[] itemCreated;
        boolean[] itemPublic;
        boolean[] itemPublished;
        double[] itemPopularity;
        long[] areaIds;

        Generator(DataSource pool, Path work, long views, int realDays) {
            this.pool = pool;
            this.work = work;
            this.views = views;
            this.cut = LAST.minusDays(realDays - 1L);
        }

        void run() throws Exception {
            long t0 = System.nanoTime();
            organisation();
            content();
            activity();
            System.out.printf("office generated in %.0f s; load %s%n", (System.nanoTime() - t0) / 1e9, load());
            views();
        }

        void organisation() throws SQLException {
            LocalDateTime made = LocalDateTime.of(2024, 6, 1, 3, 0);
            String[] networkNames = {"เครือข่ายเมือง", "เครือข่ายริมน้ำ", "เครือข่ายดอยสูง", "เครือข่ายเกาะและชายฝั่ง", "เครือข่ายทุ่งราบ",
                    "เครือข่ายป่าไม้", "เครือข่ายชายแดน", "เครือข่ายหุบเขา"};
            networkIds = new long[networkNames.length];
            long base = next("school_network");
            try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                    "INSERT INTO school_network (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < networkNames.length; i++) {
                    networkIds[i] = base + i;
                    s.setLong(1, networkIds[i]);
                    s.setString(2, networkNames[i]);
                    s.setObject(3, made);
                    s.setObject(4, made);
                    s.addBatch();
                }
                s.executeBatch();
            }
            String[] parts = {"บ้าน", "วัด", "ชุมชน", "อนุบาล", "ไทยรัฐวิทยา", "บ้านหนอง", "บ้านโคก", "บ้านนา", "บ้านห้วย", "บ้านดอน"};
            String[] places = {"สามัคคี", "ศรีสุข", "ประชาบำรุง", "เจริญราษฎร์", "หนองบัว", "โนนสูง", "ทุ่งใหญ่", "ป่าตึง", "แม่สาย", "ท่าช้าง",
                    "บางกล่ำ", "เกาะแก้ว", "ดอยงาม", "หาดทราย", "น้ำใส", "ห้วยทราย", "คลองขุด", "นาดี", "โพธิ์ทอง", "ศรีวิไล"};
            schoolIds = new long[200];
            schoolNetwork = new int[200];
            base = next("school");
            Set<String> names = new HashSet<>();
            try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                    "INSERT INTO school (id, code, name, network_id, district, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < schoolIds.length; i++) {
                    String name;
                    do {
                        name = "โรงเรียน" + parts[RANDOM.nextInt(parts.length)] + places[RANDOM.nextInt(places.length)]
                                + (RANDOM.nextInt(3) == 0 ? "" : " " + (1 + RANDOM.nextInt(30)));
                    } while (!names.add(name));
                    schoolIds[i] = base + i;
                    schoolNetwork[i] = i % networkIds.length;
                    s.setLong(1, schoolIds[i]);
                    s.setString(2, "10" + (510000 + i));
                    s.setString(3, name);
                    s.setLong(4, networkIds[schoolNetwork[i]]);
                    s.setString(5, "อำเภอ" + places[i % places.length]);
                    s.setBoolean(6, i % 67 != 66);  // three schools closed (merged): not active
                    s.setObject(7, made);
                    s.setObject(8, made);
                    s.addBatch();
                }
                s.executeBatch();
            }
            // ~6,000 accounts: teachers by school size, a director (and often a deputy) per school, office people
            double[] size = new double[schoolIds.length];
            double sum = 0;
            for (int i = 0; i < size.length; i++) {
                size[i] = Math.exp(RANDOM.nextGaussian() * 0.7);
                sum += size[i];
            }
            List<Object[]> people = new ArrayList<>();   // position, school index (-1: office)
            for (int i = 0; i < schoolIds.length; i++) {
                people.add(new Object[]{"SCHOOL_DIRECTOR", i});
                if (RANDOM.nextInt(4) != 0) {
                    people.add(new Object[]{"DEPUTY_SCHOOL_DIRECTOR", i});
                }
                int n = (int) Math.round(5_100 * size[i] / sum);
                for (int t = 0; t < n; t++) {
                    people.add(new Object[]{RANDOM.nextInt(20) == 0 ? null : RANDOM.nextInt(30) == 0 ? "STAFF" : "TEACHER", i});
                }
            }
            people.add(new Object[]{"AREA_DIRECTOR", -1});
            for (int i = 0; i < 3; i++) {
                people.add(new Object[]{"DEPUTY_AREA_DIRECTOR", -1});
            }
            for (int i = 0; i < 40; i++) {
                people.add(new Object[]{"SUPERVISOR", -1});
            }
            while (people.size() < 6_000) {
                people.add(new Object[]{RANDOM.nextInt(5) == 0 ? null : "STAFF", -1});
            }
            int n = people.size();
            accountIds = new long[n];
            accountSchool = new Long[n];
            accountWeight = new double[n];
            accountStaff = new boolean[n];
            base = next("account");
            try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                    "INSERT INTO account (id, username, display_name, email, position, school_id, password_hash, enabled, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, 'bench-no-password', ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    String position = (String) people.get(i)[0];
                    int school = (Integer) people.get(i)[1];
                    accountIds[i] = base + i;
                    accountSchool[i] = school < 0 ? null : schoolIds[school];
                    accountStaff[i] = school < 0;
                    boolean never = RANDOM.nextInt(100) < 12;
                    accountWeight[i] = never ? 0 : Math.exp(RANDOM.nextGaussian() * 1.2) * (school < 0 ? 3 : 1);
                    if ("SUPERVISOR".equals(position)) {
                        supervisors.add(i);
                        accountWeight[i] = Math.exp(RANDOM.nextGaussian() * 0.5) * 6;
                    } else if ("TEACHER".equals(position) || position == null && school >= 0) {
                        teachers.add(i);
                    }
                    s.setLong(1, accountIds[i]);
                    s.setString(2, "user" + i);
                    s.setString(3, "ผู้ใช้ " + WORDS[RANDOM.nextInt(WORDS.length)] + " " + i);
                    s.setString(4, "user" + i + "@example.go.th");
                    s.setString(5, position);
                    s.setObject(6, accountSchool[i]);
                    s.setBoolean(7, RANDOM.nextInt(100) >= 5);
                    s.setObject(8, made);
                    s.setObject(9, made);
                    s.addBatch();
                    if (i % 1000 == 999) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            areaIds = new long[10];
            try (Connection c = pool.getConnection(); ResultSet r = c.createStatement().executeQuery("SELECT id FROM learning_area ORDER BY sort_order")) {
                for (int i = 0; r.next(); i++) {
                    areaIds[i] = r.getLong(1);
                }
            }
            System.out.printf("%d networks, %d schools, %,d accounts (%d supervisors, %,d teachers)%n", networkIds.length, schoolIds.length, n,
                    supervisors.size(), teachers.size());
        }

        /** 20,000 items of the six types, created from a year before the clock to its end, with Thai bodies of about 0.5–5 KB. */
        void content() throws SQLException {
            int n = Arrays.stream(TYPE_COUNTS).sum();
            itemIds = new long[n];
            itemType = new int[n];
            itemCreated = new LocalDateTime[n];
            itemPublic = new boolean[n];
            itemPublished = new boolean[n];
            itemPopularity = new double[n];
            LocalDateTime start = FIRST.minusDays(365).atStartOfDay();
            long span = ChronoUnit.MINUTES.between(start, LAST.atTime(23, 0));
            int k = 0;
            for (int t = 0; t < TYPES.length; t++) {
                for (int i = 0; i < TYPE_COUNTS[t]; i++, k++) {
                    itemType[k] = t;
                    // more is written as the portal is used: a quarter before the clock starts, the rest over the 3 years
                    double u = RANDOM.nextDouble();
                    double x = u < 0.25 ? u / 0.25 * 0.25 : 0.25 + Math.pow((u - 0.25) / 0.75, 0.85) * 0.75;
                    itemCreated[k] = start.plusMinutes((long) (x * span));
                }
            }
            // in the order they were created, as ids are
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> itemCreated[a].compareTo(itemCreated[b]));
            int[] type = itemType.clone();
            LocalDateTime[] created = itemCreated.clone();
            for (int i = 0; i < n; i++) {
                itemType[i] = type[order[i]];
                itemCreated[i] = created[order[i]];
            }
            double[] typePopularity = {1.5, 1.2, 0.8, 1.0, 0.6, 0.25};
            long base = next("content_item");
            List<long[]> areaLinks = new ArrayList<>();
            double[] areaWeight = {3, 3, 2.5, 1.5, 1, 1, 1, 1.5, 1, 0.5};
            try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                    "INSERT INTO content_item (id, type, title, body_html, body_text, author_id, visibility, status, publish_at, view_count, "
                            + "comment_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    int t = itemType[i];
                    itemIds[i] = base + i;
                    String visibility = switch (TYPES[t]) {
                        case "SUPERVISION" -> "STAFF";
                        case "QUESTION" -> RANDOM.nextBoolean() ? "PUBLIC" : "MEMBERS";
                        case "ARTICLE" -> RANDOM.nextInt(10) < 7 ? "PUBLIC" : RANDOM.nextInt(5) == 0 ? "STAFF" : "MEMBERS";
                        default -> RANDOM.nextInt(10) == 0 ? "MEMBERS" : "PUBLIC";
                    };
                    itemPublic[i] = visibility.equals("PUBLIC");
                    itemPublished[i] = RANDOM.nextInt(100) >= 4 || TYPES[t].equals("SUPERVISION");
                    itemPopularity[i] = typePopularity[t] * Math.exp(RANDOM.nextGaussian() * 1.3);
                    int author = switch (TYPES[t]) {
                        case "QUESTION", "PRACTICE" -> teachers.get(RANDOM.nextInt(teachers.size()));
                        case "ARTICLE" -> RANDOM.nextInt(10) < 7 ? supervisors.get(RANDOM.nextInt(supervisors.size()))
                                : teachers.get(RANDOM.nextInt(teachers.size()));
                        case "SUPERVISION" -> supervisors.get(RANDOM.nextInt(supervisors.size()));
                        default -> RANDOM.nextBoolean() ? supervisors.get(RANDOM.nextInt(supervisors.size())) : RANDOM.nextInt(accountIds.length);
                    };
                    String body = TYPES[t].equals("QUESTION") ? text(15, 100) : text(30, 300);
                    Timestamp at = Timestamp.valueOf(itemCreated[i]);
                    s.setLong(1, itemIds[i]);
                    s.setString(2, TYPES[t]);
                    s.setString(3, text(4, 12));
                    s.setString(4, "<p>" + body + "</p>");
                    s.setString(5, body);
                    s.setLong(6, accountIds[author]);
                    s.setString(7, visibility);
                    s.setString(8, itemPublished[i] ? "PUBLISHED" : "DRAFT");
                    s.setObject(9, itemPublished[i] ? at : null);
                    s.setTimestamp(10, at);
                    s.setTimestamp(11, at);
                    s.addBatch();
                    if (i % 500 == 499) {
                        s.executeBatch();
                    }
                    if (!TYPES[t].equals("SUPERVISION") && RANDOM.nextInt(100) < 85) {
                        int a = pick(areaWeight);
                        areaLinks.add(new long[]{itemIds[i], areaIds[a]});
                        if (RANDOM.nextInt(100) < 15) {
                            int b = pick(areaWeight);
                            if (b != a) {
                                areaLinks.add(new long[]{itemIds[i], areaIds[b]});
                            }
                        }
                    }
                }
                s.executeBatch();
            }
            batch("INSERT INTO content_learning_area (content_id, learning_area_id) VALUES (?, ?)", areaLinks);
            System.out.printf("%,d content items (%s), %,d learning-area links%n", n, typeSummary(), areaLinks.size());
        }

        String typeSummary() {
            StringBuilder b = new StringBuilder();
            for (int t = 0; t < TYPES.length; t++) {
                b.append(t == 0 ? "" : ", ").append(TYPE_COUNTS[t]).append(' ').append(TYPES[t]);
            }
            return b.toString();
        }

        /** Questions (first answers), answers, supervisions, practices, comments, surveys with invitees and responses. */
        void activity() throws SQLException {
            List<Object[]> questions = new ArrayList<>();
            List<Object[]> answers = new ArrayList<>();
            List<Object[]> supervisions = new ArrayList<>();
            List<Object[]> practices = new ArrayList<>();
            List<Object[]> comments = new ArrayList<>();
            for (int i = 0; i < itemIds.length; i++) {
                String type = TYPES[itemType[i]];
                if (type.equals("QUESTION")) {
                    boolean answered = itemPublished[i] && RANDOM.nextInt(100) < 85;
                    LocalDateTime first = null;
                    int count = 0;
                    if (answered) {
                        // hours to the first answer: lognormal around a day, some within the hour, a tail of weeks
                        double hours = Math.exp(Math.log(20) + RANDOM.nextGaussian() * 1.3);
                        first = itemCreated[i].plusMinutes((long) (hours * 60));
                        count = 1 + (RANDOM.nextInt(3) == 0 ? 1 + RANDOM.nextInt(3) : 0);
                        for (int a = 0; a < count; a++) {
                            LocalDateTime at = a == 0 ? first : first.plusHours(1 + RANDOM.nextInt(24 * 14));
                            int author = RANDOM.nextInt(10) < 6 ? supervisors.get(RANDOM.nextInt(supervisors.size()))
                                    : teachers.get(RANDOM.nextInt(teachers.size()));
                            answers.add(new Object[]{itemIds[i], accountIds[author], text(10, 80), Timestamp.valueOf(at)});
                        }
                    }
                    questions.add(new Object[]{itemIds[i], count, first == null ? null : Timestamp.valueOf(first)});
                } else if (type.equals("SUPERVISION")) {
                    boolean closed = RANDOM.nextInt(3) != 0;
                    supervisions.add(new Object[]{itemIds[i], RANDOM.nextInt(20) == 0 ? null : schoolIds[RANDOM.nextInt(schoolIds.length)],
                            closed ? "CLOSED" : "AWAITING_SCHOOL", Timestamp.valueOf(itemCreated[i].plusDays(RANDOM.nextInt(60))),
                            closed ? Timestamp.valueOf(itemCreated[i].plusDays(60 + RANDOM.nextInt(60))) : null});
                } else if (type.equals("PRACTICE")) {
                    practices.add(new Object[]{itemIds[i], itemPublished[i] ? "PUBLISHED" : "SUBMITTED", text(10, 40), "<p>" + text(30, 200) + "</p>",
                            "<p>" + text(30, 200) + "</p>", Timestamp.valueOf(itemCreated[i].minusDays(RANDOM.nextInt(14)))});
                }
                if (itemPublished[i] && !type.equals("SUPERVISION")) {
                    int n = (int) Math.min(60, Math.floor(Math.exp(RANDOM.nextGaussian() * 1.1) * itemPopularity[i]));
                    for (int k = 0; k < n; k++) {
                        LocalDateTime at = itemCreated[i].plusMinutes((long) (Math.exp(RANDOM.nextGaussian() * 1.5 + 7)));
                        if (at.isAfter(LAST.atTime(16, 0))) {
                            continue;
                        }
                        int author = pickAccount();
                        int roll = RANDOM.nextInt(100);
                        comments.add(new Object[]{itemIds[i], accountIds[author], "<p>" + text(5, 40) + "</p>",
                                roll < 95 ? "VISIBLE" : roll < 98 ? "HIDDEN" : "DELETED", Timestamp.valueOf(at), Timestamp.valueOf(at)});
                    }
                }
            }
            batch("INSERT INTO question (content_id, answer_count, first_answered_at) VALUES (?, ?, ?)", questions);
            batch("INSERT INTO answer (question_id, author_id, body_html, body_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    answers.stream().map(a -> new Object[]{a[0], a[1], "<p>" + a[2] + "</p>", a[2], a[3], a[3]}).toList());
            batch("INSERT INTO supervision (content_id, school_id, state, last_activity_at, closed_at) VALUES (?, ?, ?, ?, ?)", supervisions);
            batch("INSERT INTO practice (content_id, state, summary, problem_html, results_html, submitted_at) VALUES (?, ?, ?, ?, ?, ?)", practices);
            batch("INSERT INTO comment (content_id, author_id, body_html, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", comments);
            execute(pool, "UPDATE content_item i SET comment_count = (SELECT COUNT(*) FROM comment c WHERE c.content_id = i.id AND c.status = 'VISIBLE')");

            // forms: ~300 over the three years, each sent to 20–300 people, answered by 20–95 % of them
            long base = next("survey");
            List<Object[]> surveys = new ArrayList<>();
            List<Object[]> invitees = new ArrayList<>();
            List<Object[]> responses = new ArrayList<>();
            for (int f = 0; f < 300; f++) {
                LocalDateTime opened = FIRST.atTime(2, 0).plusMinutes((long) (RANDOM.nextDouble() * ChronoUnit.MINUTES.between(FIRST.atStartOfDay(),
                        LAST.atStartOfDay())));
                boolean anonymous = RANDOM.nextBoolean();
                surveys.add(new Object[]{base + f, "แบบประเมินความพึงพอใจ " + text(3, 8), anonymous,
                        accountIds[supervisors.get(RANDOM.nextInt(supervisors.size()))], opened.isBefore(LAST.minusDays(30).atStartOfDay()) ? "CLOSED" : "OPEN",
                        Timestamp.valueOf(opened), Timestamp.valueOf(opened.minusDays(2)), Timestamp.valueOf(opened)});
                int invited = 20 + RANDOM.nextInt(281);
                double rate = 0.2 + RANDOM.nextDouble() * 0.75;
                Set<Integer> chosen = new HashSet<>();
                while (chosen.size() < invited) {
                    chosen.add(RANDOM.nextInt(accountIds.length));
                }
                for (int a : chosen) {
                    invitees.add(new Object[]{base + f, accountIds[a]});
                    if (RANDOM.nextDouble() < rate) {
                        responses.add(new Object[]{base + f, anonymous ? null : accountIds[a],
                                java.sql.Date.valueOf(opened.toLocalDate().plusDays(RANDOM.nextInt(14)))});
                    }
                }
            }
            batch("INSERT INTO survey (id, title, anonymous, owner_id, state, opened_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", surveys);
            batch("INSERT INTO survey_invitee (survey_id, account_id) VALUES (?, ?)", invitees);
            batch("INSERT INTO survey_response (survey_id, respondent_id, submitted_on) VALUES (?, ?, ?)", responses);
            System.out.printf("%,d questions (%,d answered), %,d answers, %,d supervisions, %,d practices, %,d comments, "
                            + "%d forms with %,d invitees and %,d responses%n", questions.size(), questions.stream().filter(q -> q[2] != null).count(),
                    answers.size(), supervisions.size(), practices.size(), comments.size(), surveys.size(), invitees.size(), responses.size());
        }

        int pickAccount() {
            while (true) {
                int a = RANDOM.nextInt(accountIds.length);
                if (RANDOM.nextDouble() * 8 < accountWeight[a]) {
                    return a;
                }
            }
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

        boolean exists(String table) throws SQLException {
            return single(pool, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '" + table + "'") > 0;
        }

        void step(String name, String sql, Object... args) throws SQLException {
            long s = System.nanoTime();
            int rows;
            try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setObject(i + 1, args[i]);
                }
                rows = p.executeUpdate();
            }
            System.out.printf("  %-24s %,12d rows in %6.1f s; load %s%n", name, rows, (System.nanoTime() - s) / 1e9, load());
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

        long next(String table) throws SQLException {
            return single(pool, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
        }

        void batch(String sql, List<?> rows) throws SQLException {
            try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                int k = 0;
                for (Object row : rows) {
                    Object[] values = row instanceof long[] l ? Arrays.stream(l).boxed().toArray() : (Object[]) row;
                    for (int i = 0; i < values.length; i++) {
                        s.setObject(i + 1, values[i]);
                    }
                    s.addBatch();
                    if (++k % 2000 == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static String text(int minWords, int maxWords) {
        int n = minWords + RANDOM.nextInt(maxWords - minWords + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(WORDS[RANDOM.nextInt(WORDS.length)]);
            if (RANDOM.nextInt(4) == 0) {
                b.append(' ');
            }
        }
        return b.toString().strip();
    }

    static int pick(double[] weights) {
        double sum = Arrays.stream(weights).sum();
        double x = RANDOM.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            c[i] = (i == 0 ? 0 : c[i - 1]) + w[i];
        }
        return c;
    }

    /** The first index whose cumulative weight exceeds x. */
    static int search(double[] cum, double x) {
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static Method method(Class<?> type, String name, Class<?>... params) throws NoSuchMethodException {
        Method m = type.getDeclaredMethod(name, params);
        m.setAccessible(true);
        return m;
    }

    static long single(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String text(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void setGlobal(DataSource ds, String name, long value) throws SQLException {
        execute(ds, "SET GLOBAL " + name + " = " + value);
        // resizing the buffer pool runs in the background: wait until it reports the new size
        for (int i = 0; i < 600 && single(ds, "SELECT @@GLOBAL." + name) != value; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.out.printf("%s = %d MiB%n", name, single(ds, "SELECT @@GLOBAL." + name) >> 20);
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }
}
