package th.nithet.platform.api;

import jakarta.json.Json;

/**
 * The body of every error the API answers: {@code {"status":401,"error":"unauthorized","message":"…"}}.
 * {@code error} is a stable code for scripts; {@code message} is for people, in Thai.
 */
public record ApiError(int status, String error, String message) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message);
    }

    /** For writers outside JAX-RS (the authentication mechanism). */
    public String toJson() {
        return Json.createObjectBuilder()
                .add("status", status)
                .add("error", error)
                .add("message", message)
                .build()
                .toString();
    }
}
