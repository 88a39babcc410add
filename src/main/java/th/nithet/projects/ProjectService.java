package th.nithet.projects;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.people.Position;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.search.IndexChange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Projects and activities: staff (supervisors, administrators) keep them; the owner or an
 * administrator changes one; staff read all. The transaction and authorization boundary.
 */
@Stateless
@PermitAll
public class ProjectService {

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    Viewers viewers;

    @Inject
    Event<IndexChange> searchChanges;

    public Project create(Project.Head head) {
        Viewer viewer = viewers.staff();
        Project project = new Project(viewer.account());
        project.describe(checked(head));
        em.persist(project);
        em.flush();
        searchChanges.fire(new IndexChange(ProjectDocuments.TYPE, project.getId()));
        return project;
    }

    public Project update(long id, Project.Head head) {
        Project project = owned(id);
        project.describe(checked(head));
        return project;
    }

    public Project read(long id) {
        viewers.staff();
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw new ContentNotFound();
        }
        return project;
    }

    public List<Project> list(Integer fiscalYear) {
        viewers.staff();
        var query = em.createQuery("SELECT p FROM Project p" + (fiscalYear == null ? "" : " WHERE p.fiscalYear = :y")
                + " ORDER BY p.fiscalYear DESC, p.name", Project.class);
        if (fiscalYear != null) {
            query.setParameter("y", fiscalYear);
        }
        return query.getResultList();
    }

    public ProjectTarget addTarget(long id, ProjectTarget.Kind kind, String description, BigDecimal value, String unit) {
        Project project = owned(id);
        String clean = text(description);
        InvalidFields.collect().check(kind != null, "kind", "project.targetKindRequired")
                .check(!clean.isEmpty() && clean.length() <= 500, "description", "project.descriptionRequired")
                .check(kind != ProjectTarget.Kind.QUANTITATIVE || value != null, "targetValue", "project.valueRequired")
                .check(value == null || value.signum() >= 0, "targetValue", "project.negative").throwIfAny();
        ProjectTarget t = project.addTarget(kind, clean, value, blank(unit));
        em.flush();
        return t;
    }

    /** What came of a target: a value (quantitative) and/or words. */
    public ProjectTarget recordResult(long id, long targetId, BigDecimal value, String text) {
        Project project = owned(id);
        ProjectTarget t = project.target(targetId);
        if (t == null) {
            throw new ContentNotFound();
        }
        InvalidFields.collect().check(value == null || value.signum() >= 0, "resultValue", "project.negative").throwIfAny();
        t.result(value, blank(text));
        return t;
    }

    public ProjectActivity addActivity(long id, String name, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                                       LocalDate actualEnd, String responsible) {
        Project project = owned(id);
        String clean = text(name);
        InvalidFields.collect().check(!clean.isEmpty() && clean.length() <= 300, "name", "project.nameRequired")
                .check(plannedStart == null || plannedEnd == null || !plannedEnd.isBefore(plannedStart), "plannedEnd", "project.endBeforeStart")
                .check(actualStart == null || actualEnd == null || !actualEnd.isBefore(actualStart), "actualEnd", "project.endBeforeStart")
                .throwIfAny();
        ProjectActivity a = project.addActivity(clean, plannedStart, plannedEnd, actualStart, actualEnd, blank(responsible));
        em.flush();
        return a;
    }

    public ProjectBudgetLine addBudgetLine(long id, BudgetCategory category, String description, BigDecimal amount) {
        Project project = owned(id);
        ProjectBudgetLine b = project.addBudgetLine(category, text(description), amount);
        em.flush();
        return b;
    }

    public ProjectTraining addTraining(long id, Position position, int targeted, int developed, int passed) {
        Project project = owned(id);
        ProjectTraining t = project.addTraining(position, targeted, developed, passed);
        em.flush();
        return t;
    }

    public void removePart(long id, String part, long partId) {
        Project project = owned(id);
        if (!project.removePart(part, partId)) {
            throw new ContentNotFound();
        }
    }

    /** Whether the caller may change the project: its owner or an administrator. */
    public boolean mayChange(Project project) {
        Viewer viewer = viewers.current();
        return viewer.isAdmin() || viewer.isStaff() && project.getOwner().getId().equals(viewer.account().getId());
    }

    private Project owned(long id) {
        viewers.staff();
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw new ContentNotFound();
        }
        if (!mayChange(project)) {
            throw new ContentAccessDenied(false);
        }
        // every change goes through here: its time moves and search reads it again after commit
        project.partsChanged();
        searchChanges.fire(new IndexChange(ProjectDocuments.TYPE, id));
        return project;
    }

    private static Project.Head checked(Project.Head h) {
        return checked(h, InvalidFields.collect());
    }

    /** The head cleaned, or every problem of it at once, added to what the caller already found. */
    static Project.Head checked(Project.Head h, InvalidFields.Collector problems) {
        String name = text(h.name());
        problems
                .check(!name.isEmpty() && name.length() <= 300, "name", "project.nameRequired")
                .check(h.kind() != null, "kind", "project.kindRequired")
                // no year given and no readable start to take it from: the start's own problem says so, not "year 0"
                .check(h.fiscalYear() >= 2500 && h.fiscalYear() <= 2700 || h.fiscalYear() == 0 && h.plannedStart() == null, "fiscalYear",
                        "plan.badYear", h.fiscalYear())
                .check(h.plannedStart() != null, "plannedStart", "project.dateRequired")
                .check(h.plannedEnd() != null, "plannedEnd", "project.dateRequired")
                .check(h.plannedStart() == null || h.plannedEnd() == null || !h.plannedEnd().isBefore(h.plannedStart()),
                        "plannedEnd", "project.endBeforeStart")
                .check(h.actualStart() == null || h.actualEnd() == null || !h.actualEnd().isBefore(h.actualStart()),
                        "actualEnd", "project.endBeforeStart")
                .throwIfAny();
        return new Project.Head(name, h.kind(), h.continuing(), h.fiscalYear(), h.plannedStart(), h.plannedEnd(), h.actualStart(),
                h.actualEnd(), blank(h.rationale()), blank(h.objectives()), blank(h.evaluation()), blank(h.problems()),
                blank(h.suggestions()));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
