package th.nithet.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.security.Role;

import java.util.List;

/** {@code /api/v1/backups}: the recorded backups and a backup started now, for administrators (#20). */
@ApplicationScoped
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "backups", description = "Backups of the whole portal (administrators)")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class BackupResource {

    @Inject
    BackupRuns runs;

    @Inject
    NightlyBackup nightly;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    /** The settings and the latest runs. */
    public record Backups(boolean configured, String directory, int keep, boolean running, List<BackupRun> runs) {
    }

    @GET
    @Operation(summary = "Whether nightly backups are set up, whether one runs now, and the 20 latest runs, newest first (admin)")
    public Backups list() {
        th.nithet.platform.api.ApiAccess.require(security, Role.ADMIN);
        return new Backups(nightly.configured(), nightly.directory().orElse(null), nightly.keep(), nightly.isRunning(), runs.latest(20));
    }

    @POST
    @Operation(summary = "Start a backup now into NITHET_BACKUP_DIR; it runs in the background and appears in the list when done (admin)")
    @APIResponse(responseCode = "202", description = "Started")
    @APIResponse(responseCode = "400", description = "Backups are not set up, or one is running")
    public Response start() {
        th.nithet.platform.api.ApiAccess.require(security, Role.ADMIN);
        nightly.startNow();
        return Response.accepted().build();
    }
}
