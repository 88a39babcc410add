package th.nithet.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.platform.api.ApiApplication;
import th.nithet.reports.YearlyReport;
import th.nithet.reports.YearlyReportDocx;
import th.nithet.reports.YearlyReportPdf;

/** {@code /api/v1/reports/2570.pdf} and {@code .docx}: the yearly report of a fiscal year (staff). */
@ApplicationScoped
@Path("reports")
@Tag(name = "reports", description = "The yearly report (รายงานผลการดำเนินงาน)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class YearlyReportResource {

    @Inject
    YearlyReports reports;

    @GET
    @Path("{year:2[5-7][0-9]{2}}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The yearly report as PDF (Thai in Laksaman, tone marks placed by the font's rules)")
    @APIResponse(responseCode = "200", description = "The yearly report as PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("year") int year) {
        YearlyReport report = reports.of(year);
        return Response.ok(YearlyReportPdf.render(report)).header("Content-Disposition", "inline; filename=\"nithet-report-" + year + ".pdf\"").build();
    }

    @GET
    @Path("{year:2[5-7][0-9]{2}}.docx")
    @Produces(YearlyReportServlet.DOCX_TYPE)
    @Operation(summary = "The yearly report as DOCX, for staff to edit further")
    @APIResponse(responseCode = "200", description = "The yearly report as Word", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("year") int year) {
        YearlyReport report = reports.of(year);
        return Response.ok(YearlyReportDocx.render(report)).header("Content-Disposition", "attachment; filename=\"nithet-report-" + year + ".docx\"").build();
    }
}
