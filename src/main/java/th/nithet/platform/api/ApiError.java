package th.nithet.platform.api;

import jakarta.json.Json;

/**
 * The body of every error the API answers: {@code {"status":401,"error":"unauthorized","message":"…"}}.
 * {@code error} is a stable code for scripts; {@code message} is for people, in Thai. When fields
 * of the request were wrong, {@code fields} names each with its reason (absent otherwise).
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ApiError", description = "An error: a stable code for scripts and a Thai message for people")
public record ApiError(int status, String error, String message, java.util.Map<String, String> fields) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null);
    }

    /** For writers outside JAX-RS (the authentication mechanism). */
    public String toJson() {
        var json = Json.createObjectBuilder()
                .add("status", status)
                .add("error", error)
                .add("message", message);
        if (fields != null) {
            var named = Json.createObjectBuilder();
            fields.forEach(named::add);
            json.add("fields", named);
        }
        return json.build().toString();
    }
}
