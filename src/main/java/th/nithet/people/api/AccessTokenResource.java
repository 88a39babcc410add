package th.nithet.people.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.nithet.people.AccessToken;
import th.nithet.people.AccessTokenService;
import th.nithet.platform.api.ApiApplication;
import th.nithet.platform.api.ApiError;
import th.nithet.platform.api.ApiProblem;
import th.nithet.platform.security.BearerTokens;

import java.time.Instant;
import java.util.List;

/** {@code /api/v1/me/tokens}: the caller's personal access tokens. */
@ApplicationScoped
@Path("me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people", description = "Accounts and people")
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@SecurityRequirement(name = ApiApplication.BEARER_AUTH)
public class AccessTokenResource {

    @Inject
    AccessTokenService tokens;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    /** A token to make: {@code expiresInDays} 1–365 (default 90), {@code readOnly} false by default. */
    public record TokenInput(String name, Boolean readOnly, Integer expiresInDays) {
    }

    /** A token as listed: never the token itself. */
    public record TokenView(long id, String name, boolean readOnly, Instant createdAt, Instant expiresAt,
                            Instant lastUsedAt, boolean expired) {
        static TokenView of(AccessToken t) {
            return new TokenView(t.getId(), t.getName(), t.isReadOnly(), t.getCreatedAt(), t.getExpiresAt(),
                    t.getLastUsedAt(), t.isExpired());
        }
    }

    /** A token just made: {@code token} is shown this once; keep it like a password. */
    @Schema(name = "NewTokenView", description = "A token just made; 'token' is shown this once")
    public record NewTokenView(long id, String name, boolean readOnly, Instant createdAt, Instant expiresAt, String token) {
    }

    @GET
    @Operation(summary = "The caller's tokens", description = "Not revoked, newest first, with their last use; never the token itself.")
    @APIResponse(responseCode = "200", description = "The tokens",
            content = @Content(schema = @Schema(implementation = TokenView[].class)))
    public List<TokenView> list() {
        signedIn();
        return tokens.mine().stream().map(TokenView::of).toList();
    }

    @POST
    @Operation(summary = "Make a token (with the password only)",
            description = "Answers 201 with the token, shown this once. Send it as 'Authorization: Bearer …'. "
                    + "Only a call signed in with the password may make one: a token cannot make another.")
    @APIResponse(responseCode = "201", description = "The new token",
            content = @Content(schema = @Schema(implementation = NewTokenView.class)))
    @APIResponse(responseCode = "400", description = "A bad name or number of days",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Called with a token",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response create(TokenInput input) {
        signedIn();
        if (request.getAttribute(BearerTokens.TOKEN_ATTRIBUTE) != null) {
            throw new ApiProblem(403, "สร้างโทเค็นใหม่ได้ด้วยรหัสผ่านเท่านั้น (HTTP Basic หรือหน้าบัญชีของฉัน)");
        }
        TokenInput in = input == null ? new TokenInput(null, null, null) : input;
        AccessTokenService.NewToken made = tokens.create(in.name(), Boolean.TRUE.equals(in.readOnly()),
                in.expiresInDays() == null ? AccessTokenService.DEFAULT_DAYS : in.expiresInDays());
        AccessToken t = made.token();
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(t.getId())).build())
                .entity(new NewTokenView(t.getId(), t.getName(), t.isReadOnly(), t.getCreatedAt(), t.getExpiresAt(), made.secret()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token", description = "It stops working at once, on every instance.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such token of the caller's",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response revoke(@PathParam("id") long id) {
        signedIn();
        if (!tokens.revoke(id)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private void signedIn() {
        if (request.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Nithet\"");
        }
    }
}
