package th.nithet.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.spreadsheet.Table;
import th.nithet.platform.time.ThaiDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The statistics of one period as tables — what the page shows beside its charts and what every
 * export writes (XLSX, CSV) — each made when first asked for. Names are the export's file names.
 */
public final class StatisticsTables {

    public static final List<String> NAMES = List.of("views-by-month", "views-by-week", "views-by-day", "views-by-type", "views-by-area",
            "views-by-network", "views-by-school", "most-viewed", "least-reached", "activity", "active-by-position", "active-by-network",
            "active-by-school", "answer-times", "supervision-coverage", "form-response");

    private static final int TOP = 20;

    private final StatisticsQueries queries;
    private final Period period;
    private final List<Long> networks;
    private final Locale locale;
    private final Map<String, Table> made = new LinkedHashMap<>();
    private StatisticsQueries.Totals totals;
    private List<StatisticsQueries.Point> months;
    private List<StatisticsQueries.Share> types;
    private List<StatisticsQueries.Share> areas;
    private List<StatisticsQueries.SchoolViews> schools;

    StatisticsTables(StatisticsQueries queries, Period period, List<Long> networks, Locale locale) {
        this.queries = queries;
        this.period = period;
        this.networks = networks;
        this.locale = locale;
    }

    public Period getPeriod() {
        return period;
    }

    /** Whether the figures about schools and people are limited to the caller's networks. */
    public boolean isLimitedToNetworks() {
        return networks != null;
    }

    public StatisticsQueries.Totals getTotals() {
        if (totals == null) {
            totals = queries.totals(period);
        }
        return totals;
    }

    /** One table by its name; null for a name that is not one. */
    public Table table(String name) {
        if (!NAMES.contains(name)) {
            return null;
        }
        return made.computeIfAbsent(name, n -> switch (n) {
            case "views-by-month" -> series(n, t("stats.month"), months(), p -> ThaiDates.monthName(p.getMonthValue(), locale) + " "
                    + (ThaiDates.isThai(locale) ? ThaiDates.buddhistYear(p) : p.getYear()));
            case "views-by-week" -> series(n, t("stats.weekFrom"), queries.byWeek(period), p -> ThaiDates.shortDate(p, locale));
            case "views-by-day" -> series(n, t("stats.day"), queries.byDay(period), p -> ThaiDates.shortDate(p, locale));
            case "views-by-type" -> shares(n, t("stats.type"), types(), s -> t("contentType." + s.key()));
            case "views-by-area" -> shares(n, t("field.learningAreas"), areas(), s -> ThaiDates.isThai(locale) ? s.labelTh() : s.labelEn());
            case "views-by-network" -> table(n, List.of(t("stats.network"), t("stats.views")), Set.of(1),
                    StatisticsQueries.byNetwork(schools()).stream().map(s -> List.of(s.network(), num(s.views()))).toList());
            case "views-by-school" -> table(n, List.of(t("stats.network"), t("stats.school"), t("stats.views")), Set.of(2),
                    schools().stream().map(s -> List.of(s.schoolId() == 0 ? "" : s.network(),
                            s.schoolId() == 0 ? t("stats.noSchool") : s.school(), num(s.views()))).toList());
            case "most-viewed" -> items(n, queries.mostViewed(period, TOP));
            case "least-reached" -> items(n, queries.leastReached(period, TOP));
            case "activity" -> activity(n);
            case "active-by-position" -> active(n, t("field.position"), queries.activeByPosition(period, networks), true);
            case "active-by-network" -> active(n, t("stats.network"), queries.activeByNetwork(period, networks), false);
            case "active-by-school" -> active(n, t("stats.school"), queries.activeBySchool(period, networks), false);
            case "answer-times" -> answerTimes(n);
            case "supervision-coverage" -> coverage(n);
            case "form-response" -> forms(n);
            default -> throw new IllegalArgumentException(n);
        });
    }

    /** The tables in the order the page shows them. */
    public Table get(String name) {
        return table(name);
    }

    // ----- charts (Chart.js configurations for p:chart) -----

    /** Views and distinct visitors by month, as a line chart. */
    public String getMonthChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder views = Json.createArrayBuilder();
        JsonArrayBuilder visitors = Json.createArrayBuilder();
        for (StatisticsQueries.Point p : months()) {
            labels.add(ThaiDates.shortMonthName(p.start().getMonthValue(), locale));
            views.add(p.views());
            visitors.add(p.visitors());
        }
        return chart("line", labels, Json.createArrayBuilder()
                .add(dataset(t("stats.views"), views, "#1d6fa5"))
                .add(dataset(t("stats.visitors"), visitors, "#c2410c")), true);
    }

    public String getTypeChart() {
        return bars(types(), s -> t("contentType." + s.key()));
    }

    public String getAreaChart() {
        return bars(areas(), s -> ThaiDates.isThai(locale) ? s.labelTh() : s.labelEn());
    }

    private String bars(List<StatisticsQueries.Share> shares, java.util.function.Function<StatisticsQueries.Share, String> label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        shares.forEach(s -> {
            labels.add(label.apply(s));
            values.add(s.views());
        });
        return chart("bar", labels, Json.createArrayBuilder().add(dataset(t("stats.views"), values, "#1d6fa5")), false);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour).add("backgroundColor", colour);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend))))
                .build().toString();
    }

    // ----- the tables -----

    private List<StatisticsQueries.Point> months() {
        if (months == null) {
            months = queries.byMonth(period);
        }
        return months;
    }

    private List<StatisticsQueries.Share> types() {
        if (types == null) {
            types = queries.byType(period);
        }
        return types;
    }

    private List<StatisticsQueries.Share> areas() {
        if (areas == null) {
            areas = queries.byLearningArea(period);
        }
        return areas;
    }

    private List<StatisticsQueries.SchoolViews> schools() {
        if (schools == null) {
            schools = queries.bySchool(period, networks);
        }
        return schools;
    }

    private Table series(String name, String first, List<StatisticsQueries.Point> points, java.util.function.Function<LocalDate, String> label) {
        List<List<String>> rows = new ArrayList<>();
        points.forEach(p -> rows.add(List.of(label.apply(p.start()), num(p.views()), num(p.visitors()))));
        return table(name, List.of(first, t("stats.views"), t("stats.visitors")), Set.of(1, 2), rows);
    }

    private Table shares(String name, String first, List<StatisticsQueries.Share> shares,
                         java.util.function.Function<StatisticsQueries.Share, String> label) {
        long total = shares.stream().mapToLong(StatisticsQueries.Share::views).sum();
        List<List<String>> rows = new ArrayList<>();
        shares.forEach(s -> rows.add(List.of(label.apply(s), num(s.views()), Percent.text(Percent.of(s.views(), total)))));
        return table(name, List.of(first, t("stats.views"), t("stats.percent")), Set.of(1, 2), rows);
    }

    private Table items(String name, List<StatisticsQueries.ItemViews> items) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (StatisticsQueries.ItemViews i : items) {
            rows.add(List.of(Integer.toString(rank++), t("contentType." + i.type()), i.title(), num(i.views())));
        }
        return table(name, List.of(t("stats.rank"), t("stats.type"), t("field.title"), t("stats.views")), Set.of(0, 3), rows);
    }

    private Table activity(String name) {
        StatisticsQueries.Activity a = queries.activity(period, networks);
        List<List<String>> rows = new ArrayList<>();
        for (var e : List.of(Map.entry("stats.posted", a.posted()), Map.entry("stats.answered", a.answered()),
                Map.entry("stats.commented", a.commented()), Map.entry("stats.visited", a.visited()), Map.entry("stats.anyActivity", a.any()))) {
            rows.add(List.of(t(e.getKey()), num(e.getValue()), num(a.people()), Percent.text(Percent.of(e.getValue(), a.people()))));
        }
        return table(name, List.of(t("stats.activity"), t("stats.people"), t("stats.allPeople"), t("stats.percent")), Set.of(1, 2, 3), rows);
    }

    private Table active(String name, String first, List<StatisticsQueries.ActiveGroup> groups, boolean positions) {
        List<List<String>> rows = new ArrayList<>();
        for (StatisticsQueries.ActiveGroup g : groups) {
            String label = positions ? (g.key().isEmpty() ? t("stats.noPosition") : t("position." + g.key())) : g.label();
            rows.add(List.of(label, num(g.active()), num(g.people()), Percent.text(Percent.of(g.active(), g.people()))));
        }
        return table(name, List.of(first, t("stats.activePeople"), t("stats.allPeople"), t("stats.percent")), Set.of(1, 2, 3), rows);
    }

    private Table answerTimes(String name) {
        StatisticsQueries.AnswerTimes a = queries.answerTimes(period);
        List<List<String>> rows = List.of(
                List.of(t("stats.asked"), num(a.asked())),
                List.of(t("stats.gotAnswer"), num(a.answered())),
                List.of(t("stats.within48h"), num(a.within48h())),
                List.of(t("stats.within48hPercent"), Percent.text(Percent.of(a.within48h(), a.asked()))),
                List.of(t("stats.medianHours"), a.medianHours() == null ? "" : new java.math.BigDecimal(a.medianHours())
                        .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()));
        return table(name, List.of(t("stats.item"), t("stats.value")), Set.of(1), rows);
    }

    private Table coverage(String name) {
        List<List<String>> rows = new ArrayList<>();
        long schools = 0;
        long reached = 0;
        for (StatisticsQueries.Coverage c : queries.supervisionCoverage(period, networks)) {
            rows.add(List.of(c.network(), num(c.schools()), num(c.reached()), Percent.text(Percent.of(c.reached(), c.schools()))));
            schools += c.schools();
            reached += c.reached();
        }
        rows.add(List.of(t("project.total"), num(schools), num(reached), Percent.text(Percent.of(reached, schools))));
        return table(name, List.of(t("stats.network"), t("stats.schools"), t("stats.reached"), t("stats.percent")), Set.of(1, 2, 3), rows);
    }

    private Table forms(String name) {
        List<List<String>> rows = new ArrayList<>();
        long invited = 0;
        long responded = 0;
        for (StatisticsQueries.FormRate f : queries.formResponseRates(period)) {
            rows.add(List.of(f.title(), num(f.invited()), num(f.responded()), Percent.text(Percent.of(f.responded(), f.invited()))));
            invited += f.invited();
            responded += f.responded();
        }
        rows.add(List.of(t("project.total"), num(invited), num(responded), Percent.text(Percent.of(responded, invited))));
        return table(name, List.of(t("stats.form"), t("stats.invited"), t("stats.responded"), t("stats.percent")), Set.of(1, 2, 3), rows);
    }

    private Table table(String name, List<String> headers, Set<Integer> numbers, List<List<String>> rows) {
        String stem = "stats-" + name + "-" + period.year().buddhistYear() + (period.month() == null ? "" : "-" + period.month());
        return new Table(stem, t("stats.table." + name), headers, rows, numbers);
    }

    private static String num(long n) {
        return Long.toString(n);
    }

    private String t(String key) {
        return Messages.get(locale, key);
    }

}
