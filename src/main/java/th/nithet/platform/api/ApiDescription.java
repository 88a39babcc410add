package th.nithet.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every operation of {@code /openapi} may answer besides its own responses, said once here rather than on each of
 * the resources' methods: 503 while the database is unreachable ({@link ApiExceptionMappers}, the outage filter),
 * which a script should retry. Registered with {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class ApiDescription implements OASFilter {

    static final String UNAVAILABLE = "503";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(UNAVAILABLE)) {
            APIResponse unavailable = OASFactory.createAPIResponse()
                    .description("The portal cannot reach its database for the moment (error database_unavailable, "
                            + "with Retry-After): nothing was changed; try again in a few seconds")
                    .content(OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("ApiError"))));
            operation.getResponses().addAPIResponse(UNAVAILABLE, unavailable);
        }
        return operation;
    }
}
