package th.nithet.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.PageLoads;
import th.nithet.content.web.PageActions;
import th.nithet.people.Position;
import th.nithet.platform.api.ApiValues;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.surveys.Survey;
import th.nithet.surveys.SurveyService;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One project ({@code /projects/{id}}) in the shape of its form, with its budget and training totals;
 * for its owner and administrators also the small forms that add a target, record a result, add an
 * activity, a budget line or a line of training, and remove any of them. The typed values are kept
 * in {@link #getForm()} by name and read the way the API reads them (Thai digits and dates included).
 */
@Named
@ViewScoped
public class ProjectPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    SurveyService surveys;

    private Long id;
    private transient Project project;
    private boolean mayChange;
    private final Map<String, String> form = new HashMap<>();

    public void load() throws IOException {
        PageLoads.guard(this::refresh);
    }

    private void refresh() {
        project = projects.read(id == null ? -1 : id);
        mayChange = projects.mayChange(project);
    }

    public void addTarget() {
        act(() -> {
            InvalidFields.Collector problems = InvalidFields.collect();
            BigDecimal value = ApiValues.number(form.get("targetValue"), "targetValue", problems);
            problems.throwIfAny();
            projects.addTarget(id, ApiValues.oneOf(ProjectTarget.Kind.class, form.get("targetKind"), "kind", "project.badKind"),
                    form.get("targetDescription"), value, form.get("targetUnit"));
        }, "project.targetAdded", "targetKind", "targetDescription", "targetValue", "targetUnit");
    }

    public void recordResult() {
        act(() -> {
            InvalidFields.Collector problems = InvalidFields.collect();
            BigDecimal value = ApiValues.number(form.get("resultValue"), "resultValue", problems);
            String target = form.get("resultTarget");
            problems.check(target != null && target.matches("[0-9]{1,18}"), "resultTarget", "project.chooseTarget").throwIfAny();
            projects.recordResult(id, Long.parseLong(target), value, form.get("resultText"));
        }, "project.resultRecorded", "resultTarget", "resultValue", "resultText");
    }

    public void addActivity() {
        act(() -> {
            InvalidFields.Collector problems = InvalidFields.collect();
            LocalDate ps = ApiValues.date(form.get("activityPlannedStart"), "plannedStart", problems);
            LocalDate pe = ApiValues.date(form.get("activityPlannedEnd"), "plannedEnd", problems);
            LocalDate as = ApiValues.date(form.get("activityActualStart"), "actualStart", problems);
            LocalDate ae = ApiValues.date(form.get("activityActualEnd"), "actualEnd", problems);
            problems.throwIfAny();
            projects.addActivity(id, form.get("activityName"), ps, pe, as, ae, form.get("activityResponsible"));
        }, "project.activityAdded", "activityName", "activityPlannedStart", "activityPlannedEnd", "activityActualStart",
                "activityActualEnd", "activityResponsible");
    }

    public void addBudgetLine() {
        act(() -> {
            InvalidFields.Collector problems = InvalidFields.collect();
            BigDecimal amount = ApiValues.number(form.get("budgetAmount"), "amount", problems);
            problems.throwIfAny();
            projects.addBudgetLine(id, ApiValues.oneOf(BudgetCategory.class, form.get("budgetCategory"), "category", "project.badCategory"),
                    form.get("budgetDescription"), amount);
        }, "project.budgetAdded", "budgetCategory", "budgetDescription", "budgetAmount");
    }

    public void addTraining() {
        act(() -> {
            InvalidFields.Collector problems = InvalidFields.collect();
            BigDecimal targeted = ApiValues.number(form.get("targeted"), "targeted", problems);
            BigDecimal developed = ApiValues.number(form.get("developed"), "developed", problems);
            BigDecimal passed = ApiValues.number(form.get("passed"), "passed", problems);
            for (var n : Map.of("targeted", targeted, "developed", developed, "passed", passed).entrySet()) {
                problems.check(n.getValue() == null || isCount(n.getValue()), n.getKey(), "project.badCount");
            }
            problems.throwIfAny();
            projects.addTraining(id, ApiValues.oneOf(Position.class, form.get("trainingPosition"), "position", "project.badPosition"),
                    count(targeted), count(developed), count(passed));
        }, "project.trainingAdded", "trainingPosition", "targeted", "developed", "passed");
    }

    /** {@code part}: targets, activities, budget or trainings (the API's words). */
    public void remove(String part, long partId) {
        act(() -> projects.removePart(id, part, partId), "project.partRemoved");
    }

    /** Runs a change; on success the project is read again and the fields of that small form are emptied. */
    private void act(Runnable change, String doneKey, String... fields) {
        if (PageActions.attempt(change, doneKey)) {
            for (String f : fields) {
                form.remove(f);
            }
        }
        refresh();
    }

    private static boolean isCount(BigDecimal n) {
        return n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0 && n.compareTo(BigDecimal.valueOf(1_000_000)) <= 0;
    }

    private static int count(BigDecimal n) {
        return n == null ? 0 : n.intValue();
    }

    /** The forms that assess this project's activities and trainings, by activity/training key ("a12", "t5"). */
    public Map<String, List<Survey>> getForms() {
        return surveys.assessingProject(id);
    }

    /** "1 ธ.ค. 2569 – 3 ธ.ค. 2569", "1 ธ.ค. 2569 –" while it runs, "–" before it starts. */
    public String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "–";
        }
        java.util.Locale locale = th.nithet.platform.web.Feedback.locale();
        return (from == null ? "" : th.nithet.platform.time.ThaiDates.shortDate(from, locale)) + " – "
                + (to == null ? "" : th.nithet.platform.time.ThaiDates.shortDate(to, locale));
    }

    public String money(Baht amount) {
        return Baht.format(amount);
    }

    public ProjectTarget.Kind[] getTargetKinds() {
        return ProjectTarget.Kind.values();
    }

    public BudgetCategory[] getCategories() {
        return BudgetCategory.values();
    }

    public Position[] getPositions() {
        return Position.values();
    }

    public Project getProject() {
        if (project == null && id != null) {
            refresh(); // after the view is restored: the entity is not kept in the session
        }
        return project;
    }

    public boolean isMayChange() {
        return mayChange;
    }

    public Map<String, String> getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
