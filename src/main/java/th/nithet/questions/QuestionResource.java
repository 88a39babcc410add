package th.nithet.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
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
import th.nithet.platform.api.ApiAccess;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.security.Role;
import th.nithet.search.SearchService;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/questions}: Q&A for scripts and apps — ask, read, list, answer, edit an answer
 * (its history kept), vote, accept, follow, assign, the supervisors' queue and response times.
 */
@ApplicationScoped
@Path("questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "questions", description = "Q&A (ถาม-ตอบ)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class QuestionResource {

    @Inject
    QuestionService questions;

    @Inject
    QuestionEscalation escalation;

    @Inject
    SearchService search;

    @Inject
    SecurityContext security;

    @Context
    UriInfo uri;

    /** A question as scripts ask it; {@code body}: HTML (cleaned) or plain text; {@code visibility}: public (default), members, staff. */
    @Schema(name = "QuestionInput")
    public record QuestionInput(String title, String body, List<String> tags, List<String> learningAreas, String visibility) {
    }

    @Schema(name = "QuestionAnswerInput")

    public record AnswerInput(String body) {
    }

    public record AssignInput(String supervisor) {
    }

    public record AnswerView(long id, long questionId, String body, ContentApi.Author author, int votes, boolean accepted,
                             Instant createdAt, Instant updatedAt) {
        static AnswerView of(Answer a) {
            return new AnswerView(a.getId(), a.getQuestion().getId(), a.getBodyHtml(),
                    new ContentApi.Author(a.getAuthor().getUsername(), a.getAuthor().getDisplayName()), a.getVoteCount(),
                    a.isAccepted(), a.getCreatedAt(), a.getUpdatedAt());
        }
    }

    public record QuestionView(long id, String type, String url, String title, String body, List<String> tags,
                               List<String> learningAreas, String visibility, String status, ContentApi.Author author,
                               Instant askedAt, int answerCount, Long acceptedAnswerId, int votes, long viewCount,
                               String assignedTo, Instant firstAnsweredAt, Instant escalatedAt, List<AnswerView> answers) {
    }

    @Schema(name = "QuestionPage")

    public record Page(long total, List<QuestionView> items) {
    }

    @Schema(name = "QuestionVersionView")

    public record VersionView(int number, String body, String editor, Instant editedAt) {
    }

    public record QueueItem(long id, String title, String url, String asker, String school, String network,
                            List<String> learningAreas, Instant askedAt, long waitingMinutes, String assignedTo,
                            Instant escalatedAt) {
    }

    public record ResponseTimesView(long questions, long answered, long accepted, Long medianMinutesToFirstAnswer,
                                    Long medianMinutesToAccepted) {
    }

    public record SimilarView(long id, String title, String url) {
    }

    @POST
    @Operation(summary = "Ask a question (signed in)", description = "Answers 201 with the question; 400 names each bad field.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = QuestionView.class)))
    public Response ask(QuestionInput input) {
        QuestionInput in = input == null ? new QuestionInput(null, null, null, null, null) : input;
        Question q = questions.ask(ContentApi.draft(in.title(), in.body(), in.tags(), in.learningAreas(), in.visibility(), null));
        QuestionView view = view(q, false);
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Operation(summary = "Live questions the caller may read",
            description = "view: newest (default), unanswered (oldest first), votes, mine, following; learningArea: a code.")
    public Page list(@QueryParam("view") @DefaultValue("newest") String view, @QueryParam("learningArea") String area,
                     @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
        QuestionService.View v = view(view);
        return new Page(questions.count(v, area), questions.list(v, area, offset, limit).stream().map(q -> view(q, false)).toList());
    }

    @GET
    @Path("similar")
    @Operation(summary = "Questions like a title being typed (to avoid asking twice)")
    public List<SimilarView> similar(@QueryParam("title") String title) {
        return search.similar(title, "question", 5).stream()
                .map(s -> new SimilarView(s.id(), s.title(), uri.getBaseUri().resolve("../.." + s.path()).toString())).toList();
    }

    @GET
    @Path("queue")
    @Operation(summary = "Unanswered questions, oldest first (supervisor or admin); all=true for every one, not only mine")
    public List<QueueItem> queue(@QueryParam("all") @DefaultValue("false") boolean all) {
        Instant now = Instant.now();
        return questions.queue(all).stream().map(q -> new QueueItem(q.getId(), q.getTitle(), ContentApi.url(uri, q),
                q.getAuthor().getUsername(),
                q.getAuthor().getSchool() == null ? null : q.getAuthor().getSchool().getName(),
                q.getAuthor().getSchool() == null || q.getAuthor().getSchool().getNetwork() == null ? null
                        : q.getAuthor().getSchool().getNetwork().getName(),
                ContentApi.learningAreaCodes(q), q.getPublishAt(), q.waiting(now).toMinutes(),
                q.getAssignedTo() == null ? null : q.getAssignedTo().getUsername(), q.getEscalatedAt())).toList();
    }

    @GET
    @Path("response-times")
    @Operation(summary = "Median time to the first answer and to an accepted answer (supervisor or admin)")
    public ResponseTimesView responseTimes() {
        QuestionService.ResponseTimes t = questions.responseTimes();
        return new ResponseTimesView(t.questions(), t.answered(), t.accepted(),
                t.medianToFirstAnswer() == null ? null : t.medianToFirstAnswer().toMinutes(),
                t.medianToAccepted() == null ? null : t.medianToAccepted().toMinutes());
    }

    @POST
    @Path("escalations")
    @Operation(summary = "Escalate now every question unanswered for longer than NITHET_QA_ESCALATE_HOURS (admin); answers how many")
    public int escalate() {
        ApiAccess.require(security, Role.ADMIN);
        return escalation.run();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A question with its answers (accepted first, then by votes)")
    public QuestionView get(@PathParam("id") long id) {
        return view(questions.read(id), true);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a question (its asker, or staff); fields left out keep their value")
    public QuestionView update(@PathParam("id") long id, QuestionInput input) {
        Question current = questions.read(id);
        QuestionInput in = input == null ? new QuestionInput(null, null, null, null, null) : input;
        return view(questions.update(id, ContentApi.draft(in.title(), in.body(), in.tags(), in.learningAreas(), in.visibility(),
                current)), true);
    }

    @POST
    @Path("{id}/answers")
    @Operation(summary = "Answer a question (signed in); the asker and followers are notified")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = AnswerView.class)))
    public Response answer(@PathParam("id") long id, AnswerInput input) {
        Answer answer = questions.answer(id, input == null ? null : input.body());
        return Response.status(201).entity(AnswerView.of(answer)).build();
    }

    @PUT
    @Path("answers/{answerId}")
    @Operation(summary = "Change an answer (its author, or staff); the earlier text stays in its history")
    public AnswerView editAnswer(@PathParam("answerId") long answerId, AnswerInput input) {
        return AnswerView.of(questions.editAnswer(answerId, input == null ? null : input.body()));
    }

    @GET
    @Path("answers/{answerId}/versions")
    @Operation(summary = "Every text an answer has had, newest first")
    public List<VersionView> history(@PathParam("answerId") long answerId) {
        return questions.history(answerId).stream().map(v -> new VersionView(v.getNumber(), v.getBodyHtml(),
                v.getEditor().getUsername(), v.getEditedAt())).toList();
    }

    @POST
    @Path("answers/{answerId}/vote")
    @Operation(summary = "Vote an answer up (once per person; not one's own); answers the votes")
    public int vote(@PathParam("answerId") long answerId) {
        return questions.vote(answerId, true);
    }

    @DELETE
    @Path("answers/{answerId}/vote")
    @Operation(summary = "Take one's vote back; answers the votes")
    public int unvote(@PathParam("answerId") long answerId) {
        return questions.vote(answerId, false);
    }

    @POST
    @Path("answers/{answerId}/accept")
    @Operation(summary = "Accept an answer (the asker, or staff); its author is notified")
    public AnswerView accept(@PathParam("answerId") long answerId) {
        return AnswerView.of(questions.accept(answerId));
    }

    @POST
    @Path("{id}/follow")
    @Operation(summary = "Follow a question: be notified of new answers")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response follow(@PathParam("id") long id) {
        questions.follow(id, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/follow")
    @Operation(summary = "Stop following a question")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response unfollow(@PathParam("id") long id) {
        questions.follow(id, false);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/assign")
    @Operation(summary = "Give a question to a supervisor, who is notified (supervisor or admin); an empty supervisor takes it back")
    public QuestionView assign(@PathParam("id") long id, AssignInput input) {
        return view(questions.assign(id, input == null ? null : input.supervisor()), false);
    }

    private static QuestionService.View view(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "", "newest" -> QuestionService.View.NEWEST;
            case "unanswered" -> QuestionService.View.UNANSWERED;
            case "votes", "most-voted" -> QuestionService.View.MOST_VOTED;
            case "mine" -> QuestionService.View.MINE;
            case "following" -> QuestionService.View.FOLLOWING;
            default -> {
                InvalidFields.collect().check(false, "view", "qa.badView", name).throwIfAny();
                yield null;
            }
        };
    }

    private QuestionView view(Question q, boolean withAnswers) {
        return new QuestionView(q.getId(), q.type().apiName(), ContentApi.url(uri, q), q.getTitle(), q.getBodyHtml(),
                q.getTagNames(), ContentApi.learningAreaCodes(q), ContentApi.lower(q.getVisibility()), ContentApi.lower(q.getStatus()),
                ContentApi.Author.of(q), q.getPublishAt(), q.getAnswerCount(), q.getAcceptedAnswerId(), q.getLikeCount(),
                q.getViewCount(), q.getAssignedTo() == null ? null : q.getAssignedTo().getUsername(), q.getFirstAnsweredAt(),
                q.getEscalatedAt(), withAnswers ? questions.answers(q.getId()).stream().map(AnswerView::of).toList() : null);
    }
}
