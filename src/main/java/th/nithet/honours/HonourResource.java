package th.nithet.honours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.api.ApiValues;
import th.nithet.platform.time.ThaiDates;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** {@code /api/v1/honours}: the honour roll, recording awards (staff), and checking a certificate's code. */
@ApplicationScoped
@Path("honours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "honours", description = "Honours (ประกาศเกียรติคุณ) and certificates")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class HonourResource {

    @Inject
    HonourService honours;

    @Context
    UriInfo uri;

    /**
     * An award as staff record it. {@code title}: the award; {@code citation}: why (HTML or text);
     * {@code level}: school, network, area, province, region, national, international; {@code awardedOn}:
     * a date as people write it (2569-06-01, 1/6/2569, 1 มิ.ย. 2569 or 2026-06-01).
     */
    public record HonourInput(String title, String citation, String recipientName, String recipientUsername,
                              Long recipientSchoolId, String level, String awardedOn, Long practiceId) {
    }

    public record HonourView(long id, String type, String url, String title, String citation, String recipientName,
                             String recipientUsername, Long recipientSchoolId, String level, LocalDate awardedOn,
                             int awardedYear, Long practiceId, String verificationCode, String verificationUrl,
                             String certificateUrl, String status) {
    }

    /** What the public verification says: only what the certificate itself shows. */
    public record Verification(boolean valid, String title, String recipientName, String level, LocalDate awardedOn, String url) {
    }

    @GET
    @Operation(summary = "The honour roll, newest award first; year: a Buddhist-era year (by award date)")
    public List<HonourView> roll(@QueryParam("year") Integer year) {
        return honours.roll(year).stream().map(this::view).toList();
    }

    @POST
    @Operation(summary = "Record an honour (supervisor or admin)", description = "Answers 201; 400 names each bad field.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = HonourView.class)))
    public Response record(HonourInput input) {
        Honour h = honours.record(draft(input));
        HonourView view = view(h);
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One honour")
    public HonourView get(@PathParam("id") long id) {
        return view(honours.read(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct an honour (supervisor or admin); its verification code stays")
    public HonourView update(@PathParam("id") long id, HonourInput input) {
        return view(honours.update(id, draft(input)));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw an honour (supervisor or admin): off the roll, and its code no longer verifies")
    public HonourView withdraw(@PathParam("id") long id) {
        return view(honours.withdraw(id));
    }

    @GET
    @Path("verify/{code}")
    @Operation(summary = "Check a certificate's verification code (anyone); 404 when it does not stand")
    public Verification verify(@PathParam("code") String code) {
        Honour h = honours.verify(code).orElseThrow(NotFoundException::new);
        return new Verification(true, h.getTitle(), h.getRecipientName(), ContentApi.lower(h.getLevel()), h.getAwardedOn(),
                ContentApi.url(uri, h));
    }

    private static HonourDraft draft(HonourInput input) {
        HonourInput in = input == null ? new HonourInput(null, null, null, null, null, null, null, null) : input;
        InvalidFields.Collector problems = InvalidFields.collect();
        AwardLevel level = null;
        try {
            level = ApiValues.oneOf(AwardLevel.class, in.level(), "level", "honour.badLevel");
        } catch (InvalidFields e) {
            problems.check(false, "level", "honour.badLevel", in.level()); // said with the date's problem, if any
        }
        LocalDate awardedOn = ApiValues.date(in.awardedOn(), "awardedOn", problems);
        problems.throwIfAny();
        return new HonourDraft(ContentApi.draft(in.title(), in.citation(), null, null, null, null), in.recipientName(),
                in.recipientUsername(), in.recipientSchoolId(), level, awardedOn, in.practiceId());
    }

    private HonourView view(Honour h) {
        String page = ContentApi.url(uri, h);
        return new HonourView(h.getId(), h.type().apiName(), page, h.getTitle(), h.getBodyHtml(), h.getRecipientName(),
                h.getRecipientAccount() == null ? null : h.getRecipientAccount().getUsername(),
                h.getRecipientSchool() == null ? null : h.getRecipientSchool().getId(), ContentApi.lower(h.getLevel()),
                h.getAwardedOn(), ThaiDates.buddhistYear(h.getAwardedOn()),
                h.getPractice() == null ? null : h.getPractice().getId(), h.getVerificationCode(),
                uri.getBaseUri().resolve("../.." + h.getVerificationPath()).toString(),
                uri.getBaseUri().resolve("../../certificates/" + h.getId() + ".pdf").toString(),
                ContentApi.lower(h.getStatus()));
    }
}
