package th.nithet.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API for scripts and other systems, described at {@code /openapi}.
 * <p>
 * Every resource class is {@code @ApplicationScoped} (ArchitectureTest checks it): JAX-RS would otherwise make and
 * inject a new instance per call, which was about a seventh of an API call's CPU (JFR, {@code GET /api/v1/me} with a
 * token, docs/benchmarks.md). A resource therefore holds only injected services and Jersey's proxies
 * ({@code @Context UriInfo}); what belongs to one call is a method parameter.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(
        title = "Nithet API",
        version = "1",
        description = "JSON API of Nithet (นิเทศ), the online supervision and knowledge-sharing portal. "
                + "Authenticate with HTTP Basic using a portal account, or with a personal access token "
                + "(Authorization: Bearer nithet_…) made on the account page or at POST /api/v1/me/tokens; "
                + "a read-only token may only GET. Errors answer "
                + "{\"status\":…,\"error\":\"code\",\"message\":\"ข้อความภาษาไทย\"}."))
@SecurityScheme(securitySchemeName = ApiApplication.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = ApiApplication.BEARER_AUTH, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal access token (nithet_…), from the account page or POST /api/v1/me/tokens")
public class ApiApplication extends Application {

    public static final String BASIC_AUTH = "basicAuth";
    public static final String BEARER_AUTH = "bearerAuth";
}
