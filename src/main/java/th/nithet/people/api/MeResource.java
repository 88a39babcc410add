package th.nithet.people.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.people.Account;
import th.nithet.platform.security.Role;
import th.nithet.platform.security.TokenPrincipal;
import th.nithet.people.AccountService;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.api.ApiError;

import java.security.Principal;
import java.util.List;

/** {@code GET /api/v1/me}: who the caller is. */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people", description = "Accounts and people")
public class MeResource {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    /** The caller's account as the API shows it. */
    public record Me(String username, String displayName, List<String> roles) {
    }

    @GET
    @Operation(summary = "The signed-in account", description = "User name, display name and roles of the caller.")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @SecurityRequirement(name = ApiApplication.BEARER_AUTH)
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong credentials",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Me me() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new NotAuthorizedException("Basic realm=\"Nithet\"");
        }
        if (caller instanceof TokenPrincipal token) {
            // the token check read the account and its roles for this very call (BearerTokens): the same answer without
            // a second read, which was the larger part of a token call's own work (docs/benchmarks.md)
            return new Me(token.getName(), token.displayName(), java.util.Arrays.stream(Role.values()).map(Enum::name)
                    .filter(security::isCallerInRole).sorted().toList());
        }
        Account account = accounts.findByUsername(caller.getName())
                .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"Nithet\""));
        return new Me(account.getUsername(), account.getDisplayName(),
                account.getRoles().stream().map(Enum::name).sorted().toList());
    }
}
