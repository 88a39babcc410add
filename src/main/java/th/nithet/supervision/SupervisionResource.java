package th.nithet.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.content.api.ContentApi;
import th.nithet.people.Account;
import th.nithet.platform.api.ApiAccess;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.api.ApiValues;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.security.Role;
import th.nithet.platform.time.ThaiDates;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/supervisions}: online supervision threads — open, read (participants, the school's
 * director and staff only; 403 for anyone else), messages, coaching steps, done, close, the record.
 */
@ApplicationScoped
@Path("supervisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "supervisions", description = "Online supervision (การนิเทศออนไลน์)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class SupervisionResource {

    @Inject
    SupervisionService supervisions;

    @Inject
    SupervisionFollowUps followUps;

    @Inject
    SecurityContext security;

    @Inject
    th.nithet.organisation.AreaOffice office;

    @Context
    UriInfo uri;

    /** {@code topic} and {@code purpose} (HTML or text); {@code schoolId} and/or {@code participants} (user names). */
    /** {@code projectId}: the project it serves; {@code indicatorId}: the indicator it is evidence for (both optional). */
    public record SupervisionInput(String topic, String purpose, Long schoolId, List<String> participants, List<String> learningAreas,
                                   Long projectId, Long indicatorId) {
    }

    public record MessageInput(String body) {
    }

    /** {@code kind}: plan, observation, feedback, action, follow_up; dates as people write them; {@code dueOn} for an action. */
    public record StepInput(String kind, String text, String happenedOn, String dueOn) {
    }

    public record Person(String username, String displayName) {
        static Person of(Account a) {
            return new Person(a.getUsername(), a.getDisplayName());
        }
    }

    public record MessageView(long id, Person author, String body, Instant createdAt) {
    }

    @Schema(name = "SupervisionStepView")

    public record StepView(long id, String kind, String text, LocalDate happenedOn, LocalDate dueOn, Instant doneAt, Person recordedBy) {
        static StepView of(CoachingStep c) {
            return new StepView(c.getId(), ContentApi.lower(c.getKind()), c.getText(), c.getHappenedOn(), c.getDueOn(), c.getDoneAt(),
                    Person.of(c.getRecordedBy()));
        }
    }

    public record SupervisionView(long id, String type, String url, String recordUrl, String topic, String purpose, Long schoolId,
                                  String school, Long projectId, Long indicatorId, List<Person> participants, List<String> learningAreas, String state,
                                  Person supervisor, Instant openedAt, Instant lastActivityAt, List<MessageView> messages,
                                  List<StepView> steps) {
    }

    @POST
    @Operation(summary = "Open a supervision with a school and/or teachers (supervisor or admin); they are notified")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = SupervisionView.class)))
    public Response open(SupervisionInput input) {
        Supervision s = supervisions.open(draft(input));
        SupervisionView view = view(s, false);
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Operation(summary = "The caller's supervisions, those with an overdue follow-up first (staff: all=true for every one)")
    public List<SupervisionView> mine(@QueryParam("all") @DefaultValue("false") boolean all) {
        return supervisions.mine(all).stream().map(s -> view(s, false)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One supervision with its messages and steps; 403 for anyone but its people and staff")
    public SupervisionView get(@PathParam("id") long id) {
        return view(supervisions.read(id), true);
    }

    @GET
    @Path("{id}/record")
    @Produces("application/pdf")
    @Operation(summary = "The supervision record (บันทึกการนิเทศ) as PDF, for those who may see the supervision")
    @APIResponse(responseCode = "200", description = "The supervision record as PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response record(@PathParam("id") long id) {
        Supervision s = supervisions.read(id);
        byte[] pdf = SupervisionRecord.pdf(office.name(), s, supervisions.steps(id), ThaiDates.today());
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"supervision-" + id + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change the topic, purpose, school or participants (supervisor or admin)")
    public SupervisionView update(@PathParam("id") long id, SupervisionInput input) {
        return view(supervisions.update(id, draft(input)), true);
    }

    @POST
    @Path("{id}/messages")
    @Operation(summary = "Write in the conversation (either side); the other side is notified")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = MessageView.class)))
    public Response post(@PathParam("id") long id, MessageInput input) {
        SupervisionMessage m = supervisions.post(id, input == null ? null : input.body());
        return Response.status(201).entity(new MessageView(m.getId(), Person.of(m.getAuthor()), m.getBodyHtml(), m.getCreatedAt())).build();
    }

    @POST
    @Path("{id}/steps")
    @Operation(summary = "Record a coaching step (supervisor or admin)")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = StepView.class)))
    public Response record(@PathParam("id") long id, StepInput input) {
        StepInput in = input == null ? new StepInput(null, null, null, null) : input;
        StepKind kind = ApiValues.oneOf(StepKind.class, in.kind(), "kind", "supervision.badKind");
        InvalidFields.Collector problems = InvalidFields.collect();
        LocalDate happened = ApiValues.date(in.happenedOn(), "happenedOn", problems);
        LocalDate due = ApiValues.date(in.dueOn(), "dueOn", problems);
        problems.throwIfAny();
        return Response.status(201).entity(StepView.of(supervisions.record(id, kind, in.text(), happened, due))).build();
    }

    @POST
    @Path("steps/{stepId}/done")
    @Operation(summary = "Mark an agreed action done (either side)")
    public StepView done(@PathParam("stepId") long stepId) {
        return StepView.of(supervisions.done(stepId));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a supervision (supervisor or admin)")
    public SupervisionView close(@PathParam("id") long id) {
        return view(supervisions.close(id), false);
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Open a closed supervision again (supervisor or admin)")
    public SupervisionView reopen(@PathParam("id") long id) {
        return view(supervisions.reopen(id), false);
    }

    @POST
    @Path("follow-ups")
    @Operation(summary = "Look for overdue agreed actions now (admin); answers how many were found")
    public int followUps() {
        ApiAccess.require(security, Role.ADMIN);
        return followUps.run();
    }

    private static SupervisionDraft draft(SupervisionInput input) {
        SupervisionInput in = input == null ? new SupervisionInput(null, null, null, null, null, null, null) : input;
        return new SupervisionDraft(ContentApi.draft(in.topic(), in.purpose(), null, in.learningAreas(), null, null), in.schoolId(),
                in.participants(), in.projectId(), in.indicatorId());
    }

    private SupervisionView view(Supervision s, boolean full) {
        String page = ContentApi.url(uri, s);
        return new SupervisionView(s.getId(), s.type().apiName(), page,
                uri.getBaseUri().resolve("../../supervision-records/" + s.getId() + ".pdf").toString(), s.getTitle(), s.getBodyHtml(),
                s.getSchool() == null ? null : s.getSchool().getId(), s.getSchool() == null ? null : s.getSchool().getName(),
                s.getProject() == null ? null : s.getProject().getId(), s.getIndicator() == null ? null : s.getIndicator().getId(),
                s.getParticipantsByName().stream().map(Person::of).toList(), ContentApi.learningAreaCodes(s),
                ContentApi.lower(s.getState()), Person.of(s.getAuthor()), s.getPublishAt(), s.getLastActivityAt(),
                full ? supervisions.messages(s.getId()).stream().map(m -> new MessageView(m.getId(), Person.of(m.getAuthor()),
                        m.getBodyHtml(), m.getCreatedAt())).toList() : null,
                full ? supervisions.steps(s.getId()).stream().map(StepView::of).toList() : null);
    }
}
