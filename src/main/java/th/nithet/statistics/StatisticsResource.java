package th.nithet.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.content.ContentNotFound;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.spreadsheet.Table;
import th.nithet.platform.time.FiscalYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/statistics}: the engagement figures of a fiscal year (Buddhist era) or one month of
 * it, as numbers for other systems (staff; a supervisor's figures about schools and people cover
 * their networks), and each table as XLSX or CSV.
 */
@ApplicationScoped
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "Engagement statistics (สถิติการใช้งาน)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class StatisticsResource {

    @Inject
    Statistics statistics;

    public record PeriodView(int fiscalYear, Integer month, LocalDate from, LocalDate to) {
    }

    public record Figures(PeriodView period, StatisticsQueries.Totals totals, List<StatisticsQueries.Point> byMonth,
                          List<StatisticsQueries.Share> byType, List<StatisticsQueries.Share> byLearningArea,
                          List<StatisticsQueries.SchoolViews> byNetwork, List<StatisticsQueries.SchoolViews> bySchool,
                          List<StatisticsQueries.ItemViews> mostViewed, List<StatisticsQueries.ItemViews> leastReached,
                          StatisticsQueries.Activity activity, List<StatisticsQueries.ActiveGroup> activeByPosition,
                          List<StatisticsQueries.ActiveGroup> activeByNetwork, StatisticsQueries.AnswerTimes answerTimes,
                          List<StatisticsQueries.Coverage> supervisionCoverage, List<StatisticsQueries.FormRate> formResponseRates,
                          BigDecimal within48hPercent) {
    }

    @GET
    @Operation(summary = "The figures of a fiscal year (fiscalYear, Buddhist era; default this one) or of one month of it (month 1–12)")
    public Figures figures(@QueryParam("fiscalYear") Integer fiscalYear, @QueryParam("month") Integer month) {
        Period p = period(fiscalYear, month);
        List<Long> scope = statistics.scope();
        StatisticsQueries q = statistics.queries();
        List<StatisticsQueries.SchoolViews> schools = q.bySchool(p, scope);
        StatisticsQueries.AnswerTimes answers = q.answerTimes(p);
        return new Figures(new PeriodView(p.year().buddhistYear(), p.month(), p.from(), p.to()), q.totals(p), q.byMonth(p), q.byType(p),
                q.byLearningArea(p), StatisticsQueries.byNetwork(schools), schools, q.mostViewed(p, 20), q.leastReached(p, 20),
                q.activity(p, scope), q.activeByPosition(p, scope), q.activeByNetwork(p, scope), answers, q.supervisionCoverage(p, scope),
                q.formResponseRates(p), Percent.of(answers.within48h(), answers.asked()));
    }

    @GET
    @Path("{table}.{format}")
    @Produces({Table.XLSX_TYPE, Table.CSV_TYPE})
    @Operation(summary = "One table as XLSX or CSV: " + "views-by-month, views-by-week, views-by-day, views-by-type, views-by-area, "
            + "views-by-network, views-by-school, most-viewed, least-reached, activity, active-by-position, active-by-network, "
            + "active-by-school, answer-times, supervision-coverage, form-response")
    @APIResponse(responseCode = "200", description = "The table as XLSX (or CSV, PDF by format)", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response table(@PathParam("table") String name, @PathParam("format") @DefaultValue("xlsx") String format,
                          @QueryParam("fiscalYear") Integer fiscalYear, @QueryParam("month") Integer month) {
        boolean xlsx = Table.isXlsx(format);
        Table table = statistics.tables(period(fiscalYear, month), Languages.THAI).table(name);
        if (table == null) {
            throw new ContentNotFound();
        }
        return table.response(xlsx);
    }

    private static Period period(Integer fiscalYear, Integer month) {
        InvalidFields.collect()
                .check(fiscalYear == null || fiscalYear >= 2500 && fiscalYear <= 2700, "fiscalYear", "plan.badYear", fiscalYear)
                .check(month == null || month >= 1 && month <= 12, "month", "plan.badMonth", month).throwIfAny();
        return Period.of(fiscalYear == null ? FiscalYear.current().buddhistYear() : fiscalYear, month);
    }
}
