package th.nithet.indicators;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import th.nithet.content.ContentItem;
import th.nithet.content.Viewers;
import th.nithet.organisation.AreaOffice;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.time.FiscalYear;
import th.nithet.platform.time.ThaiDates;
import th.nithet.platform.web.PublicAddress;
import th.nithet.projects.Project;
import th.nithet.projects.ProjectService;
import th.nithet.projects.ProjectTarget;
import th.nithet.reports.ReportEvidence;
import th.nithet.reports.ReportFigure;
import th.nithet.reports.ReportSection;
import th.nithet.reports.ReportTexts;
import th.nithet.reports.YearlyReport;
import th.nithet.surveys.Survey;
import th.nithet.surveys.SurveyService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The yearly report (รายงานผลการดำเนินงาน) of a fiscal year, put together from the portal: per
 * indicator its value, target and quality level, per project its targets' results, budget and staff
 * development — the numbers from the data — with what staff wrote for each part and the evidence
 * linked to it. {@link th.nithet.reports.YearlyReportPdf} and {@code YearlyReportDocx} print it.
 */
@RequestScoped
public class YearlyReports {

    @Inject
    IndicatorService indicators;

    @Inject
    ProjectService projects;

    @Inject
    SurveyService surveys;

    @Inject
    AreaOffice office;

    @Inject
    PublicAddress address;

    @Inject
    Viewers viewers;

    public YearlyReport of(int fiscalYear) {
        var viewer = viewers.staff();
        List<ReportSection> sections = new ArrayList<>();
        for (IndicatorService.Current c : indicators.current(fiscalYear)) {
            sections.add(indicatorSection(c));
        }
        for (Project p : projects.list(fiscalYear)) {
            sections.add(projectSection(p));
        }
        String preparedBy = viewer.account().getDisplayName() + (viewer.account().getPosition() == null ? ""
                : " " + Messages.get(Languages.THAI, "position." + viewer.account().getPosition().name()));
        return new YearlyReport(office.name(), new FiscalYear(fiscalYear), ThaiDates.today(), preparedBy, sections);
    }

    private ReportSection indicatorSection(IndicatorService.Current c) {
        Indicator i = c.indicator();
        Indicator.Evaluation e = c.evaluation();
        String unit = i.getMeasure().isPercent() ? "%" : i.getUnit() == null ? "" : " " + i.getUnit();
        String target = i.getTarget() == null ? "" : plain(i.getTarget()) + unit;
        String value = e.value() == null ? "–" : plain(e.value()) + unit;
        List<String> summary = new ArrayList<>();
        if (!target.isEmpty()) {
            summary.add(t("report.target") + " " + target);
        }
        summary.add(t("report.result") + " " + value);
        if (e.level() != null) {
            summary.add(t("indicator.level") + " " + e.level());
        }
        List<ReportFigure> figures = new ArrayList<>();
        // a hand-entered value is named by the indicator itself; a share of the target only where there is one
        figures.add(new ReportFigure(i.getMeasure() == Measure.MANUAL ? i.getName() : t("indicator.measure." + i.getMeasure().name()), value,
                target, e.achievement() == null || i.getMeasure().isPercent() || i.getTarget() == null ? "" : plain(e.achievement()) + "%"));
        List<ReportEvidence> evidence = new ArrayList<>();
        for (Evidence ev : indicators.evidence(i.getId())) {
            evidence.add(new ReportEvidence(ev.getTitle(), ev.getUrl() == null ? "" : ev.getUrl().startsWith("/") ? address.link(ev.getUrl()) : ev.getUrl()));
        }
        for (ContentItem s : indicators.supervisions(i.getId())) {
            evidence.add(new ReportEvidence(t("contentType.SUPERVISION") + ": " + s.getTitle(), address.link("/supervision-records/" + s.getId() + ".pdf")));
        }
        return new ReportSection(t("report.indicator"), i.getName(), String.join(" · ", summary), figures,
                indicators.texts(ReportSubject.INDICATOR, i.getId()), evidence);
    }

    private ReportSection projectSection(Project p) {
        List<ReportFigure> figures = new ArrayList<>();
        for (ProjectTarget target : p.getTargets()) {
            if (target.getKind() == ProjectTarget.Kind.QUANTITATIVE) {
                String unit = target.getUnit() == null ? "" : " " + target.getUnit();
                figures.add(new ReportFigure(target.getDescription(), target.getResultValue() == null ? "–" : plain(target.getResultValue()) + unit,
                        target.getTargetValue() == null ? "" : plain(target.getTargetValue()) + unit,
                        target.getPercent() == null ? "" : target.getPercent().toPlainString() + "%"));
            }
        }
        if (!p.getTrainings().isEmpty()) {
            figures.add(new ReportFigure(t("project.developed"), p.getDevelopedTotal() + " " + t("report.people"),
                    p.getTargetedTotal() + " " + t("report.people"), p.getDevelopedPercent() == null ? "" : p.getDevelopedPercent() + "%"));
            figures.add(new ReportFigure(t("project.passed"), p.getPassedTotal() + " " + t("report.people"),
                    "", p.getPassRate() == null ? "" : p.getPassRate() + "%"));
        }
        if (!p.getBudgetLines().isEmpty()) {
            figures.add(new ReportFigure(t("project.budget"), p.getBudgetTotal().formatted() + " "
                    + t("project.baht"), "", ""));
        }
        ReportTexts written = indicators.texts(ReportSubject.PROJECT, p.getId());
        String qualitative = p.getTargets().stream().filter(x -> x.getKind() == ProjectTarget.Kind.QUALITATIVE && x.getResultText() != null)
                .map(x -> "- " + x.getDescription() + ": " + x.getResultText()).collect(Collectors.joining("\n"));
        // what the project form already says fills the parts staff have not written for the report
        ReportTexts texts = new ReportTexts(written.quantitative(), or(written.qualitative(), qualitative), or(written.problems(), p.getProblems()),
                written.solutions(), written.expectedResults(), written.goodPractice(), written.successFactors(),
                or(written.suggestions(), p.getSuggestions()));
        List<ReportEvidence> evidence = new ArrayList<>();
        for (Map.Entry<String, List<Survey>> forms : surveys.assessingProject(p.getId()).entrySet()) {
            forms.getValue().forEach(s -> evidence.add(new ReportEvidence(t("survey.title") + ": " + s.getTitle(), address.link("/surveys/" + s.getId()))));
        }
        evidence.add(new ReportEvidence(t("project.title") + ": " + p.getName(), address.link("/projects/" + p.getId())));
        String summary = t("project.kind." + p.getKind().name()) + " · " + t("project.plannedPeriod") + " "
                + ThaiDates.shortDate(p.getPlannedStart(), Languages.THAI) + " – " + ThaiDates.shortDate(p.getPlannedEnd(), Languages.THAI);
        return new ReportSection(t("report.project"), p.getName(), summary, figures, texts, evidence);
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a : b == null || b.isBlank() ? null : b;
    }

    /** 998.00 → "998", 96.57 → "96.57", 12000 → "12,000". */
    static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() <= 0) {
            return String.format(java.util.Locale.ROOT, "%,d", s.toBigInteger());
        }
        return String.format(java.util.Locale.ROOT, "%,." + s.scale() + "f", s);
    }

    private static String t(String key) {
        return Messages.get(Languages.THAI, key);
    }
}
