package th.nithet.organisation;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.platform.api.ApiAccess;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.security.Role;
import th.nithet.platform.spreadsheet.ImportResult;
import th.nithet.platform.spreadsheet.Table;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/learning-areas}, {@code /api/v1/networks}, {@code /api/v1/schools}. Learning areas
 * are readable by anyone; everything else is for administrators.
 */
@ApplicationScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation", description = "Learning areas, school networks and schools")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class OrganisationResource {

    @Inject
    OrganisationService organisation;

    @Inject
    SchoolImport schoolImport;

    @Inject
    SecurityContext security;

    @Context
    UriInfo uri;

    public record LearningAreaView(long id, String code, String nameTh, String nameEn, int sortOrder, boolean active) {
        static LearningAreaView of(LearningArea a) {
            return new LearningAreaView(a.getId(), a.getCode(), a.getNameTh(), a.getNameEn(), a.getSortOrder(), a.isActive());
        }
    }

    public record LearningAreaChange(String nameTh, String nameEn, Integer sortOrder, Boolean active) {
    }

    public record NewLearningArea(String code, String nameTh, String nameEn) {
    }

    public record NetworkView(long id, String name) {
        static NetworkView of(SchoolNetwork n) {
            return new NetworkView(n.getId(), n.getName());
        }
    }

    public record NetworkChange(String name) {
    }

    public record SchoolView(long id, String code, String name, long networkId, String networkName, String district,
                             LocalDate foundedOn, boolean active) {
        static SchoolView of(School s) {
            return new SchoolView(s.getId(), s.getCode(), s.getName(), s.getNetwork().getId(), s.getNetwork().getName(),
                    s.getDistrict(), s.getFoundedOn(), s.isActive());
        }
    }

    /** foundedOn: ISO date (2017-06-01), optional. */
    public record SchoolChange(String code, String name, Long networkId, String district, LocalDate foundedOn, Boolean active) {
    }

    /** A page of schools: the total and this page's items. */
    @Schema(name = "SchoolPage")
    public record Page<T>(long total, List<T> items) {
    }

    @GET
    @Path("learning-areas")
    @Operation(summary = "Learning areas (กลุ่มสาระการเรียนรู้) in display order; no sign-in needed")
    public List<LearningAreaView> learningAreas() {
        return organisation.learningAreas().stream().map(LearningAreaView::of).toList();
    }

    @POST
    @Path("learning-areas")
    @Operation(summary = "Add a learning area at the end of the list (admin); its code never changes")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = LearningAreaView.class)))
    public Response createLearningArea(NewLearningArea area) {
        ApiAccess.require(security, Role.ADMIN);
        LearningArea created = area == null ? organisation.createLearningArea(null, null, null)
                : organisation.createLearningArea(area.code(), area.nameTh(), area.nameEn());
        return Response.created(uri.getBaseUriBuilder().path("learning-areas").path(created.getId().toString()).build())
                .entity(LearningAreaView.of(created)).build();
    }

    @PUT
    @Path("learning-areas/{id}")
    @Operation(summary = "Rename, reorder or retire a learning area (admin)")
    public LearningAreaView updateLearningArea(@PathParam("id") long id, LearningAreaChange change) {
        ApiAccess.require(security, Role.ADMIN);
        LearningArea current = organisation.learningArea(id).orElseThrow(NotFoundException::new);
        return LearningAreaView.of(organisation.updateLearningArea(id,
                change.nameTh() != null ? change.nameTh() : current.getNameTh(),
                change.nameEn() != null ? change.nameEn() : current.getNameEn(),
                change.sortOrder() != null ? change.sortOrder() : current.getSortOrder(),
                change.active() != null ? change.active() : current.isActive()));
    }

    @GET
    @Path("networks")
    @Operation(summary = "School networks in Thai order (admin)")
    public List<NetworkView> networks() {
        ApiAccess.require(security, Role.ADMIN);
        return organisation.networks().stream().map(NetworkView::of).toList();
    }

    @POST
    @Path("networks")
    @Operation(summary = "Create a school network (admin)")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = NetworkView.class)))
    public Response createNetwork(NetworkChange change) {
        ApiAccess.require(security, Role.ADMIN);
        SchoolNetwork network = organisation.createNetwork(change == null ? null : change.name());
        return Response.created(uri.getBaseUriBuilder().path("networks").path(network.getId().toString()).build())
                .entity(NetworkView.of(network)).build();
    }

    @PUT
    @Path("networks/{id}")
    @Operation(summary = "Rename a school network (admin)")
    public NetworkView renameNetwork(@PathParam("id") long id, NetworkChange change) {
        ApiAccess.require(security, Role.ADMIN);
        organisation.network(id).orElseThrow(NotFoundException::new);
        return NetworkView.of(organisation.renameNetwork(id, change == null ? null : change.name()));
    }

    @GET
    @Path("schools")
    @Operation(summary = "Schools in Thai order, optionally of one network or matching a name (admin)")
    public Page<SchoolView> schools(@QueryParam("network") Long network, @QueryParam("q") String query,
                                    @QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        ApiAccess.require(security, Role.ADMIN);
        return new Page<>(organisation.countSchools(network, query),
                organisation.schools(network, query, offset, limit).stream().map(SchoolView::of).toList());
    }

    @GET
    @Path("schools/{id}")
    @Operation(summary = "One school (admin)")
    public SchoolView school(@PathParam("id") long id) {
        ApiAccess.require(security, Role.ADMIN);
        return SchoolView.of(organisation.school(id).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("schools")
    @Operation(summary = "Create a school (admin)")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = SchoolView.class)))
    public Response createSchool(SchoolChange change) {
        ApiAccess.require(security, Role.ADMIN);
        School school = organisation.createSchool(change.code(), change.name(), required(change.networkId()), change.district(),
                change.foundedOn());
        return Response.created(uri.getBaseUriBuilder().path("schools").path(school.getId().toString()).build())
                .entity(SchoolView.of(school)).build();
    }

    @PUT
    @Path("schools/{id}")
    @Operation(summary = "Change a school (admin)")
    public SchoolView updateSchool(@PathParam("id") long id, SchoolChange change) {
        ApiAccess.require(security, Role.ADMIN);
        School current = organisation.school(id).orElseThrow(NotFoundException::new);
        return SchoolView.of(organisation.updateSchool(id, change.code(), change.name(), required(change.networkId()),
                change.district(), change.foundedOn(), change.active() == null ? current.isActive() : change.active()));
    }

    @POST
    @Path("schools/import")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import schools from a CSV (UTF-8) or XLSX file (admin)",
            description = "Columns รหัสโรงเรียน, ชื่อโรงเรียน, กลุ่มเครือข่าย, อำเภอ, วันก่อตั้ง (Thai or CE dates). "
                    + "With dryRun=true only checks and reports every row's problems. Otherwise writes all rows in one "
                    + "transaction, creating networks it does not know yet, or nothing when any row has a problem "
                    + "(400 with the problems).")
    @APIResponse(responseCode = "200", description = "What was (or would be) imported, and each problem row", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    public Response importSchools(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, byte[] file) {
        ApiAccess.require(security, Role.ADMIN);
        return ImportResult.run(schoolImport, file, dryRun);
    }

    @GET
    @Path("schools/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Every school as CSV (UTF-8 with BOM) or XLSX, with the import's Thai column names (admin)")
    @APIResponse(responseCode = "200", description = "The schools as CSV (or XLSX with format=xlsx)", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportSchools(@QueryParam("format") @DefaultValue("csv") String format) {
        ApiAccess.require(security, Role.ADMIN);
        return SchoolTable.of(organisation.allSchools()).response(Table.isXlsx(format));
    }

    private static long required(Long networkId) {
        if (networkId == null) {
            throw new th.nithet.platform.rules.RuleViolation("network.required");
        }
        return networkId;
    }
}
