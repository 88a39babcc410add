package th.nithet.content.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;
import th.nithet.platform.api.ApiError;
import th.nithet.platform.api.ApiExceptionMappers;

/** How the API answers for content a caller may not see or change, or that does not exist. */
public final class ContentApiErrors {

    private ContentApiErrors() {
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<ContentNotFound> {
        @Override
        public Response toResponse(ContentNotFound e) {
            return ApiExceptionMappers.json(ApiError.of(404, "not_found", "ไม่พบเนื้อหานี้"));
        }
    }

    @Provider
    public static class DeniedMapper implements ExceptionMapper<ContentAccessDenied> {
        @Override
        public Response toResponse(ContentAccessDenied e) {
            if (e.signInWouldHelp()) {
                return Response.fromResponse(ApiExceptionMappers.json(ApiError.of(401, "unauthorized", "ต้องลงชื่อเข้าใช้ก่อน")))
                        .header("WWW-Authenticate", "Basic realm=\"Nithet\", charset=\"UTF-8\"").build();
            }
            return ApiExceptionMappers.json(ApiError.of(403, "forbidden", "คุณไม่มีสิทธิ์ทำรายการนี้"));
        }
    }
}
