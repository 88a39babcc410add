package th.nithet.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.content.api.ContentApi;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.api.ApiValues;
import th.nithet.platform.spreadsheet.Table;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/surveys}: assessment forms — build, send, answer once, results (mean, levels, response rate), export. */
@ApplicationScoped
@Path("surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "surveys", description = "Assessment forms (แบบประเมินออนไลน์)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class SurveyResource {

    @Inject
    SurveyService surveys;

    /** {@code kind}: likert (1–5), choice (with {@code choices}), text. */
    @Schema(name = "SurveyQuestionInput")
    public record QuestionInput(String kind, String text, List<String> choices, Boolean required) {
    }

    /** What it assesses, at most one: {@code targetId} (a supervision or practice), {@code activityId} or {@code trainingId} (of a project). */
    public record SurveyInput(String title, String description, Boolean anonymous, Long targetId, Long activityId, Long trainingId,
                              List<QuestionInput> questions) {
    }

    public record OpenInput(List<String> invitees) {
    }

    /** {@code answers}: question id (as JSON keys are, a string) → a level "1"–"5", a choice, or text. */
    @Schema(name = "SurveyAnswerInput")
    public record AnswerInput(Map<String, String> answers) {
    }

    @Schema(name = "SurveyQuestionView")

    public record QuestionView(long id, int position, String kind, String text, List<String> choices, boolean required) {
    }

    public record SurveyView(long id, String title, String description, boolean anonymous, Long targetId, Long activityId,
                             Long trainingId, Long projectId, String state, String owner, List<QuestionView> questions) {
        static SurveyView of(Survey s) {
            return new SurveyView(s.getId(), s.getTitle(), s.getDescription(), s.isAnonymous(),
                    s.getTarget() == null ? null : s.getTarget().getId(), s.getActivity() == null ? null : s.getActivity().getId(),
                    s.getTraining() == null ? null : s.getTraining().getId(), s.getProject() == null ? null : s.getProject().getId(),
                    ContentApi.lower(s.getState()), s.getOwner().getUsername(),
                    s.getQuestions().stream().map(q -> new QuestionView(q.getId(), q.getPosition(), ContentApi.lower(q.getKind()),
                            q.getText(), q.getChoices(), q.isRequired())).toList());
        }
    }

    public record QuestionResultView(long id, int position, String kind, String text, long answered, BigDecimal mean,
                                     List<Long> levels, Map<String, Long> choices, List<String> texts) {
    }

    public record ResultsView(long invited, long responded, BigDecimal responseRate, List<QuestionResultView> questions) {
    }

    @POST
    @Operation(summary = "Build a form (supervisor or admin); 400 names each bad field")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = SurveyView.class)))
    public Response create(SurveyInput input) {
        return Response.status(201).entity(SurveyView.of(surveys.create(draft(input)))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a draft form (its owner or an admin)")
    public SurveyView update(@PathParam("id") long id, SurveyInput input) {
        return SurveyView.of(surveys.update(id, draft(input)));
    }

    @GET
    @Operation(summary = "Forms: mine=answer (default) those sent to the caller and not answered yet; mine=owned every form (staff)")
    public List<SurveyView> list(@QueryParam("mine") @DefaultValue("answer") String mine) {
        return ("owned".equals(mine) ? surveys.owned() : surveys.toAnswer()).stream().map(SurveyView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One form with its questions (its owner, staff, or the people it was sent to)")
    public SurveyView get(@PathParam("id") long id) {
        return SurveyView.of(surveys.read(id));
    }

    @POST
    @Path("{id}/open")
    @Operation(summary = "Send the form (user names; none: the participants of the supervision it assesses); they are notified")
    public SurveyView open(@PathParam("id") long id, OpenInput input) {
        return SurveyView.of(surveys.open(id, input == null ? null : input.invitees()));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close the form to answers")
    public SurveyView close(@PathParam("id") long id) {
        return SurveyView.of(surveys.close(id));
    }

    @POST
    @Path("{id}/responses")
    @Operation(summary = "Answer the form, once per person")
    @APIResponse(responseCode = "201", description = "The response is recorded; no body")
    public Response answer(@PathParam("id") long id, AnswerInput input) {
        Map<Long, String> answers = new HashMap<>();
        if (input != null && input.answers() != null) {
            input.answers().forEach((question, value) -> {
                if (question != null && question.strip().matches("[0-9]{1,18}")) {
                    answers.put(Long.parseLong(question.strip()), value);
                }
            });
        }
        surveys.answer(id, answers);
        return Response.status(201).build();
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "Results: per question the count, Likert mean and levels 1–5, choice counts, texts; the response rate (staff)")
    public ResultsView results(@PathParam("id") long id) {
        SurveyResults r = surveys.results(id);
        return new ResultsView(r.invited(), r.responded(), r.responseRate(), r.questions().stream().map(q -> new QuestionResultView(
                q.question().getId(), q.question().getPosition(), ContentApi.lower(q.question().getKind()), q.question().getText(),
                q.answered(), q.mean(), q.levels(), q.choices(), q.texts())).toList());
    }

    @GET
    @Path("{id}/results/export")
    @Produces({Table.XLSX_TYPE, Table.CSV_TYPE})
    @Operation(summary = "The results as XLSX (format=xlsx, default) or CSV (staff)")
    @APIResponse(responseCode = "200", description = "The results as XLSX (or CSV with format=csv)", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("id") long id, @QueryParam("format") @DefaultValue("xlsx") String format) {
        return surveys.resultsTable(id).response(Table.isXlsx(format));
    }

    private static SurveyDraft draft(SurveyInput input) {
        SurveyInput in = input == null ? new SurveyInput(null, null, null, null, null, null, null) : input;
        List<SurveyDraft.QuestionDraft> questions = in.questions() == null ? List.of() : in.questions().stream()
                .map(q -> new SurveyDraft.QuestionDraft(ApiValues.oneOf(QuestionKind.class, q.kind(), "questions", "survey.badKind"),
                        q.text(), q.choices(), q.required() == null || q.required())).toList();
        return new SurveyDraft(in.title(), in.description(), Boolean.TRUE.equals(in.anonymous()), in.targetId(), in.activityId(),
                in.trainingId(), questions);
    }
}
