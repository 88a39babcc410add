package th.nithet.indicators;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentNotFound;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.db.InstantConverter;
import th.nithet.platform.time.PortalClock;
import th.nithet.platform.time.ThaiDates;
import th.nithet.platform.web.WebAddresses;
import th.nithet.projects.Project;
import th.nithet.reports.ReportTexts;
import th.nithet.statistics.Period;
import th.nithet.statistics.Statistics;
import th.nithet.statistics.StatisticsQueries;
import th.nithet.surveys.Survey;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Indicators: administrators define them; staff read them, record what is entered by hand (a value, a
 * rubric level), link evidence and write the report's text; the portal computes each value live from the
 * statistics of the indicator's fiscal year and keeps a snapshot per month for the trend. The
 * transaction and authorization boundary.
 */
@Stateless
@PermitAll
public class IndicatorService {

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    th.nithet.audit.AuditTrail audit;

    @Inject
    Viewers viewers;

    @Inject
    Statistics statistics;

    @Inject
    PortalClock clock;

    /** One month's snapshot of an indicator (month: its first day). */
    public record Snapshot(LocalDate month, BigDecimal value, BigDecimal achievement, Integer level) {
    }

    /** An indicator with its value now. */
    public record Current(Indicator indicator, Indicator.Evaluation evaluation) {
    }

    public Indicator create(Indicator.Definition definition) {
        Viewer admin = admin();
        Indicator indicator = new Indicator(admin.account());
        indicator.define(checked(definition));
        em.persist(indicator);
        em.flush();
        return indicator;
    }

    public Indicator update(long id, Indicator.Definition definition) {
        admin();
        Indicator indicator = existing(id);
        indicator.define(checked(definition));
        return indicator;
    }

    /** Removes an indicator with its snapshots and evidence (administrators). */
    public void delete(long id) {
        admin();
        Indicator indicator = existing(id);
        em.remove(indicator);
        audit.record(th.nithet.audit.AuditAction.INDICATOR_DELETED, "indicator", id, indicator.getName(), null);
    }

    public Indicator read(long id) {
        viewers.staff();
        return existing(id);
    }

    public List<Indicator> list(int fiscalYear) {
        viewers.staff();
        return em.createQuery("SELECT i FROM Indicator i WHERE i.fiscalYear = :y ORDER BY i.id", Indicator.class)
                .setParameter("y", fiscalYear).getResultList();
    }

    /** The year's indicators with their values now (one pass over the statistics). */
    public List<Current> current(int fiscalYear) {
        StatisticsQueries q = statistics.queries();
        return list(fiscalYear).stream().map(i -> new Current(i, evaluate(i, q))).toList();
    }

    public Indicator.Evaluation evaluate(Indicator indicator) {
        return evaluate(indicator, statistics.queries());
    }

    private static Indicator.Evaluation evaluate(Indicator i, StatisticsQueries q) {
        BigDecimal value = i.getMeasure() == Measure.MANUAL ? i.getManualValue() : i.getMeasure().valueOf(q, Period.of(i.getFiscalYear(), null));
        return i.evaluate(value);
    }

    /** Staff record a hand-entered value and/or the level chosen against the rubric. */
    public Indicator record(long id, BigDecimal value, Integer level) {
        viewers.staff();
        Indicator indicator = existing(id);
        InvalidFields.collect()
                .check(value == null || value.signum() >= 0 && value.precision() - value.scale() <= 12, "manualValue", "indicator.badValue")
                .check(level == null || level >= 1 && level <= 4, "manualLevel", "indicator.badLevel").throwIfAny();
        indicator.record(value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP), level);
        return indicator;
    }

    // ----- snapshots -----

    public List<Snapshot> snapshots(long id) {
        viewers.staff();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT month, value, achievement, level FROM indicator_snapshot WHERE indicator_id = ? "
                + "ORDER BY month").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Snapshot(((java.sql.Date) r[0]).toLocalDate(), (BigDecimal) r[1], (BigDecimal) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue())).toList();
    }

    /** Takes this month's snapshot of every indicator of the current fiscal year now (administrators; the scheduler daily). */
    public int takeSnapshots() {
        admin();
        return snapshotCurrentYear();
    }

    /** Without a caller: for the daily schedule only. The month's row is replaced, so the last one taken in a month stays. */
    public int snapshotCurrentYear() {
        LocalDate today = ThaiDates.today(clock.now());
        int year = th.nithet.platform.time.FiscalYear.of(today).buddhistYear();
        StatisticsQueries q = statistics.unchecked();
        List<Indicator> indicators = em.createQuery("SELECT i FROM Indicator i WHERE i.fiscalYear = :y", Indicator.class)
                .setParameter("y", year).getResultList();
        for (Indicator i : indicators) {
            Indicator.Evaluation e = evaluate(i, q);
            em.createNativeQuery("INSERT INTO indicator_snapshot (indicator_id, month, value, achievement, level, taken_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value), achievement = VALUES(achievement), "
                            + "level = VALUES(level), taken_at = VALUES(taken_at)")
                    .setParameter(1, i.getId()).setParameter(2, java.sql.Date.valueOf(today.withDayOfMonth(1)))
                    .setParameter(3, e.value()).setParameter(4, e.achievement()).setParameter(5, e.level())
                    .setParameter(6, Timestamp.valueOf(InstantConverter.toColumn(clock.now()))).executeUpdate();
        }
        return indicators.size();
    }

    // ----- evidence -----

    /** The evidence linked by hand, then the supervisions that name this indicator (newest first). */
    public List<Evidence> evidence(long id) {
        viewers.staff();
        return em.createQuery("SELECT e FROM Evidence e WHERE e.indicator.id = :i ORDER BY e.addedAt", Evidence.class)
                .setParameter("i", id).getResultList();
    }

    /** Supervisions opened for this indicator: evidence without anyone linking them. */
    public List<ContentItem> supervisions(long id) {
        viewers.staff();
        return em.createQuery("SELECT s FROM Supervision s WHERE s.indicator.id = :i ORDER BY s.createdAt DESC", ContentItem.class)
                .setParameter("i", id).setMaxResults(200).getResultList();
    }

    /** Links a piece of evidence: {@code refId} of the portal's item, form or project, or an outside {@code url} with a title. */
    public Evidence addEvidence(long id, Evidence.Kind kind, Long refId, String title, String url) {
        Viewer viewer = viewers.staff();
        Indicator indicator = existing(id);
        InvalidFields.Collector problems = InvalidFields.collect();
        problems.check(kind != null, "kind", "indicator.evidenceKind");
        String name = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        String address = null;
        if (kind == Evidence.Kind.LINK) {
            address = url == null ? "" : url.strip();
            problems.check(WebAddresses.isWebAddress(address), "url", "indicator.badUrl")
                    .check(!name.isEmpty() && name.length() <= 300, "title", "content.titleRequired");
        } else if (kind != null) {
            problems.check(refId != null, "refId", "indicator.refRequired").throwIfAny();
            switch (kind) {
                case CONTENT -> {
                    ContentItem item = em.find(ContentItem.class, refId);
                    problems.check(item != null, "refId", "indicator.unknownRef", refId);
                    if (item != null) {
                        name = name.isEmpty() ? item.getTitle() : name;
                        address = item.type().pathOf(item.getId());
                    }
                }
                case SURVEY -> {
                    Survey s = em.find(Survey.class, refId);
                    problems.check(s != null, "refId", "indicator.unknownRef", refId);
                    if (s != null) {
                        name = name.isEmpty() ? s.getTitle() : name;
                        address = "/surveys/" + s.getId();
                    }
                }
                case PROJECT -> {
                    Project p = em.find(Project.class, refId);
                    problems.check(p != null, "refId", "indicator.unknownRef", refId);
                    if (p != null) {
                        name = name.isEmpty() ? p.getName() : name;
                        address = "/projects/" + p.getId();
                    }
                }
                default -> {
                }
            }
        }
        problems.throwIfAny();
        Evidence e = new Evidence(indicator, kind, kind == Evidence.Kind.LINK ? null : refId,
                name.length() > 300 ? name.substring(0, 300) : name, address, viewer.account(), PortalClock.instant());
        em.persist(e);
        em.flush();
        return e;
    }

    public void removeEvidence(long id, long evidenceId) {
        viewers.staff();
        Evidence e = em.find(Evidence.class, evidenceId);
        if (e == null || !e.getIndicator().getId().equals(id)) {
            throw new ContentNotFound();
        }
        em.remove(e);
    }

    // ----- the report's text -----

    /** What staff wrote for the yearly report about an indicator or a project (blank texts when nothing yet). */
    public ReportTexts texts(ReportSubject subject, long id) {
        viewers.staff();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT quantitative, qualitative, problems, solutions, expected_results, good_practice, "
                + "success_factors, suggestions FROM report_text WHERE subject = ? AND subject_id = ?")
                .setParameter(1, subject.name()).setParameter(2, id).getResultList();
        if (rows.isEmpty()) {
            return new ReportTexts(null, null, null, null, null, null, null, null);
        }
        Object[] r = rows.get(0);
        return new ReportTexts((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                (String) r[7]);
    }

    public void saveTexts(ReportSubject subject, long id, ReportTexts texts) {
        Viewer viewer = viewers.staff();
        if (subject == ReportSubject.INDICATOR) {
            existing(id);
        } else if (em.find(Project.class, id) == null) {
            throw new ContentNotFound();
        }
        List<String> values = new ArrayList<>();
        for (String t : List.of(nz(texts.quantitative()), nz(texts.qualitative()), nz(texts.problems()), nz(texts.solutions()),
                nz(texts.expectedResults()), nz(texts.goodPractice()), nz(texts.successFactors()), nz(texts.suggestions()))) {
            values.add(t.isBlank() ? null : t.strip());
        }
        InvalidFields.collect().check(values.stream().allMatch(v -> v == null || v.length() <= 20_000), "texts", "indicator.textTooLong")
                .throwIfAny();
        var q = em.createNativeQuery("INSERT INTO report_text (subject, subject_id, quantitative, qualitative, problems, solutions, "
                + "expected_results, good_practice, success_factors, suggestions, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE quantitative = VALUES(quantitative), qualitative = VALUES(qualitative), problems = VALUES(problems), "
                + "solutions = VALUES(solutions), expected_results = VALUES(expected_results), good_practice = VALUES(good_practice), "
                + "success_factors = VALUES(success_factors), suggestions = VALUES(suggestions), updated_by = VALUES(updated_by), "
                + "updated_at = VALUES(updated_at), version = version + 1");
        q.setParameter(1, subject.name()).setParameter(2, id);
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(3 + i, values.get(i));
        }
        q.setParameter(11, viewer.account().getId()).setParameter(12, Timestamp.valueOf(InstantConverter.toColumn(PortalClock.instant())));
        q.executeUpdate();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ----- rules -----

    private Viewer admin() {
        Viewer viewer = viewers.staff();
        if (!viewer.isAdmin()) {
            throw new ContentAccessDenied(false);
        }
        return viewer;
    }

    private Indicator existing(long id) {
        Indicator indicator = em.find(Indicator.class, id);
        if (indicator == null) {
            throw new ContentNotFound();
        }
        return indicator;
    }

    private static Indicator.Definition checked(Indicator.Definition d) {
        return checked(d, InvalidFields.collect());
    }

    /**
     * The definition cleaned, or every problem of it at once — added to what the caller already found
     * (the API's unreadable numbers and words), so a script hears of all of them in one answer.
     */
    public static Indicator.Definition checked(Indicator.Definition d, InvalidFields.Collector problems) {
        String name = d.name() == null ? "" : d.name().strip().replaceAll("\\s+", " ");
        PercentBands bands = d.bands() == null ? PercentBands.DEFAULT : d.bands();
        List<String> rubric = d.rubric() == null ? List.of() : d.rubric().stream().map(r -> r == null ? "" : r.strip()).toList();
        problems
                .check(!name.isEmpty() && name.length() <= Indicator.MAX_NAME, "name", "project.nameRequired")
                .check(d.fiscalYear() >= 2500 && d.fiscalYear() <= 2700, "fiscalYear", "plan.badYear", d.fiscalYear())
                .check(d.measure() != null, "measure", "indicator.measureRequired")
                .check(d.method() != null, "method", "indicator.methodRequired")
                .check(d.target() == null || d.target().signum() > 0 && d.target().precision() - d.target().scale() <= 12, "target",
                        "indicator.badTarget")
                .check(d.method() != QualityMethod.BANDS || bands.isValid(), "bands", "indicator.badBands")
                .check(d.method() != QualityMethod.RUBRIC || rubric.size() == 4 && rubric.stream().noneMatch(String::isEmpty), "rubric",
                        "indicator.rubricRequired")
                .check(d.measure() == null || d.measure().isPercent() || d.method() != QualityMethod.BANDS || d.target() != null
                        || d.measure() == Measure.MANUAL, "target", "indicator.targetForCount")
                .throwIfAny();
        String description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        String unit = d.unit() == null || d.unit().isBlank() ? null : d.unit().strip();
        return new Indicator.Definition(d.fiscalYear(), name, description, d.measure(), d.target() == null ? null
                : d.target().setScale(2, java.math.RoundingMode.HALF_UP), unit, d.method(), bands, rubric.isEmpty() ? null : rubric);
    }
}
