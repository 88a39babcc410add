package th.nithet.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API for scripts and other systems, described at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(
        title = "Nithet API",
        version = "1",
        description = "JSON API of Nithet (นิเทศ), the online supervision and knowledge-sharing portal. "
                + "Authenticate with HTTP Basic using a portal account. Errors answer "
                + "{\"status\":…,\"error\":\"code\",\"message\":\"ข้อความภาษาไทย\"}."))
@SecurityScheme(securitySchemeName = ApiApplication.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {

    public static final String BASIC_AUTH = "basicAuth";
}
