package th.nithet.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.platform.api.ApiAccess;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.Role;
import th.nithet.platform.spreadsheet.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code /api/v1/audit}: the audit trail, read-only, for administrators (#20). */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "The audit trail of security-relevant actions (administrators)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    SecurityContext security;

    public record EventView(long id, Instant occurredAt, String actor, String action, String subjectType, String subject, String detail,
                            String address) {
        static EventView of(AuditEvent e) {
            return new EventView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction().name(), e.getSubjectType(), e.getSubject(),
                    e.getDetail(), e.getAddress());
        }
    }

    public record EventPage(List<EventView> items, long total, int offset, int limit) {
    }

    @GET
    @Operation(summary = "Audit records, newest first, narrowed by who, what, which item and Bangkok days (admin)")
    public EventPage list(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("subject") String subject,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        ApiAccess.require(security, Role.ADMIN);
        AuditTrail.Filter filter = filter(actor, action, subject, from, to);
        int size = Math.max(1, Math.min(limit, 500));
        return new EventPage(trail.search(filter, Math.max(0, offset), size).stream().map(EventView::of).toList(), trail.count(filter),
                Math.max(0, offset), size);
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The records the same filter finds as CSV (UTF-8 with BOM) or XLSX; the export is itself recorded (admin)")
    @APIResponse(responseCode = "200", description = "The audit records", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("subject") String subject,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") @DefaultValue("csv") String format) {
        ApiAccess.require(security, Role.ADMIN);
        return AuditTable.of(trail.export(filter(actor, action, subject, from, to))).response(Table.isXlsx(format));
    }

    /** Bad filters are refused with a message rather than read as "everything". */
    static AuditTrail.Filter filter(String actor, String action, String subject, String from, String to) {
        AuditAction what = null;
        if (action != null && !action.isBlank()) {
            try {
                what = AuditAction.valueOf(action.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("audit.badAction", action);
            }
        }
        return new AuditTrail.Filter(actor, what, subject, day(from), day(to));
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("audit.badDay", value);
        }
    }
}
