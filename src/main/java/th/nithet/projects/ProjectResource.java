package th.nithet.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.content.api.ContentApi;
import th.nithet.people.Position;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.api.ApiValues;
import th.nithet.platform.rules.InvalidFields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /api/v1/projects}: projects and activities (staff) — the project form, targets and results,
 * activities, budget lines with totals by category, and training tracking with percentages.
 */
@ApplicationScoped
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "projects", description = "Projects and activities (โครงการ/กิจกรรม)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class ProjectResource {

    @Inject
    ProjectService projects;

    /** Dates as people write them (16/1/2569, 2026-01-16); {@code kind}: action_plan, obec_strategy, special. */
    public record ProjectInput(String name, String kind, Boolean continuing, Integer fiscalYear, String plannedStart, String plannedEnd,
                               String actualStart, String actualEnd, String rationale, String objectives, String evaluation,
                               String problems, String suggestions) {
    }

    /** {@code kind}: quantitative (with {@code targetValue}) or qualitative. Numbers may be written with Thai digits and commas. */
    public record TargetInput(String kind, String description, String targetValue, String unit) {
    }

    public record ResultInput(String resultValue, String resultText) {
    }

    public record ActivityInput(String name, String plannedStart, String plannedEnd, String actualStart, String actualEnd, String responsible) {
    }

    /** {@code category}: compensation, operating, materials; {@code amount} in baht. */
    public record BudgetInput(String category, String description, String amount) {
    }

    /** {@code position}: as /api/v1/accounts names them (teacher, school_director, …). */
    public record TrainingInput(String position, Integer targeted, Integer developed, Integer passed) {
    }

    public record TargetView(long id, String kind, String description, BigDecimal targetValue, String unit, BigDecimal resultValue,
                             String resultText, BigDecimal percent) {
    }

    public record ActivityView(long id, String name, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                               LocalDate actualEnd, String responsible) {
    }

    public record BudgetView(long id, String category, String description, BigDecimal amount) {
    }

    public record TrainingView(long id, String position, int targeted, int developed, int passed) {
    }

    public record ProjectView(long id, String name, String kind, boolean continuing, String owner, int fiscalYear,
                              LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                              String rationale, String objectives, String evaluation, String problems, String suggestions,
                              List<TargetView> targets, List<ActivityView> activities, List<BudgetView> budget,
                              Map<String, BigDecimal> budgetByCategory, BigDecimal budgetTotal, List<TrainingView> trainings,
                              int targeted, int developed, int passed, BigDecimal developedPercent, BigDecimal passRate) {
        static ProjectView of(Project p) {
            return new ProjectView(p.getId(), p.getName(), ContentApi.lower(p.getKind()), p.isContinuing(), p.getOwner().getUsername(),
                    p.getFiscalYear(), p.getPlannedStart(), p.getPlannedEnd(), p.getActualStart(), p.getActualEnd(), p.getRationale(),
                    p.getObjectives(), p.getEvaluation(), p.getProblems(), p.getSuggestions(),
                    p.getTargets().stream().map(t -> new TargetView(t.getId(), ContentApi.lower(t.getKind()), t.getDescription(),
                            t.getTargetValue(), t.getUnit(), t.getResultValue(), t.getResultText(), t.getPercent())).toList(),
                    p.getActivities().stream().map(a -> new ActivityView(a.getId(), a.getName(), a.getPlannedStart(), a.getPlannedEnd(),
                            a.getActualStart(), a.getActualEnd(), a.getResponsible())).toList(),
                    p.getBudgetLines().stream().map(b -> new BudgetView(b.getId(), ContentApi.lower(b.getCategory()), b.getDescription(),
                            b.getAmount().amount())).toList(),
                    p.getBudgetByCategory().entrySet().stream().collect(Collectors.toMap(e -> ContentApi.lower(e.getKey()),
                            e -> e.getValue().amount(), (a, b) -> a, java.util.LinkedHashMap::new)),
                    p.getBudgetTotal().amount(),
                    p.getTrainings().stream().map(t -> new TrainingView(t.getId(), ContentApi.lower(t.getPosition()), t.getTargeted(),
                            t.getDeveloped(), t.getPassed())).toList(),
                    p.getTargetedTotal(), p.getDevelopedTotal(), p.getPassedTotal(), p.getDevelopedPercent(), p.getPassRate());
        }
    }

    @POST
    @Operation(summary = "Add a project (supervisor or admin); 400 names each bad field")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response create(ProjectInput input) {
        return Response.status(201).entity(ProjectView.of(projects.create(head(input)))).build();
    }

    @GET
    @Operation(summary = "Projects, by fiscal year (Buddhist era) when given (staff)")
    public List<ProjectView> list(@QueryParam("fiscalYear") Integer fiscalYear) {
        return projects.list(fiscalYear).stream().map(ProjectView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project with its parts and totals (staff)")
    public ProjectView get(@PathParam("id") long id) {
        return ProjectView.of(projects.read(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change the project form's head (its owner or an admin)")
    public ProjectView update(@PathParam("id") long id, ProjectInput input) {
        return ProjectView.of(projects.update(id, head(input)));
    }

    @POST
    @Path("{id}/targets")
    @Operation(summary = "Add a target")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response target(@PathParam("id") long id, TargetInput in) {
        TargetInput t = in == null ? new TargetInput(null, null, null, null) : in;
        InvalidFields.Collector problems = InvalidFields.collect();
        BigDecimal value = ApiValues.number(t.targetValue(), "targetValue", problems);
        problems.throwIfAny();
        projects.addTarget(id, ApiValues.oneOf(ProjectTarget.Kind.class, t.kind(), "kind", "project.badKind"), t.description(), value, t.unit());
        return Response.status(201).entity(ProjectView.of(projects.read(id))).build();
    }

    @PUT
    @Path("{id}/targets/{targetId}/result")
    @Operation(summary = "Record what a target achieved")
    public ProjectView result(@PathParam("id") long id, @PathParam("targetId") long targetId, ResultInput in) {
        InvalidFields.Collector problems = InvalidFields.collect();
        BigDecimal value = ApiValues.number(in == null ? null : in.resultValue(), "resultValue", problems);
        problems.throwIfAny();
        projects.recordResult(id, targetId, value, in == null ? null : in.resultText());
        return ProjectView.of(projects.read(id));
    }

    @POST
    @Path("{id}/activities")
    @Operation(summary = "Add an activity")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response activity(@PathParam("id") long id, ActivityInput in) {
        ActivityInput a = in == null ? new ActivityInput(null, null, null, null, null, null) : in;
        InvalidFields.Collector problems = InvalidFields.collect();
        LocalDate ps = ApiValues.date(a.plannedStart(), "plannedStart", problems);
        LocalDate pe = ApiValues.date(a.plannedEnd(), "plannedEnd", problems);
        LocalDate as = ApiValues.date(a.actualStart(), "actualStart", problems);
        LocalDate ae = ApiValues.date(a.actualEnd(), "actualEnd", problems);
        problems.throwIfAny();
        projects.addActivity(id, a.name(), ps, pe, as, ae, a.responsible());
        return Response.status(201).entity(ProjectView.of(projects.read(id))).build();
    }

    @POST
    @Path("{id}/budget")
    @Operation(summary = "Add a budget line")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response budget(@PathParam("id") long id, BudgetInput in) {
        BudgetInput b = in == null ? new BudgetInput(null, null, null) : in;
        InvalidFields.Collector problems = InvalidFields.collect();
        BigDecimal amount = ApiValues.number(b.amount(), "amount", problems);
        problems.throwIfAny();
        projects.addBudgetLine(id, ApiValues.oneOf(BudgetCategory.class, b.category(), "category", "project.badCategory"), b.description(), amount);
        return Response.status(201).entity(ProjectView.of(projects.read(id))).build();
    }

    @POST
    @Path("{id}/trainings")
    @Operation(summary = "Add a line of training tracking: a position, how many targeted, developed and passed")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response training(@PathParam("id") long id, TrainingInput in) {
        TrainingInput t = in == null ? new TrainingInput(null, null, null, null) : in;
        projects.addTraining(id, ApiValues.oneOf(Position.class, t.position(), "position", "project.badPosition"),
                t.targeted() == null ? 0 : t.targeted(), t.developed() == null ? 0 : t.developed(), t.passed() == null ? 0 : t.passed());
        return Response.status(201).entity(ProjectView.of(projects.read(id))).build();
    }

    @DELETE
    @Path("{id}/{part:targets|activities|budget|trainings}/{partId}")
    @Operation(summary = "Remove a target, activity, budget line or training line")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response remove(@PathParam("id") long id, @PathParam("part") String part, @PathParam("partId") long partId) {
        projects.removePart(id, part, partId);
        return Response.noContent().build();
    }

    private static Project.Head head(ProjectInput input) {
        ProjectInput in = input == null ? new ProjectInput(null, null, null, null, null, null, null, null, null, null, null, null, null) : input;
        InvalidFields.Collector problems = InvalidFields.collect();
        ProjectKind kind = ApiValues.oneOf(ProjectKind.class, in.kind(), "kind", "project.badKind", problems);
        LocalDate ps = ApiValues.date(in.plannedStart(), "plannedStart", problems);
        LocalDate pe = ApiValues.date(in.plannedEnd(), "plannedEnd", problems);
        LocalDate as = ApiValues.date(in.actualStart(), "actualStart", problems);
        LocalDate ae = ApiValues.date(in.actualEnd(), "actualEnd", problems);
        int year = in.fiscalYear() != null ? in.fiscalYear()
                : ps != null ? th.nithet.platform.time.FiscalYear.of(ps).buddhistYear() : 0;
        // the project's own rules too, so that a script hears of every problem in one answer
        return ProjectService.checked(new Project.Head(in.name(), kind, Boolean.TRUE.equals(in.continuing()), year, ps, pe, as, ae,
                in.rationale(), in.objectives(), in.evaluation(), in.problems(), in.suggestions()), problems);
    }
}
