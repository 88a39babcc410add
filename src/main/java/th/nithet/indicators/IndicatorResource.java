package th.nithet.indicators;

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
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.api.ApiValues;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.time.FiscalYear;
import th.nithet.reports.ReportTexts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/indicators}: the office's indicators with their values and quality levels now, their
 * monthly snapshots, evidence and report text (staff; defining them: administrators).
 */
@ApplicationScoped
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "indicators", description = "Indicators and quality levels (ตัวชี้วัด ระดับคุณภาพ)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    /**
     * {@code measure}: views, unique_visitors, knowledge_views, active_people_percent, answered_within_48h_percent,
     * supervision_coverage_percent, form_response_percent, staff_developed_percent, staff_passed_percent, practices_published, manual;
     * {@code method}: bands (with {@code bands}: where levels 2, 3 and 4 begin, default [80, 90, 100]) or rubric (with four {@code rubric} texts).
     */
    public record IndicatorInput(Integer fiscalYear, String name, String description, String measure, String target, String unit,
                                 String method, List<String> bands, List<String> rubric) {
    }

    /** {@code value}: of a hand-entered measure; {@code level}: 1–4, of a rubric. */
    public record RecordInput(String value, Integer level) {
    }

    /** {@code kind}: content, survey, project (with {@code refId}) or link (with {@code url} and {@code title}). */
    public record EvidenceInput(String kind, Long refId, String title, String url) {
    }

    public record IndicatorView(long id, int fiscalYear, String name, String description, String measure, boolean percentMeasure,
                                BigDecimal target, String unit, String method, List<BigDecimal> bands, List<String> rubric,
                                BigDecimal value, BigDecimal achievement, Integer level) {
        static IndicatorView of(Indicator i, Indicator.Evaluation e) {
            PercentBands b = i.getBands();
            return new IndicatorView(i.getId(), i.getFiscalYear(), i.getName(), i.getDescription(), ContentApi.lower(i.getMeasure()),
                    i.getMeasure().isPercent(), i.getTarget(), i.getUnit(), ContentApi.lower(i.getMethod()),
                    java.util.stream.Stream.of(b.level2(), b.level3(), b.level4()).map(x -> x.setScale(2, java.math.RoundingMode.HALF_UP)).toList(), i.getMethod() == QualityMethod.RUBRIC ? i.getRubric() : null,
                    e.value(), e.achievement(), e.level());
        }
    }

    public record EvidenceView(long id, String kind, Long refId, String title, String url) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.getId(), ContentApi.lower(e.getKind()), e.getRefId(), e.getTitle(), e.getUrl());
        }
    }

    public record SnapshotView(LocalDate month, BigDecimal value, BigDecimal achievement, Integer level) {
    }

    @GET
    @Operation(summary = "A fiscal year's indicators (default this one) with their value, achievement and quality level now")
    public List<IndicatorView> list(@QueryParam("fiscalYear") Integer fiscalYear) {
        return indicators.current(fiscalYear == null ? FiscalYear.current().buddhistYear() : fiscalYear).stream()
                .map(c -> IndicatorView.of(c.indicator(), c.evaluation())).toList();
    }

    @POST
    @Operation(summary = "Define an indicator (administrators); 400 names each bad field")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    public Response create(IndicatorInput input) {
        Indicator i = indicators.create(definition(input));
        return Response.status(201).entity(IndicatorView.of(i, indicators.evaluate(i))).build();
    }

    @GET
    @Path("{id}")
    public IndicatorView get(@PathParam("id") long id) {
        Indicator i = indicators.read(id);
        return IndicatorView.of(i, indicators.evaluate(i));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an indicator's definition (administrators)")
    public IndicatorView update(@PathParam("id") long id, IndicatorInput input) {
        Indicator i = indicators.update(id, definition(input));
        return IndicatorView.of(i, indicators.evaluate(i));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an indicator with its snapshots and evidence (administrators)")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response delete(@PathParam("id") long id) {
        indicators.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/record")
    @Operation(summary = "Record a hand-entered value and/or the level chosen against the rubric (staff)")
    public IndicatorView record(@PathParam("id") long id, RecordInput input) {
        InvalidFields.Collector problems = InvalidFields.collect();
        BigDecimal value = ApiValues.number(input == null ? null : input.value(), "manualValue", problems);
        problems.throwIfAny();
        Indicator i = indicators.record(id, value, input == null ? null : input.level());
        return IndicatorView.of(i, indicators.evaluate(i));
    }

    @GET
    @Path("{id}/snapshots")
    @Operation(summary = "The monthly snapshots: the value, achievement and level as they were at each month's end (the trend)")
    public List<SnapshotView> snapshots(@PathParam("id") long id) {
        return indicators.snapshots(id).stream().map(s -> new SnapshotView(s.month(), s.value(), s.achievement(), s.level())).toList();
    }

    /** How many indicators had their snapshot taken. */
    public record Taken(int taken) {
    }

    @POST
    @Path("snapshots")
    @Operation(summary = "Take this month's snapshot of the current year's indicators now (administrators; also done nightly)")
    public Taken takeSnapshots() {
        return new Taken(indicators.takeSnapshots());
    }

    @GET
    @Path("{id}/evidence")
    public List<EvidenceView> evidence(@PathParam("id") long id) {
        return indicators.evidence(id).stream().map(EvidenceView::of).toList();
    }

    @POST
    @Path("{id}/evidence")
    @Operation(summary = "Link a piece of evidence: an item of the portal, a form, a project, or an outside address")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    public Response addEvidence(@PathParam("id") long id, EvidenceInput input) {
        EvidenceInput in = input == null ? new EvidenceInput(null, null, null, null) : input;
        Evidence e = indicators.addEvidence(id, ApiValues.oneOf(Evidence.Kind.class, in.kind(), "kind", "indicator.evidenceKind"), in.refId(),
                in.title(), in.url());
        return Response.status(201).entity(EvidenceView.of(e)).build();
    }

    @DELETE
    @Path("{id}/evidence/{evidenceId}")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response removeEvidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        indicators.removeEvidence(id, evidenceId);
        return Response.noContent().build();
    }

    @GET
    @Path("report-texts/{subject:indicator|project}/{id}")
    @Operation(summary = "What staff wrote for the yearly report about an indicator or a project")
    public ReportTexts texts(@PathParam("subject") String subject, @PathParam("id") long id) {
        return indicators.texts(ReportSubject.valueOf(subject.toUpperCase(java.util.Locale.ROOT)), id);
    }

    @PUT
    @Path("report-texts/{subject:indicator|project}/{id}")
    @Operation(summary = "Write the report's text parts: quantitative, qualitative, problems, solutions, expectedResults, goodPractice, "
            + "successFactors, suggestions")
    public ReportTexts saveTexts(@PathParam("subject") String subject, @PathParam("id") long id, ReportTexts texts) {
        ReportSubject s = ReportSubject.valueOf(subject.toUpperCase(java.util.Locale.ROOT));
        indicators.saveTexts(s, id, texts == null ? new ReportTexts(null, null, null, null, null, null, null, null) : texts);
        return indicators.texts(s, id);
    }

    private static Indicator.Definition definition(IndicatorInput input) {
        IndicatorInput in = input == null ? new IndicatorInput(null, null, null, null, null, null, null, null, null) : input;
        InvalidFields.Collector problems = InvalidFields.collect();
        BigDecimal target = ApiValues.number(in.target(), "target", problems);
        PercentBands bands = PercentBands.DEFAULT;
        if (in.bands() != null) {
            List<BigDecimal> edges = in.bands().stream().map(b -> ApiValues.number(b, "bands", problems)).toList();
            problems.check(edges.size() == 3 && edges.stream().allMatch(java.util.Objects::nonNull), "bands", "indicator.badBands");
            if (edges.size() == 3) {
                bands = new PercentBands(edges.get(0), edges.get(1), edges.get(2));
            }
        }
        Indicator.Definition d = new Indicator.Definition(in.fiscalYear() == null ? FiscalYear.current().buddhistYear() : in.fiscalYear(),
                in.name(), in.description(), ApiValues.oneOf(Measure.class, in.measure(), "measure", "indicator.badMeasure", problems), target,
                in.unit(), ApiValues.oneOf(QualityMethod.class, in.method(), "method", "indicator.badMethod", problems), bands, in.rubric());
        return IndicatorService.checked(d, problems); // every problem named in one answer
    }
}
