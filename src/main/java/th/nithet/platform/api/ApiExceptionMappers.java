package th.nithet.platform.api;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API answers JSON; nothing ever shows a stack trace. */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    /** The error as the JSON body of its status; for every mapper of the API. */
    public static Response json(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(error.toJson()).build();
    }

    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response.ResponseBuilder answer = Response.fromResponse(json(describe(status, e)));
            if (e instanceof NotAuthorizedException) {
                answer.header("WWW-Authenticate", "Basic realm=\"Nithet\", charset=\"UTF-8\"");
            }
            return answer.build();
        }

        private static ApiError describe(int status, WebApplicationException e) {
            return switch (status) {
                case 400 -> ApiError.of(400, "bad_request", messageOr(e, "คำขอไม่ถูกต้อง"));
                case 401 -> ApiError.of(401, "unauthorized", "ต้องยืนยันตัวตนด้วย HTTP Basic หรือโทเค็น (Bearer)");
                case 403 -> ApiError.of(403, "forbidden", messageOr(e, "คุณไม่มีสิทธิ์ทำรายการนี้"));
                case 404 -> ApiError.of(404, "not_found", "ไม่พบสิ่งที่ร้องขอ");
                case 405 -> ApiError.of(405, "method_not_allowed", "ไม่รองรับวิธีการเรียกนี้");
                case 406, 415 -> ApiError.of(status, "unsupported_media_type", "ไม่รองรับชนิดข้อมูลนี้ ใช้ application/json");
                default -> ApiError.of(status, status >= 500 ? "internal_error" : "error",
                        status >= 500 ? "ระบบขัดข้อง กรุณาลองใหม่ภายหลัง" : messageOr(e, "คำขอไม่สำเร็จ"));
            };
        }

        /** Only our own Thai messages are passed on; the framework's English ones stay in the log. */
        private static String messageOr(WebApplicationException e, String fallback) {
            return e instanceof ApiProblem ? e.getMessage() : fallback;
        }
    }

    /** A service refused the input: 400 with the reason in Thai. */
    @Provider
    public static class RuleViolationMapper implements ExceptionMapper<th.nithet.platform.rules.RuleViolation> {
        @Override
        public Response toResponse(th.nithet.platform.rules.RuleViolation e) {
            if (e instanceof th.nithet.platform.rules.InvalidFields invalid) {
                return json(new ApiError(400, "invalid", e.message(th.nithet.platform.i18n.Languages.THAI),
                        invalid.messages(th.nithet.platform.i18n.Languages.THAI)));
            }
            return json(ApiError.of(400, "invalid", e.message(th.nithet.platform.i18n.Languages.THAI)));
        }
    }

    /** A service's @RolesAllowed refused the caller. */
    @Provider
    public static class AccessMapper implements ExceptionMapper<jakarta.ejb.EJBAccessException> {
        @Override
        public Response toResponse(jakarta.ejb.EJBAccessException e) {
            return json(ApiError.of(403, "forbidden", "คุณไม่มีสิทธิ์ทำรายการนี้"));
        }
    }

    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            if (e instanceof WebApplicationException wae) {
                return new WebApplicationExceptionMapper().toResponse(wae);
            }
            // the EJB container wraps what a bean throws; answer for the cause when it is ours
            if (e instanceof jakarta.ejb.EJBException && e.getCause() instanceof th.nithet.platform.rules.RuleViolation violation) {
                return new RuleViolationMapper().toResponse(violation);
            }
            if (e instanceof jakarta.ejb.EJBException && e.getCause() instanceof jakarta.ejb.EJBAccessException denied) {
                return new AccessMapper().toResponse(denied);
            }
            if (e instanceof jakarta.ws.rs.ProcessingException) {
                // the body could not be read as the JSON the operation expects
                return json(ApiError.of(400, "bad_request", "ข้อมูล JSON ในคำขอไม่ถูกต้อง กรุณาตรวจสอบรูปแบบ"));
            }
            if (th.nithet.platform.health.DatabaseOutage.isCausedBy(e)) {
                // the filter answers the next ones at once (platform.health.DatabaseOutageFilter)
                jakarta.enterprise.inject.spi.CDI.current().select(th.nithet.platform.health.DatabaseOutage.class).get().noticed(e);
                return Response.fromResponse(json(ApiError.of(503, th.nithet.platform.health.DatabaseOutage.API_ERROR,
                        th.nithet.platform.health.DatabaseOutage.API_MESSAGE))).header("Retry-After", th.nithet.platform.health.DatabaseOutage.RETRY_AFTER).build();
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "API failure, incident " + incident, e);
            return json(ApiError.of(500, "internal_error", "ระบบขัดข้อง กรุณาลองใหม่ภายหลัง (รหัสเหตุการณ์ " + incident + ")"));
        }
    }
}
