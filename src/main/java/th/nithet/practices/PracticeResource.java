package th.nithet.practices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.content.api.ContentApi;
import th.nithet.content.ContentDraft;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.api.ApiValues;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/practices}: best practices and their review — write, submit, review (return,
 * publish, reject), history, rate, feature, and lists (published, mine, awaiting review).
 */
@ApplicationScoped
@Path("practices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "practices", description = "Best practices (ผลงานครู) and their review")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class PracticeResource {

    @Inject
    PracticeService practices;

    @Context
    UriInfo uri;

    /**
     * A practice as scripts write it. {@code body}: what was done; {@code problem}, {@code results}: HTML
     * or plain text; {@code level}: early_childhood, primary, lower_secondary, upper_secondary.
     */
    public record PracticeInput(String title, String summary, String problem, String body, String results,
                                List<String> learningAreas, String level, List<String> tags, List<String> videoLinks,
                                String visibility) {
    }

    public record ReviewInput(String decision, String comment) {
    }

    public record RatingInput(int stars) {
    }

    public record PracticeView(long id, String type, String url, String title, String summary, String problem, String body,
                               String results, List<String> learningAreas, String level, List<String> tags,
                               List<String> videoLinks, String visibility, String state, ContentApi.Author author,
                               boolean featured, double rating, int ratingCount, long viewCount, Instant submittedAt,
                               Instant publishAt, Instant updatedAt) {
    }

    @Schema(name = "PracticeStepView")

    public record StepView(String action, String actor, String comment, Instant at) {
    }

    @Schema(name = "PracticePage")

    public record Page(long total, List<PracticeView> items) {
    }

    @POST
    @Operation(summary = "Write a practice as a draft (signed in)", description = "Answers 201; 400 names each bad field.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = PracticeView.class)))
    public Response create(PracticeInput input) {
        Practice p = practices.create(draft(input, null));
        PracticeView view = view(p);
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Operation(summary = "Published practices the caller may read",
            description = "learningArea: a code; level; featured=true; sort=rating for the best rated first.")
    public Page list(@QueryParam("learningArea") String area, @QueryParam("level") String level,
                     @QueryParam("featured") Boolean featured, @QueryParam("sort") @DefaultValue("newest") String sort,
                     @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
        PracticeService.Filter filter = new PracticeService.Filter(area == null || area.isBlank() ? null : area.strip(), level(level), featured);
        return new Page(practices.count(filter), practices.list(filter, "rating".equalsIgnoreCase(sort), offset, limit)
                .stream().map(this::view).toList());
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own practices in every state")
    public List<PracticeView> mine() {
        return practices.mine().stream().map(this::view).toList();
    }

    @GET
    @Path("submitted")
    @Operation(summary = "Practices awaiting review, the longest waiting first (supervisor or admin)")
    public List<PracticeView> submitted() {
        return practices.submitted().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One practice: published ones for readers; drafts for their author and staff only (404 otherwise)")
    public PracticeView get(@PathParam("id") long id) {
        return view(practices.read(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a practice (its author while draft or returned; staff); fields left out keep their value")
    public PracticeView update(@PathParam("id") long id, PracticeInput input) {
        Practice current = practices.read(id);
        return view(practices.update(id, draft(input, current)));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit for review (its author); responsible supervisors are notified")
    public PracticeView submit(@PathParam("id") long id) {
        return view(practices.submit(id));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Decide on a submitted practice (supervisor or admin, not its author)",
            description = "decision: return | publish | reject; return and reject need a comment. The author is notified.")
    public PracticeView review(@PathParam("id") long id, ReviewInput input) {
        Practice.Decision decision = ApiValues.oneOf(Practice.Decision.class,
                input == null ? null : input.decision(), "decision", "practice.badDecision");
        return view(practices.review(id, decision, input == null ? null : input.comment()));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who did what to the practice, oldest first (its author and staff)")
    public List<StepView> history(@PathParam("id") long id) {
        return practices.history(id).stream().map(s -> new StepView(s.getAction().name().toLowerCase(Locale.ROOT),
                s.getActor().getUsername(), s.getComment(), s.getCreatedAt())).toList();
    }

    @PUT
    @Path("{id}/rating")
    @Operation(summary = "Rate a published practice 1–5 (once per person; again changes it; not one's own)")
    public PracticeView rate(@PathParam("id") long id, RatingInput input) {
        return view(practices.rate(id, input == null ? 0 : input.stars()));
    }

    @POST
    @Path("{id}/feature")
    @Operation(summary = "Feature a published practice on the home page (supervisor or admin)")
    public PracticeView feature(@PathParam("id") long id) {
        return view(practices.feature(id, true));
    }

    @DELETE
    @Path("{id}/feature")
    @Operation(summary = "Stop featuring a practice (supervisor or admin)")
    public PracticeView unfeature(@PathParam("id") long id) {
        return view(practices.feature(id, false));
    }

    static SchoolLevel level(String value) {
        return ApiValues.oneOf(SchoolLevel.class, value, "level", "practice.badLevel");
    }

    private static PracticeDraft draft(PracticeInput input, Practice current) {
        PracticeInput in = input == null ? new PracticeInput(null, null, null, null, null, null, null, null, null, null) : input;
        boolean update = current != null;
        ContentDraft content = ContentApi.draft(in.title(), in.body(), in.tags(), in.learningAreas(), in.visibility(), current);
        return new PracticeDraft(content,
                in.summary() != null || !update ? in.summary() : current.getSummary(),
                in.problem() != null || !update ? in.problem() : current.getProblemHtml(),
                in.results() != null || !update ? in.results() : current.getResultsHtml(),
                in.level() != null || !update ? level(in.level()) : current.getLevel(),
                in.videoLinks() != null || !update ? in.videoLinks() : current.getVideoLinks());
    }

    private PracticeView view(Practice p) {
        return new PracticeView(p.getId(), p.type().apiName(), ContentApi.url(uri, p), p.getTitle(), p.getSummary(),
                p.getProblemHtml(), p.getBodyHtml(), p.getResultsHtml(), ContentApi.learningAreaCodes(p), ContentApi.lower(p.getLevel()),
                p.getTagNames(), p.getVideoLinks(), ContentApi.lower(p.getVisibility()), ContentApi.lower(p.getState()),
                ContentApi.Author.of(p), p.isFeatured(), p.getRating(), p.getRatingCount(), p.getViewCount(), p.getSubmittedAt(),
                p.getPublishAt(), p.getUpdatedAt());
    }
}
