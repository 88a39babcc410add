package th.nithet.people.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.SchoolNetwork;
import th.nithet.people.Account;
import th.nithet.people.AccountAdministration;
import th.nithet.people.AccountImport;
import th.nithet.people.AccountTable;
import th.nithet.people.Position;
import th.nithet.platform.api.ApiAccess;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.Role;
import th.nithet.platform.spreadsheet.ImportResult;
import th.nithet.platform.spreadsheet.Table;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /api/v1/accounts}: account management for administrators' scripts. */
@ApplicationScoped
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people", description = "Accounts and people")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class AccountResource {

    @Inject
    AccountAdministration administration;

    @Inject
    AccountImport importer;

    @Inject
    SecurityContext security;

    @Context
    UriInfo uri;

    public record AccountView(String username, String displayName, String email, String position, Long schoolId,
                              String schoolName, List<String> roles, List<String> learningAreas,
                              List<Long> supervisedNetworks, boolean enabled, boolean locked, boolean mustChangePassword) {
        static AccountView of(Account a) {
            return new AccountView(a.getUsername(), a.getDisplayName(), a.getEmail(),
                    a.getPosition() == null ? null : a.getPosition().name(),
                    a.getSchool() == null ? null : a.getSchool().getId(),
                    a.getSchool() == null ? null : a.getSchool().getName(),
                    a.getRoles().stream().map(Enum::name).sorted().toList(),
                    a.getLearningAreas().stream().map(LearningArea::getCode).sorted().toList(),
                    a.getSupervisedNetworks().stream().map(SchoolNetwork::getId).sorted().toList(),
                    a.isEnabled(), a.isLocked(), a.isMustChangePassword());
        }
    }

    /** Create or change an account; on change the user name in the path wins. */
    public record AccountChange(String username, String displayName, String email, String position, Long schoolId,
                                List<String> roles, List<String> learningAreas, List<Long> supervisedNetworks) {
        AccountAdministration.Draft draft(String username) {
            return new AccountAdministration.Draft(username, displayName, email, AccountResource.position(position), schoolId,
                    AccountResource.roles(roles), learningAreas == null ? Set.of() : Set.copyOf(learningAreas),
                    supervisedNetworks == null ? Set.of() : Set.copyOf(supervisedNetworks));
        }
    }

    @Schema(name = "AccountPage")

    public record Page(long total, List<AccountView> items) {
    }

    @GET
    @Operation(summary = "Accounts in Thai order of names, filtered by network, school, position, learning area or name (admin)")
    public Page list(@QueryParam("network") Long network, @QueryParam("school") Long school,
                     @QueryParam("position") String position, @QueryParam("learningArea") String learningArea,
                     @QueryParam("q") String query,
                     @QueryParam("offset") @DefaultValue("0") int offset,
                     @QueryParam("limit") @DefaultValue("50") int limit) {
        ApiAccess.require(security, Role.ADMIN);
        var filter = new AccountAdministration.Filter(network, school, position(position), learningArea, query);
        return new Page(administration.count(filter),
                administration.list(filter, offset, limit).stream().map(AccountView::of).toList());
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account (admin)")
    public AccountView get(@PathParam("username") String username) {
        ApiAccess.require(security, Role.ADMIN);
        return AccountView.of(existing(username));
    }

    @POST
    @Operation(summary = "Create an account; with an e-mail address it receives an invitation to set its password (admin)")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = AccountView.class)))
    public Response create(AccountChange change) {
        ApiAccess.require(security, Role.ADMIN);
        if (change == null) {
            throw new RuleViolation("account.badUsername");
        }
        Account account = administration.create(change.draft(change.username()), Languages.THAI);
        return Response.created(uri.getAbsolutePathBuilder().path(account.getUsername()).build())
                .entity(AccountView.of(account)).build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change an account (admin)")
    public AccountView update(@PathParam("username") String username, AccountChange change) {
        ApiAccess.require(security, Role.ADMIN);
        existing(username);
        return AccountView.of(administration.update(username, change.draft(username)));
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable an account: it can no longer sign in; its content stays (admin)")
    public AccountView disable(@PathParam("username") String username) {
        ApiAccess.require(security, Role.ADMIN);
        existing(username);
        return AccountView.of(administration.setEnabled(username, false));
    }

    @POST
    @Path("{username}/enable")
    @Operation(summary = "Enable an account again (admin)")
    public AccountView enable(@PathParam("username") String username) {
        ApiAccess.require(security, Role.ADMIN);
        existing(username);
        return AccountView.of(administration.setEnabled(username, true));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Every account as CSV (UTF-8 with BOM) or XLSX, with the import's Thai column names (admin)")
    @APIResponse(responseCode = "200", description = "The accounts as CSV (or XLSX with format=xlsx)", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("format") @DefaultValue("csv") String format) {
        ApiAccess.require(security, Role.ADMIN);
        return AccountTable.of(administration.export(AccountAdministration.Filter.ALL, Table.isXlsx(format) ? "xlsx" : "csv")).response(Table.isXlsx(format));
    }

    public record TemporaryPassword(String username, String temporaryPassword) {
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "End a lock from repeated failed sign-ins (admin)")
    public AccountView unlock(@PathParam("username") String username) {
        ApiAccess.require(security, Role.ADMIN);
        existing(username);
        return AccountView.of(administration.unlock(username));
    }

    @POST
    @Path("{username}/temporary-password")
    @Operation(summary = "Set a random temporary password, answered once; it must be changed at the next sign-in (admin)")
    public TemporaryPassword temporaryPassword(@PathParam("username") String username) {
        ApiAccess.require(security, Role.ADMIN);
        existing(username);
        return new TemporaryPassword(username, administration.setTemporaryPassword(username));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import accounts from a CSV (UTF-8) or XLSX file (admin)",
            description = "With dryRun=true only checks and reports every row's problems. Otherwise writes all rows in "
                    + "one transaction, or none when any row has a problem (400 with the problems). New accounts with "
                    + "an e-mail address are invited to set their password.")
    @APIResponse(responseCode = "200", description = "What was (or would be) imported, and each problem row", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    public Response importAccounts(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, byte[] file) {
        ApiAccess.require(security, Role.ADMIN);
        return ImportResult.run(importer, file, dryRun);
    }

    /** The account in the path, or 404. */
    private Account existing(String username) {
        return administration.find(username).orElseThrow(NotFoundException::new);
    }

    static Position position(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Position.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("account.badPosition", value);
        }
    }

    static Set<Role> roles(List<String> values) {
        if (values == null || values.isEmpty()) {
            return EnumSet.of(Role.MEMBER);
        }
        try {
            return values.stream().map(v -> Role.valueOf(v.trim().toUpperCase()))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("account.badRole", String.join(", ", values));
        }
    }
}
