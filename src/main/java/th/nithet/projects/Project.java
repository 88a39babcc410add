package th.nithet.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.nithet.people.Account;
import th.nithet.platform.db.Timestamped;
import th.nithet.platform.rules.InvalidFields;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A project (โครงการ) of the office for a fiscal year, in the shape of its project form: kind, new or
 * continuing, owner, planned and actual dates, rationale, objectives, targets and results, activities,
 * budget lines, training tracking, evaluation, problems and suggestions. Its parts are changed only
 * through it (one aggregate), so its totals are always its lines'.
 */
@Entity
@Table(name = "project")
public class Project extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectKind kind;

    @Column(nullable = false)
    private boolean continuing;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id")
    private Account owner;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Column(columnDefinition = "TEXT")
    private String rationale;

    @Column(columnDefinition = "TEXT")
    private String objectives;

    @Column(columnDefinition = "TEXT")
    private String evaluation;

    @Column(columnDefinition = "TEXT")
    private String problems;

    @Column(columnDefinition = "TEXT")
    private String suggestions;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id ASC")
    private List<ProjectTarget> targets = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id ASC")
    private List<ProjectActivity> activities = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id ASC")
    private List<ProjectBudgetLine> budgetLines = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id ASC")
    private List<ProjectTraining> trainings = new ArrayList<>();

    @Version
    private int version;

    protected Project() {
    }

    Project(Account owner) {
        this.owner = owner;
    }

    /** What the project form's head says; checked by the service. */
    public record Head(String name, ProjectKind kind, boolean continuing, int fiscalYear, LocalDate plannedStart, LocalDate plannedEnd,
                LocalDate actualStart, LocalDate actualEnd, String rationale, String objectives, String evaluation, String problems,
                String suggestions) {
    }

    void describe(Head h) {
        name = h.name();
        kind = h.kind();
        continuing = h.continuing();
        fiscalYear = h.fiscalYear();
        plannedStart = h.plannedStart();
        plannedEnd = h.plannedEnd();
        actualStart = h.actualStart();
        actualEnd = h.actualEnd();
        rationale = h.rationale();
        objectives = h.objectives();
        evaluation = h.evaluation();
        problems = h.problems();
        suggestions = h.suggestions();
    }

    ProjectTarget addTarget(ProjectTarget.Kind kind, String description, BigDecimal value, String unit) {
        ProjectTarget t = new ProjectTarget(this, kind, description, value, unit);
        targets.add(t);
        return t;
    }

    ProjectActivity addActivity(String name, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                                String responsible) {
        ProjectActivity a = new ProjectActivity(this, name, plannedStart, plannedEnd, actualStart, actualEnd, responsible);
        activities.add(a);
        return a;
    }

    /** A line of the budget: a category, what it pays for (trimmed, 1–300 characters) and an amount ({@link Baht#isAmount}). */
    ProjectBudgetLine addBudgetLine(BudgetCategory category, String description, BigDecimal amount) {
        String clean = description == null ? "" : description.strip();
        InvalidFields.collect().check(category != null, "category", "project.categoryRequired")
                .check(!clean.isEmpty() && clean.length() <= 300, "description", "project.descriptionRequired")
                .check(Baht.isAmount(amount), "amount", "project.badAmount").throwIfAny();
        ProjectBudgetLine b = new ProjectBudgetLine(this, category, clean, Baht.of(amount));
        budgetLines.add(b);
        return b;
    }

    /** People trained from one position: none negative, and nobody passes without being developed. */
    ProjectTraining addTraining(th.nithet.people.Position position, int targeted, int developed, int passed) {
        InvalidFields.collect().check(position != null, "position", "project.positionRequired")
                .check(targeted >= 0 && developed >= 0 && passed >= 0, "targeted", "project.negative")
                .check(passed <= developed, "passed", "project.passedOverDeveloped").throwIfAny();
        ProjectTraining t = new ProjectTraining(this, position, targeted, developed, passed);
        trainings.add(t);
        return t;
    }

    /** Removes a part by its id (of whatever kind); answers whether there was one. */
    /** Its parts changed: the project counts as changed too. */
    void partsChanged() {
        touch();
    }

    boolean removePart(String part, long partId) {
        return switch (part) {
            case "targets" -> targets.removeIf(t -> t.getId() != null && t.getId() == partId);
            case "activities" -> activities.removeIf(a -> a.getId() != null && a.getId() == partId);
            case "budget" -> budgetLines.removeIf(b -> b.getId() != null && b.getId() == partId);
            case "trainings" -> trainings.removeIf(t -> t.getId() != null && t.getId() == partId);
            default -> false;
        };
    }

    ProjectTarget target(long targetId) {
        return targets.stream().filter(t -> t.getId() == targetId).findFirst().orElse(null);
    }

    /** The budget by category (every category present, zero when none) — ค่าตอบแทน ค่าใช้สอย ค่าวัสดุ. */
    public Map<BudgetCategory, Baht> getBudgetByCategory() {
        Map<BudgetCategory, Baht> totals = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory c : BudgetCategory.values()) {
            totals.put(c, Baht.ZERO);
        }
        budgetLines.forEach(b -> totals.merge(b.getCategory(), b.getAmount(), Baht::plus));
        return totals;
    }

    public Baht getBudgetTotal() {
        return budgetLines.stream().map(ProjectBudgetLine::getAmount).reduce(Baht.ZERO, Baht::plus);
    }

    public int getTargetedTotal() {
        return trainings.stream().mapToInt(ProjectTraining::getTargeted).sum();
    }

    public int getDevelopedTotal() {
        return trainings.stream().mapToInt(ProjectTraining::getDeveloped).sum();
    }

    public int getPassedTotal() {
        return trainings.stream().mapToInt(ProjectTraining::getPassed).sum();
    }

    /** Developed as a percentage of targeted (998 of 998 = 100.0); null when nobody was targeted. */
    public BigDecimal getDevelopedPercent() {
        return percent(getDevelopedTotal(), getTargetedTotal());
    }

    /** Passed as a percentage of developed. */
    public BigDecimal getPassRate() {
        return percent(getPassedTotal(), getDevelopedTotal());
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ProjectKind getKind() {
        return kind;
    }

    public boolean isContinuing() {
        return continuing;
    }

    public Account getOwner() {
        return owner;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public String getRationale() {
        return rationale;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public String getProblems() {
        return problems;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public List<ProjectTarget> getTargets() {
        return List.copyOf(targets);
    }

    public List<ProjectActivity> getActivities() {
        return List.copyOf(activities);
    }

    public List<ProjectBudgetLine> getBudgetLines() {
        return List.copyOf(budgetLines);
    }

    public List<ProjectTraining> getTrainings() {
        return List.copyOf(trainings);
    }
}
