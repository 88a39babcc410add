package th.nithet.indicators;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.PageLoads;
import th.nithet.platform.time.FiscalYear;
import th.nithet.projects.Project;
import th.nithet.projects.ProjectService;
import th.nithet.reports.ReportTexts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly report page ({@code /reports?year=2570}, staff): what goes into the report — each
 * indicator and project, whether its text is written yet, where to write it — and the downloads.
 */
@Named
@RequestScoped
public class ReportPageBean {

    /** One part of the report: an indicator or a project, with how many of the eight text parts are written. */
    public record Part(String kind, String title, String path, int written) {
    }

    @Inject
    IndicatorService indicators;

    @Inject
    ProjectService projects;

    private Integer year;
    private List<Part> parts;

    public void load() throws IOException {
        if (year == null || year < 2500 || year > 2700) {
            year = FiscalYear.current().buddhistYear();
        }
        PageLoads.guard(() -> {
            parts = new ArrayList<>();
            for (Indicator i : indicators.list(year)) {
                parts.add(new Part("INDICATOR", i.getName(), "/indicators/" + i.getId(), written(indicators.texts(ReportSubject.INDICATOR, i.getId()))));
            }
            for (Project p : projects.list(year)) {
                parts.add(new Part("PROJECT", p.getName(), "/projects/" + p.getId(), written(indicators.texts(ReportSubject.PROJECT, p.getId()))));
            }
        });
    }

    private static int written(ReportTexts t) {
        return (int) java.util.stream.Stream.of(t.quantitative(), t.qualitative(), t.problems(), t.solutions(), t.expectedResults(),
                t.goodPractice(), t.successFactors(), t.suggestions()).filter(s -> s != null && !s.isBlank()).count();
    }

    public List<Integer> getYears() {
        return FiscalYear.choices();
    }

    public List<Part> getParts() {
        return parts;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
