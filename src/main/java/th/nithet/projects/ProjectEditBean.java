package th.nithet.projects;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.web.PageActions;
import th.nithet.content.web.PageLoads;
import th.nithet.content.Viewers;
import th.nithet.platform.api.ApiValues;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.time.FiscalYear;
import th.nithet.platform.time.ThaiDates;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The project form ({@code /projects/new}, {@code /projects/{id}/edit}): name, kind, new or
 * continuing, fiscal year, planned and actual dates, and the written parts (rationale, objectives,
 * evaluation, problems, suggestions). Staff start one; its owner or an administrator changes it.
 * Dates are typed as people write them (16/1/2569) and read like the API reads them.
 */
@Named
@ViewScoped
public class ProjectEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    Viewers viewers;

    private Long id;
    private String name;
    private ProjectKind kind = ProjectKind.ACTION_PLAN;
    private boolean continuing;
    private int fiscalYear = FiscalYear.current().buddhistYear();
    private String plannedStart;
    private String plannedEnd;
    private String actualStart;
    private String actualEnd;
    private String rationale;
    private String objectives;
    private String evaluation;
    private String problems;
    private String suggestions;
    private boolean loaded;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = PageLoads.guard(() -> {
            if (id == null) {
                viewers.staff();
                return;
            }
            Project p = projects.read(id);
            if (!projects.mayChange(p)) {
                throw new ContentAccessDenied(false);
            }
            name = p.getName();
            kind = p.getKind();
            continuing = p.isContinuing();
            fiscalYear = p.getFiscalYear();
            plannedStart = written(p.getPlannedStart());
            plannedEnd = written(p.getPlannedEnd());
            actualStart = written(p.getActualStart());
            actualEnd = written(p.getActualEnd());
            rationale = p.getRationale();
            objectives = p.getObjectives();
            evaluation = p.getEvaluation();
            problems = p.getProblems();
            suggestions = p.getSuggestions();
        });
    }

    /** Saves and goes to the project's page. */
    public void save() throws IOException {
        if (PageActions.attempt(() -> {
            InvalidFields.Collector found = InvalidFields.collect();
            LocalDate ps = ApiValues.date(plannedStart, "plannedStart", found);
            LocalDate pe = ApiValues.date(plannedEnd, "plannedEnd", found);
            LocalDate as = ApiValues.date(actualStart, "actualStart", found);
            LocalDate ae = ApiValues.date(actualEnd, "actualEnd", found);
            found.throwIfAny();
            Project.Head head = new Project.Head(name, kind, continuing, fiscalYear, ps, pe, as, ae, rationale, objectives, evaluation,
                    problems, suggestions);
            id = id == null ? projects.create(head).getId() : projects.update(id, head).getId();
        }, "project.saved")) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/projects/" + id);
        }
    }

    private static String written(LocalDate date) {
        return date == null ? null : ThaiDates.numericDate(date, Languages.THAI);
    }

    public boolean isNew() {
        return id == null;
    }

    public ProjectKind[] getKinds() {
        return ProjectKind.values();
    }

    public List<Integer> getYears() {
        return FiscalYear.choices();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProjectKind getKind() {
        return kind;
    }

    public void setKind(ProjectKind kind) {
        this.kind = kind;
    }

    public boolean isContinuing() {
        return continuing;
    }

    public void setContinuing(boolean continuing) {
        this.continuing = continuing;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public String getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(String plannedStart) {
        this.plannedStart = plannedStart;
    }

    public String getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(String plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public String getActualStart() {
        return actualStart;
    }

    public void setActualStart(String actualStart) {
        this.actualStart = actualStart;
    }

    public String getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(String actualEnd) {
        this.actualEnd = actualEnd;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(String evaluation) {
        this.evaluation = evaluation;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(String suggestions) {
        this.suggestions = suggestions;
    }
}
