package th.nithet.indicators;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.PageActions;
import th.nithet.content.Viewers;
import th.nithet.reports.ReportTexts;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What staff write for the yearly report about an indicator or a project, on that indicator's or
 * project's page ({@code report-texts.xhtml}): the eight parts of the office's form, by name.
 */
@Named
@ViewScoped
public class ReportTextsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The parts in the order of the form, as their field names. */
    public static final List<String> PARTS = List.of("quantitative", "qualitative", "problems", "solutions", "expectedResults", "goodPractice",
            "successFactors", "suggestions");

    @Inject
    IndicatorService indicators;

    @Inject
    Viewers viewers;

    private ReportSubject subject;
    private Long id;
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** The view action of the page that shows the editor (staff only; others see nothing of it). */
    public void open(String subjectName, Long subjectId) {
        if (subjectId == null || !viewers.current().isStaff() || id != null) {
            return;
        }
        subject = ReportSubject.valueOf(subjectName);
        id = subjectId;
        ReportTexts t = indicators.texts(subject, id);
        List<String> values = java.util.Arrays.asList(t.quantitative(), t.qualitative(), t.problems(), t.solutions(), t.expectedResults(),
                t.goodPractice(), t.successFactors(), t.suggestions());
        for (int i = 0; i < PARTS.size(); i++) {
            texts.put(PARTS.get(i), values.get(i));
        }
    }

    public void save() {
        PageActions.attempt(() -> indicators.saveTexts(subject, id, new ReportTexts(texts.get("quantitative"), texts.get("qualitative"),
                texts.get("problems"), texts.get("solutions"), texts.get("expectedResults"), texts.get("goodPractice"),
                texts.get("successFactors"), texts.get("suggestions"))), "report.textsSaved");
    }

    public boolean isOpen() {
        return id != null;
    }

    public List<String> getParts() {
        return PARTS;
    }

    public Map<String, String> getTexts() {
        return texts;
    }
}
