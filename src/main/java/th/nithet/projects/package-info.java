/**
 * The office's projects: targets, activities, budget and trainings, plan against actual.
 * <p>
 * {@code Project} (one aggregate: {@code ProjectTarget}, {@code ProjectActivity}, {@code
 * ProjectBudgetLine}, {@code ProjectTraining}; totals by category and training percentages computed
 * from its lines), {@code ProjectService} (staff; owner or admin changes), pages {@code
 * views/projects/*} ({@code ProjectPages} the list, {@code ProjectPageBean} one project with the forms
 * for its parts, {@code ProjectEditBean} the form), {@code ProjectParts} (activities and trainings as
 * choices for a form), {@code /api/v1/projects}.
 * <p>
 * Glossary: Project โครงการ / กิจกรรม.
 * <p>
 * Entry points: ProjectService; /api/v1/projects; pages /projects.
 */
package th.nithet.projects;
