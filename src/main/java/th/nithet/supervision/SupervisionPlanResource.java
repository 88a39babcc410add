package th.nithet.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.time.FiscalYear;

import java.util.List;

/** {@code /api/v1/supervision-plans}: the supervisors' yearly plans and planned-versus-held (staff). */
@ApplicationScoped
@Path("supervision-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "supervision-plans", description = "Supervision plans (แผนการนิเทศ)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class SupervisionPlanResource {

    @Inject
    SupervisionPlans plans;

    /** {@code fiscalYear}: Buddhist era (2570 = 1 Oct 2026 – 30 Sep 2027); {@code month}: 1–12; {@code supervisor}: for admins. */
    public record LineInput(Integer fiscalYear, Integer month, Long schoolId, String topic, String supervisor) {
    }

    public record LineView(long id, String supervisor, int fiscalYear, int month, String yearMonth, long schoolId, String school,
                           String topic, boolean held) {
        static LineView of(SupervisionPlans.Line l) {
            PlannedSupervision p = l.planned();
            return new LineView(p.getId(), p.getSupervisor().getUsername(), p.getFiscalYear(), p.getMonth(), p.getYearMonth().toString(),
                    p.getSchool().getId(), p.getSchool().getName(), p.getTopic(), l.held());
        }
    }

    public record TallyView(String name, int planned, int held, int percent) {
        static TallyView of(SupervisionPlans.Tally t) {
            return new TallyView(t.name(), t.planned(), t.held(), t.getPercent());
        }
    }

    @Schema(name = "PlanSchoolView")

    public record SchoolView(long id, String name) {
    }

    public record ProgressView(int fiscalYear, int planned, int held, int percent, List<LineView> lines, List<TallyView> bySupervisor,
                               List<TallyView> byNetwork, List<TallyView> bySchool, List<SchoolView> notReached) {
    }

    @GET
    @Operation(summary = "A fiscal year's plan (one supervisor's, or everyone's) with planned vs held, and the schools not reached yet")
    public ProgressView progress(@QueryParam("fiscalYear") Integer fiscalYear, @QueryParam("supervisor") String supervisor) {
        SupervisionPlans.Progress p = plans.progress(fiscalYear == null ? FiscalYear.current().buddhistYear() : fiscalYear, supervisor);
        return new ProgressView(p.fiscalYear(), p.total().planned(), p.total().held(), p.total().getPercent(),
                p.lines().stream().map(LineView::of).toList(), p.bySupervisor().stream().map(TallyView::of).toList(),
                p.byNetwork().stream().map(TallyView::of).toList(), p.bySchool().stream().map(TallyView::of).toList(),
                p.notReached().stream().map(s -> new SchoolView(s.getId(), s.getName())).toList());
    }

    @POST
    @Operation(summary = "Plan a supervision: a school and topic in a month (a supervisor's own plan; admins anyone's)")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = LineView.class)))
    public Response add(LineInput input) {
        LineInput in = input == null ? new LineInput(null, null, null, null, null) : input;
        PlannedSupervision p = plans.add(in.supervisor(), in.fiscalYear() == null ? FiscalYear.current().buddhistYear() : in.fiscalYear(),
                in.month() == null ? 0 : in.month(), in.schoolId(), in.topic());
        return Response.status(201).entity(LineView.of(new SupervisionPlans.Line(p, false))).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Take a line off a plan")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response remove(@PathParam("id") long id) {
        plans.remove(id);
        return Response.noContent().build();
    }
}
