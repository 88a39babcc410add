package th.nithet.statistics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.nithet.content.views.ViewCounter;
import th.nithet.platform.spreadsheet.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every engagement measure computed from a small office whose answers are known: views counted by the
 * real view counter on days either side of the fiscal year's edge (30 Sep / 1 Oct), in Bangkok time;
 * a school and a network with no activity; an empty year; a supervisor's networks only.
 */
class StatisticsIT {

    private static StatisticsQueries queries;
    private static long n1;
    private static long n2;
    private static long a1;
    private static long q1;

    private static final Period FY2569 = Period.of(2569, null);
    private static final Period FY2570 = Period.of(2570, null);
    private static final Period OCTOBER_2569 = Period.of(2570, 10); // ตุลาคม 2569 opens fiscal year 2570

    @BeforeAll
    static void office() throws Exception {
        StatisticsDatabase db = StatisticsDatabase.fresh();
        n1 = db.network("เครือข่ายเหนือ");
        n2 = db.network("เครือข่ายใต้");
        long s1 = db.school("โรงเรียนบ้านหนึ่ง", n1);
        long s2 = db.school("โรงเรียนบ้านสอง", n1);
        long s3 = db.school("โรงเรียนบ้านเงียบ", n2);
        long t1 = db.account("t1", "TEACHER", s1);
        long t2 = db.account("t2", "TEACHER", s1);
        long d1 = db.account("d1", "SCHOOL_DIRECTOR", s2);
        long t3 = db.account("t3", "TEACHER", s3); // never does anything
        long sv = db.account("sv", "SUPERVISOR", null);

        // posted just before and just after midnight of 1 October, Bangkok time (17:00 UTC the day before)
        a1 = db.content("ARTICLE", "คู่มือการสอนอ่าน", sv, StatisticsDatabase.bangkok("2026-09-30T23:30:00"));
        db.insert("INSERT INTO content_learning_area (content_id, learning_area_id) SELECT ?, id FROM learning_area WHERE code = 'thai'", a1);
        q1 = db.content("QUESTION", "สอนแจกลูกอย่างไร", t1, StatisticsDatabase.bangkok("2026-10-01T00:30:00"));
        long q2 = db.content("QUESTION", "วัดผลการอ่านอย่างไร", t2, StatisticsDatabase.bangkok("2026-10-02T08:00:00"));
        long q3 = db.content("QUESTION", "ยังไม่มีใครตอบ", t1, StatisticsDatabase.bangkok("2026-10-05T08:00:00"));
        db.insert("INSERT INTO question (content_id, answer_count, first_answered_at) VALUES (?, 1, ?)", q1,
                StatisticsDatabase.bangkok("2026-10-02T06:30:00")); // 30 hours
        db.insert("INSERT INTO question (content_id, answer_count, first_answered_at) VALUES (?, 1, ?)", q2,
                StatisticsDatabase.bangkok("2026-10-04T10:00:00")); // 50 hours
        db.insert("INSERT INTO question (content_id, answer_count) VALUES (?, 0)", q3);
        for (long q : List.of(q1, q2)) {
            db.insert("INSERT INTO answer (question_id, author_id, body_html, body_text, created_at, updated_at) VALUES (?, ?, '', '', ?, ?)",
                    q, sv, StatisticsDatabase.bangkok("2026-10-04T10:00:00"), StatisticsDatabase.bangkok("2026-10-04T10:00:00"));
        }
        long supervision = db.content("SUPERVISION", "นิเทศการอ่าน", sv, StatisticsDatabase.bangkok("2026-10-10T09:00:00"));
        db.insert("INSERT INTO supervision (content_id, school_id, state, last_activity_at) VALUES (?, ?, 'OPEN', NOW())", supervision, s1);
        long survey = db.insert("INSERT INTO survey (title, anonymous, owner_id, state, opened_at, created_at, updated_at) "
                + "VALUES ('ความพึงพอใจ', TRUE, ?, 'OPEN', ?, NOW(), NOW())", sv, StatisticsDatabase.bangkok("2026-10-15T09:00:00"));
        for (long invitee : List.of(t1, t2, d1, t3)) {
            db.insert("INSERT INTO survey_invitee (survey_id, account_id) VALUES (?, ?)", survey, invitee);
        }
        for (int i = 0; i < 3; i++) {
            db.insert("INSERT INTO survey_response (survey_id, submitted_on) VALUES (?, '2026-10-16')", survey);
        }

        ViewCounter counter = ViewCounter.over(db.dataSource);
        view(counter, a1, "2026-09-30", "account:" + t1, t1, s1);   // fiscal year 2569
        view(counter, a1, "2026-10-01", "account:" + t1, t1, s1);
        view(counter, a1, "2026-10-01", "account:" + t1, t1, s1);   // the same person the same day: once
        view(counter, a1, "2026-10-01", "account:" + t2, t2, s1);
        view(counter, a1, "2026-10-01", "visitor:v1", null, null);
        view(counter, a1, "2026-10-02", "visitor:v1", null, null);
        view(counter, a1, "2026-10-03", "account:" + d1, d1, s2);
        view(counter, q1, "2026-10-01", "account:" + t2, t2, s1);
        counter.flush();
        view(counter, a1, "2026-10-02", "visitor:v1", null, null);  // again, in a later flush: still once
        counter.flush();
        queries = new StatisticsQueries(db.dataSource);
    }

    private static void view(ViewCounter counter, long item, String day, String who, Long account, Long school) throws Exception {
        byte[] visitor = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(who.getBytes(StandardCharsets.UTF_8)), 16);
        counter.count(new ViewCounter.View(item, LocalDate.parse(day), visitor, account, school));
    }

    @Test
    void viewsAndVisitorsFallInTheFiscalYearOfTheirBangkokDay() {
        assertEquals(new StatisticsQueries.Totals(1, 1), queries.totals(FY2569));
        assertEquals(new StatisticsQueries.Totals(6, 4), queries.totals(FY2570));
        assertEquals(new StatisticsQueries.Totals(6, 4), queries.totals(OCTOBER_2569));
        assertEquals(new StatisticsQueries.Totals(0, 0), queries.totals(Period.of(2570, 11)));
        List<StatisticsQueries.Point> months = queries.byMonth(FY2570);
        assertEquals(12, months.size());
        assertEquals(new StatisticsQueries.Point(LocalDate.of(2026, 10, 1), 6, 4), months.get(0));
        assertEquals(LocalDate.of(2027, 9, 1), months.get(11).start());
        List<StatisticsQueries.Point> days = queries.byDay(OCTOBER_2569);
        assertEquals(31, days.size());
        assertEquals(new StatisticsQueries.Point(LocalDate.of(2026, 10, 1), 4, 3), days.get(0), "t1, t2 and v1 on A1, t2 on Q1");
        assertEquals(new StatisticsQueries.Point(LocalDate.of(2026, 10, 2), 1, 1), days.get(1));
        StatisticsQueries.Point firstWeek = queries.byWeek(FY2570).get(0);
        assertEquals(LocalDate.of(2026, 9, 28), firstWeek.start(), "the week of 1 Oct 2026 starts on Monday 28 Sep");
        assertEquals(6, firstWeek.views(), "only the days inside the year");
        assertEquals(4, firstWeek.visitors(), "t1 came on 30 Sep and 1 Oct: one visitor of that week");
    }

    @Test
    void viewsByTypeAreaSchoolAndNetworkIncludeThoseWithNone() {
        assertEquals(Map.of("ARTICLE", 5L, "QUESTION", 1L), queries.byType(FY2570).stream()
                .collect(Collectors.toMap(StatisticsQueries.Share::key, StatisticsQueries.Share::views)));
        Map<String, Long> areas = queries.byLearningArea(FY2570).stream()
                .collect(Collectors.toMap(StatisticsQueries.Share::key, StatisticsQueries.Share::views));
        assertEquals(5L, areas.get("thai"));
        assertEquals(0L, areas.get("mathematics"), "an area nobody read is listed with 0");
        List<StatisticsQueries.SchoolViews> schools = queries.bySchool(FY2570, null);
        assertEquals(Map.of("โรงเรียนบ้านหนึ่ง", 3L, "โรงเรียนบ้านสอง", 1L, "โรงเรียนบ้านเงียบ", 0L), schools.stream()
                .filter(s -> s.schoolId() != 0).collect(Collectors.toMap(StatisticsQueries.SchoolViews::school, StatisticsQueries.SchoolViews::views)));
        assertEquals(2L, schools.get(schools.size() - 1).views(), "v1, who has no school, on two days");
        assertEquals(List.of(4L, 0L), StatisticsQueries.byNetwork(schools).stream()
                .sorted(java.util.Comparator.comparing(StatisticsQueries.SchoolViews::networkId)).map(StatisticsQueries.SchoolViews::views).toList());
        assertEquals(List.of("โรงเรียนบ้านเงียบ"), queries.bySchool(FY2570, List.of(n2)).stream().map(StatisticsQueries.SchoolViews::school).toList(),
                "a supervisor of the south network sees its school only, and not the visitors without a school");
    }

    @Test
    void mostViewedAndLeastReachedContent() {
        List<StatisticsQueries.ItemViews> most = queries.mostViewed(FY2570, 20);
        assertEquals(List.of(a1, q1), most.stream().map(StatisticsQueries.ItemViews::id).toList());
        assertEquals(List.of(5L, 1L), most.stream().map(StatisticsQueries.ItemViews::views).toList());
        List<StatisticsQueries.ItemViews> least = queries.leastReached(FY2570, 20);
        assertEquals(0L, least.get(0).views());
        assertEquals(a1, least.get(least.size() - 1).id());
        assertEquals(List.of(a1), queries.leastReached(FY2569, 20).stream().map(StatisticsQueries.ItemViews::id).toList(),
                "only what existed in that year");
    }

    @Test
    void activePeopleByWhatTheyDidPositionAndNetwork() {
        StatisticsQueries.Activity activity = queries.activity(FY2570, null);
        // posted: t1 and t2 (questions) and sv (the supervision; the article was the year before); answered: sv;
        // visited: t1, t2, d1 (t1's view of 30 September belongs to the year before); t3 did nothing
        assertEquals(new StatisticsQueries.Activity(3, 1, 0, 3, 4, 5), activity);
        assertEquals(Map.of("TEACHER", List.of(2L, 3L), "SCHOOL_DIRECTOR", List.of(1L, 1L), "SUPERVISOR", List.of(1L, 1L)),
                queries.activeByPosition(FY2570, null).stream().collect(Collectors.toMap(StatisticsQueries.ActiveGroup::key,
                        g -> List.of(g.active(), g.people()))));
        assertEquals(Map.of("เครือข่ายเหนือ", List.of(3L, 3L), "เครือข่ายใต้", List.of(0L, 1L)),
                queries.activeByNetwork(FY2570, null).stream().collect(Collectors.toMap(StatisticsQueries.ActiveGroup::label,
                        g -> List.of(g.active(), g.people()))), "a network whose school did nothing is listed with 0");
        assertEquals(new StatisticsQueries.Activity(0, 0, 0, 0, 0, 1), queries.activity(FY2570, List.of(n2)));
        assertEquals(new StatisticsQueries.Activity(1, 0, 0, 1, 2, 5), queries.activity(FY2569, null),
                "the year before: sv posted the article, t1 read it");
    }

    @Test
    void answerTimesCoverageAndFormResponseRates() {
        assertEquals(new StatisticsQueries.AnswerTimes(3, 2, 1, 40.0), queries.answerTimes(FY2570));
        assertEquals(new StatisticsQueries.AnswerTimes(0, 0, 0, null), queries.answerTimes(FY2569));
        List<StatisticsQueries.Coverage> coverage = queries.supervisionCoverage(FY2570, null);
        assertEquals(List.of(new StatisticsQueries.Coverage(n2, "เครือข่ายใต้", 1, 0), new StatisticsQueries.Coverage(n1, "เครือข่ายเหนือ", 2, 1)),
                coverage, "networks in Thai order");
        List<StatisticsQueries.FormRate> forms = queries.formResponseRates(FY2570);
        assertEquals(1, forms.size());
        assertEquals(List.of("ความพึงพอใจ", 4L, 3L), List.of(forms.get(0).title(), forms.get(0).invited(), forms.get(0).responded()));
        assertEquals(new java.math.BigDecimal("75.00"), Percent.of(3, 4));
    }

    @Test
    void everyIndicatorMeasureReadsTheSameFigures() {
        Map<th.nithet.indicators.Measure, String> expected = new java.util.EnumMap<>(th.nithet.indicators.Measure.class);
        expected.put(th.nithet.indicators.Measure.VIEWS, "6");
        expected.put(th.nithet.indicators.Measure.UNIQUE_VISITORS, "4");
        expected.put(th.nithet.indicators.Measure.KNOWLEDGE_VIEWS, "5");
        expected.put(th.nithet.indicators.Measure.ACTIVE_PEOPLE_PERCENT, "80.00");
        expected.put(th.nithet.indicators.Measure.ANSWERED_WITHIN_48H_PERCENT, "33.33");
        expected.put(th.nithet.indicators.Measure.SUPERVISION_COVERAGE_PERCENT, "33.33");
        expected.put(th.nithet.indicators.Measure.FORM_RESPONSE_PERCENT, "75.00");
        expected.put(th.nithet.indicators.Measure.STAFF_DEVELOPED_PERCENT, null);
        expected.put(th.nithet.indicators.Measure.STAFF_PASSED_PERCENT, null);
        expected.put(th.nithet.indicators.Measure.PRACTICES_PUBLISHED, "0");
        expected.put(th.nithet.indicators.Measure.MANUAL, null);
        for (th.nithet.indicators.Measure m : th.nithet.indicators.Measure.values()) {
            java.math.BigDecimal value = m.valueOf(queries, FY2570);
            assertEquals(expected.get(m), value == null ? null : value.toPlainString(), m.name());
        }
    }

    @Test
    void anEmptyYearHasZerosNotErrors() {
        Period empty = Period.of(2560, null);
        assertEquals(new StatisticsQueries.Totals(0, 0), queries.totals(empty));
        assertEquals(12, queries.byMonth(empty).size());
        assertTrue(queries.byType(empty).isEmpty());
        assertTrue(queries.mostViewed(empty, 20).isEmpty());
        assertTrue(queries.formResponseRates(empty).isEmpty());
        assertNull(queries.answerTimes(empty).medianHours());
        StatisticsTables tables = new StatisticsTables(queries, empty, null, Locale.forLanguageTag("th-TH"));
        for (String name : StatisticsTables.NAMES) {
            Table table = tables.table(name);
            assertTrue(table.headers().size() >= 2, name);
            table.write(true, java.io.OutputStream.nullOutputStream());
        }
    }
}
