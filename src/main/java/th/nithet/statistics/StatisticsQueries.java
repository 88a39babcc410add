package th.nithet.statistics;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The engagement figures, read with plain SQL from the small tables the view counter keeps
 * (V15__statistics.sql; view_visitor_count and view_item_yearly from a later one, proposed in bench/statistics-migration.sql)
 * and from the features' own tables. No container needed: the service wraps it
 * with who may see what, and the benchmark calls it directly. {@code networks}: the networks whose
 * schools to count (a supervisor's); null for the whole office.
 */
public final class StatisticsQueries {

    /** Views and distinct visitors. */
    public record Totals(long views, long visitors) {
    }

    /** One step of a series: the day, the Monday of the week, or the first of the month. */
    public record Point(LocalDate start, long views, long visitors) {
    }

    /** Views of one kind of thing: a content type (its code), a learning area. */
    public record Share(String key, String labelTh, String labelEn, long views) {
    }

    /** Views by people of one school ({@code schoolId} 0: visitors with no school — the public, office staff). */
    public record SchoolViews(long networkId, String network, long schoolId, String school, long views) {
    }

    public record ItemViews(long id, String type, String title, long views) {
    }

    /** Among {@code people} enabled accounts of a group, how many were active (posted, answered, commented or visited). */
    public record ActiveGroup(String key, String label, long active, long people) {
    }

    /** How many people did each thing, and any of them, of {@code people} enabled accounts. */
    public record Activity(long posted, long answered, long commented, long visited, long any, long people) {
    }

    /** Questions asked in the period: how many got an answer, how many within 48 hours, the median wait (hours). */
    public record AnswerTimes(long asked, long answered, long within48h, Double medianHours) {
    }

    /** Schools of a network, and how many of them had a supervision in the period. */
    public record Coverage(long networkId, String network, long schools, long reached) {
    }

    public record FormRate(long id, String title, long invited, long responded) {
    }

    private final DataSource dataSource;
    private final Map<List<Object>, People> people = new HashMap<>();

    /** One instance per page or API call: who was active in a period is read once and kept (see {@link #activity}). */
    public StatisticsQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Totals totals(Period p) {
        long views = single("SELECT COALESCE(SUM(views), 0) FROM view_day_total WHERE day BETWEEN ? AND ?", date(p.from()), date(p.to()));
        long visitors = single("SELECT COALESCE(SUM(visitors), 0) FROM view_visitor_count WHERE kind = ? AND period_start = ?",
                p.isWholeYear() ? "YEAR" : "MONTH", date(p.from()));
        return new Totals(views, visitors);
    }

    /** Every day of the period, with zeros where nobody came. */
    public List<Point> byDay(Period p) {
        Map<LocalDate, long[]> found = new TreeMap<>();
        query("SELECT day, views, visitors FROM view_day_total WHERE day BETWEEN ? AND ?",
                r -> found.put(r.getDate(1).toLocalDate(), new long[]{r.getLong(2), r.getLong(3)}), date(p.from()), date(p.to()));
        List<Point> days = new ArrayList<>();
        for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
            long[] v = found.getOrDefault(d, new long[2]);
            days.add(new Point(d, v[0], v[1]));
        }
        return days;
    }

    /** Weeks from Monday; the views are the period's days of the week, the visitors the whole week's. */
    public List<Point> byWeek(Period p) {
        LocalDate first = p.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, Long> views = new TreeMap<>();
        query("SELECT DATE_SUB(day, INTERVAL WEEKDAY(day) DAY), SUM(views) FROM view_day_total WHERE day BETWEEN ? AND ? "
                + "GROUP BY DATE_SUB(day, INTERVAL WEEKDAY(day) DAY)", r -> views.put(r.getDate(1).toLocalDate(), r.getLong(2)),
                date(p.from()), date(p.to()));
        Map<LocalDate, Long> visitors = new TreeMap<>();
        query("SELECT period_start, visitors FROM view_visitor_count WHERE kind = 'WEEK' AND period_start BETWEEN ? AND ?",
                r -> visitors.put(r.getDate(1).toLocalDate(), r.getLong(2)), date(first), date(p.to()));
        List<Point> weeks = new ArrayList<>();
        for (LocalDate w = first; !w.isAfter(p.to()); w = w.plusWeeks(1)) {
            weeks.add(new Point(w, views.getOrDefault(w, 0L), visitors.getOrDefault(w, 0L)));
        }
        return weeks;
    }

    public List<Point> byMonth(Period p) {
        Map<LocalDate, Long> views = new TreeMap<>();
        query("SELECT DATE_FORMAT(day, '%Y-%m-01'), SUM(views) FROM view_day_total WHERE day BETWEEN ? AND ? "
                + "GROUP BY DATE_FORMAT(day, '%Y-%m-01')", r -> views.put(LocalDate.parse(r.getString(1)), r.getLong(2)),
                date(p.from()), date(p.to()));
        Map<LocalDate, Long> visitors = new TreeMap<>();
        query("SELECT period_start, visitors FROM view_visitor_count WHERE kind = 'MONTH' AND period_start BETWEEN ? AND ?",
                r -> visitors.put(r.getDate(1).toLocalDate(), r.getLong(2)), date(p.from()), date(p.to()));
        return p.months().stream().map(m -> new Point(m, views.getOrDefault(m, 0L), visitors.getOrDefault(m, 0L))).toList();
    }

    /** Views by content type (the type's code, as content_item.type), most first. */
    public List<Share> byType(Period p) {
        List<Share> shares = new ArrayList<>();
        query("SELECT content_type, SUM(views) AS v FROM view_type_daily WHERE day BETWEEN ? AND ? GROUP BY content_type ORDER BY v DESC",
                r -> shares.add(new Share(r.getString(1), null, null, r.getLong(2))), date(p.from()), date(p.to()));
        return shares;
    }

    /** Views by learning area, every active area (zero too), most first. An item in two areas counts in both. */
    public List<Share> byLearningArea(Period p) {
        List<Share> shares = new ArrayList<>();
        query("SELECT a.code, a.name_th, a.name_en, COALESCE(x.v, 0) AS v FROM learning_area a LEFT JOIN "
                + "(SELECT learning_area_id, SUM(views) AS v FROM view_area_daily WHERE day BETWEEN ? AND ? GROUP BY learning_area_id) x "
                + "ON x.learning_area_id = a.id WHERE a.active = TRUE ORDER BY v DESC, a.sort_order",
                r -> shares.add(new Share(r.getString(1), r.getString(2), r.getString(3), r.getLong(4))), date(p.from()), date(p.to()));
        return shares;
    }

    /** Views by the visitors' schools: every active school (zero too), by network; then visitors with no school (office-wide only). */
    public List<SchoolViews> bySchool(Period p, Collection<Long> networks) {
        List<SchoolViews> rows = new ArrayList<>();
        query("SELECT n.id, n.name, s.id, s.name, COALESCE(x.v, 0) FROM school s JOIN school_network n ON n.id = s.network_id LEFT JOIN "
                + "(SELECT school_id, SUM(views) AS v FROM view_school_daily WHERE day BETWEEN ? AND ? GROUP BY school_id) x "
                + "ON x.school_id = s.id WHERE s.active = TRUE" + networkFilter("n.id", networks) + " ORDER BY n.name, s.name",
                r -> rows.add(new SchoolViews(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getLong(5))),
                date(p.from()), date(p.to()));
        if (networks == null) {
            long none = single("SELECT COALESCE(SUM(views), 0) FROM view_school_daily WHERE day BETWEEN ? AND ? AND school_id = 0",
                    date(p.from()), date(p.to()));
            rows.add(new SchoolViews(0, null, 0, null, none));
        }
        return rows;
    }

    /** Totals of {@link #bySchool} by network, in the same order. */
    public static List<SchoolViews> byNetwork(List<SchoolViews> schools) {
        Map<Long, SchoolViews> networks = new LinkedHashMap<>();
        for (SchoolViews s : schools) {
            if (s.schoolId() != 0) {
                networks.merge(s.networkId(), new SchoolViews(s.networkId(), s.network(), 0, null, s.views()),
                        (a, b) -> new SchoolViews(a.networkId(), a.network(), 0, null, a.views() + b.views()));
            }
        }
        return List.copyOf(networks.values());
    }

    /** Where the items' views of a period are, one row per item: a fiscal year's in view_item_yearly, a month's in view_item_monthly. */
    private record ItemTable(String table, String column, Object key) {
        static ItemTable of(Period p) {
            return p.isWholeYear() ? new ItemTable("view_item_yearly", "fiscal_year", p.year().buddhistYear())
                    : new ItemTable("view_item_monthly", "month", date(p.from()));
        }
    }

    /**
     * The most viewed items. The top is taken from the small table alone and only its items are read from
     * content_item (nothing deletes content items, so the join keeps all twenty).
     */
    public List<ItemViews> mostViewed(Period p, int limit) {
        ItemTable t = ItemTable.of(p);
        List<ItemViews> items = new ArrayList<>();
        query("SELECT x.content_id, i.type, i.title, x.views FROM (SELECT content_id, views FROM " + t.table() + " WHERE " + t.column()
                + " = ? ORDER BY views DESC, content_id LIMIT " + limit + ") x JOIN content_item i ON i.id = x.content_id "
                + "ORDER BY x.views DESC, x.content_id",
                r -> items.add(new ItemViews(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4))), t.key());
        return items;
    }

    /**
     * Published items that existed in the period, fewest views first (none at all first of all). They are found on
     * content_item's index by creation time (ix_content_created), without reading the items' bodies; then the
     * titles of those few are read.
     */
    public List<ItemViews> leastReached(Period p, int limit) {
        ItemTable t = ItemTable.of(p);
        List<ItemViews> items = new ArrayList<>();
        query("SELECT i.id, i.type, i.title, y.total FROM (SELECT c.id, c.created_at, COALESCE(x.views, 0) AS total FROM content_item c "
                + "LEFT JOIN " + t.table() + " x ON x." + t.column() + " = ? AND x.content_id = c.id "
                + "WHERE c.status = 'PUBLISHED' AND c.created_at < ? ORDER BY total, c.created_at, c.id LIMIT " + limit + ") y "
                + "JOIN content_item i ON i.id = y.id ORDER BY y.total, y.created_at, y.id",
                r -> items.add(new ItemViews(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4))),
                t.key(), Timestamp.valueOf(p.endUtc()));
        return items;
    }

    /** Who did what in the period, among enabled accounts (of the networks' schools, when given). */
    public Activity activity(Period p, Collection<Long> networks) {
        People people = people(p, networks);
        return new Activity(people.posted.size(), people.answered.size(), people.commented.size(), people.visited.size(),
                people.active().size(), people.accounts.size());
    }

    /** Active people by position (the position's code; "" for none). */
    public List<ActiveGroup> activeByPosition(Period p, Collection<Long> networks) {
        People people = people(p, networks);
        return group(people, a -> a.position == null ? "" : a.position, a -> null);
    }

    /** Active people by school (its id as key, its name as label), every school with accounts. */
    public List<ActiveGroup> activeBySchool(Period p, Collection<Long> networks) {
        People people = people(p, networks);
        return group(people.withSchool(), a -> Long.toString(a.schoolId), a -> a.school);
    }

    public List<ActiveGroup> activeByNetwork(Period p, Collection<Long> networks) {
        People people = people(p, networks);
        return group(people.withSchool(), a -> Long.toString(a.networkId), a -> a.network);
    }

    public AnswerTimes answerTimes(Period p) {
        List<Double> hours = new ArrayList<>();
        long[] asked = new long[1];
        // the type lets the questions of the period be found on ix_content_type_created, not by reading every question's item
        query("SELECT i.created_at, q.first_answered_at FROM question q JOIN content_item i ON i.id = q.content_id "
                + "WHERE i.type = 'QUESTION' AND i.created_at >= ? AND i.created_at < ?", r -> {
            asked[0]++;
            Timestamp answered = r.getTimestamp(2);
            if (answered != null) {
                hours.add(Duration.between(r.getTimestamp(1).toLocalDateTime(), answered.toLocalDateTime()).toMinutes() / 60.0);
            }
        }, Timestamp.valueOf(p.startUtc()), Timestamp.valueOf(p.endUtc()));
        hours.sort(Double::compare);
        Double median = hours.isEmpty() ? null : hours.size() % 2 == 1 ? hours.get(hours.size() / 2)
                : (hours.get(hours.size() / 2 - 1) + hours.get(hours.size() / 2)) / 2;
        return new AnswerTimes(asked[0], hours.size(), hours.stream().filter(h -> h <= 48).count(), median);
    }

    /** Per network: its active schools and how many had a supervision opened in the period. */
    public List<Coverage> supervisionCoverage(Period p, Collection<Long> networks) {
        List<Coverage> rows = new ArrayList<>();
        query("SELECT n.id, n.name, COUNT(s.id), COUNT(x.school_id) FROM school_network n JOIN school s ON s.network_id = n.id AND s.active = TRUE "
                + "LEFT JOIN (SELECT DISTINCT v.school_id FROM supervision v JOIN content_item i ON i.id = v.content_id "
                + "WHERE v.school_id IS NOT NULL AND i.type = 'SUPERVISION' AND i.created_at >= ? AND i.created_at < ?) x ON x.school_id = s.id"
                + " WHERE 1 = 1" + networkFilter("n.id", networks) + " GROUP BY n.id, n.name ORDER BY n.name",
                r -> rows.add(new Coverage(r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4))),
                Timestamp.valueOf(p.startUtc()), Timestamp.valueOf(p.endUtc()));
        return rows;
    }

    /** Forms opened in the period, with how many they were sent to and how many answered. */
    public List<FormRate> formResponseRates(Period p) {
        List<FormRate> rows = new ArrayList<>();
        query("SELECT s.id, s.title, (SELECT COUNT(*) FROM survey_invitee i WHERE i.survey_id = s.id), "
                + "(SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = s.id) FROM survey s "
                + "WHERE s.opened_at >= ? AND s.opened_at < ? ORDER BY s.opened_at, s.id",
                r -> rows.add(new FormRate(r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4))),
                Timestamp.valueOf(p.startUtc()), Timestamp.valueOf(p.endUtc()));
        return rows;
    }

    /** Staff development of the year's projects: [targeted, developed, passed] summed over their training lines. */
    public long[] staffDeveloped(Period p) {
        long[] sums = new long[3];
        query("SELECT COALESCE(SUM(t.targeted), 0), COALESCE(SUM(t.developed), 0), COALESCE(SUM(t.passed), 0) FROM project_training t "
                + "JOIN project j ON j.id = t.project_id WHERE j.fiscal_year = ?", r -> {
            sums[0] = r.getLong(1);
            sums[1] = r.getLong(2);
            sums[2] = r.getLong(3);
        }, p.year().buddhistYear());
        return sums;
    }

    /** Views of one content type in the period. */
    public long viewsOfType(Period p, String type) {
        return single("SELECT COALESCE(SUM(views), 0) FROM view_type_daily WHERE day BETWEEN ? AND ? AND content_type = ?",
                date(p.from()), date(p.to()), type);
    }

    /** Practices published in the period. */
    public long practicesPublished(Period p) {
        return single("SELECT COUNT(*) FROM practice x JOIN content_item i ON i.id = x.content_id WHERE i.status = 'PUBLISHED' "
                + "AND i.publish_at >= ? AND i.publish_at < ?", Timestamp.valueOf(p.startUtc()), Timestamp.valueOf(p.endUtc()));
    }

    // ----- people -----

    private record Person(long id, String position, long schoolId, String school, long networkId, String network) {
    }

    private record People(List<Person> accounts, Set<Long> posted, Set<Long> answered, Set<Long> commented, Set<Long> visited) {
        Set<Long> active() {
            Set<Long> any = new HashSet<>(posted);
            any.addAll(answered);
            any.addAll(commented);
            any.addAll(visited);
            return any;
        }

        People withSchool() {
            return new People(accounts.stream().filter(a -> a.schoolId != 0).toList(), posted, answered, commented, visited);
        }
    }

    /** Who was active, read once per period and scope for this instance's life (one page, one API call). */
    private People people(Period p, Collection<Long> networks) {
        List<Object> key = Arrays.asList(p, networks == null ? null : Set.copyOf(networks));
        synchronized (people) {
            People known = people.get(key);
            if (known != null) {
                return known;
            }
        }
        People read = readPeople(p, networks);
        synchronized (people) {
            people.putIfAbsent(key, read);
        }
        return read;
    }

    private People readPeople(Period p, Collection<Long> networks) {
        List<Person> accounts = new ArrayList<>();
        query("SELECT a.id, a.position, COALESCE(s.id, 0), s.name, COALESCE(n.id, 0), n.name FROM account a "
                + "LEFT JOIN school s ON s.id = a.school_id LEFT JOIN school_network n ON n.id = s.network_id WHERE a.enabled = TRUE"
                + networkFilter("n.id", networks), r -> accounts.add(new Person(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4),
                r.getLong(5), r.getString(6))));
        Set<Long> ids = accounts.stream().map(Person::id).collect(Collectors.toSet());
        Timestamp start = Timestamp.valueOf(p.startUtc());
        Timestamp end = Timestamp.valueOf(p.endUtc());
        return new People(accounts,
                ids("SELECT DISTINCT author_id FROM content_item WHERE created_at >= ? AND created_at < ?", ids, start, end),
                ids("SELECT DISTINCT author_id FROM answer WHERE created_at >= ? AND created_at < ?", ids, start, end),
                ids("SELECT DISTINCT author_id FROM comment WHERE status <> 'DELETED' AND created_at >= ? AND created_at < ?", ids, start, end),
                ids("SELECT DISTINCT account_id FROM account_visit_monthly WHERE month BETWEEN ? AND ?", ids, date(p.from()), date(p.to())));
    }

    private static List<ActiveGroup> group(People people, java.util.function.Function<Person, String> key,
                                           java.util.function.Function<Person, String> label) {
        Set<Long> active = people.active();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Person a : people.accounts) {
            long[] c = counts.computeIfAbsent(key.apply(a), k -> new long[2]);
            labels.putIfAbsent(key.apply(a), label.apply(a));
            c[1]++;
            if (active.contains(a.id)) {
                c[0]++;
            }
        }
        return counts.entrySet().stream().map(e -> new ActiveGroup(e.getKey(), labels.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparing((ActiveGroup g) -> g.label() == null ? g.key() : g.label())).toList();
    }

    // ----- plumbing -----

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private Set<Long> ids(String sql, Set<Long> among, Object... args) {
        Set<Long> found = new HashSet<>();
        query(sql, r -> {
            long id = r.getLong(1);
            if (among.contains(id)) {
                found.add(id);
            }
        }, args);
        return found;
    }

    private long single(String sql, Object... args) {
        long[] value = new long[1];
        query(sql, r -> value[0] = r.getLong(1), args);
        return value[0];
    }

    private void query(String sql, RowReader reader, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Statistics query failed: " + sql, e);
        }
    }

    private static String networkFilter(String column, Collection<Long> networks) {
        if (networks == null) {
            return "";
        }
        if (networks.isEmpty()) {
            return " AND 1 = 0";
        }
        return " AND " + column + " IN (" + networks.stream().map(n -> Long.toString(n)).collect(Collectors.joining(",")) + ")";
    }

    private static Date date(LocalDate d) {
        return Date.valueOf(d);
    }

}
