package th.nithet.platform.health;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Pages while the database is away: status 503 with a short Thai and English page (the API: 503
 * JSON), answered at once and without touching the database, instead of a request thread waiting
 * for a connection that will not come or an error page that itself needs the database.
 * <p>
 * Three ways in (see web.xml, after the anonymous page cache so that kept pages still serve):
 * {@link DatabaseOutage} already knows (the watch or an earlier request saw it); the request
 * itself fails for want of the database; or the container's error dispatch carries such a failure
 * (sign-in checks run before any filter). Health, the control endpoint and static resources pass.
 */
public class DatabaseOutageFilter extends HttpFilter {

    @Inject
    DatabaseOutage outage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (passes(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (failure != null && DatabaseOutage.isCausedBy(failure)) {
                outage.noticed(failure);
            }
        }
        if (outage.suspected()) {
            answer(request, response, path);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCausedBy(e)) {
                throw e;
            }
            outage.noticed(e);
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            answer(request, response, path);
        }
    }

    /** Health, metrics, the control endpoint and static resources: served whether or not the database answers. */
    public static boolean passes(String path) {
        return path.startsWith("/health") || path.startsWith("/metrics") || path.startsWith("/internal/")
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        write(response, path.startsWith("/api/") || String.valueOf(request.getHeader("Accept")).startsWith("application/json"));
    }

    /** The 503 answer: JSON for the API, the outage page for a browser. Also for the sign-in check, which runs before filters. */
    public static void write(HttpServletResponse response, boolean api) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        byte[] body = (api ? JSON : PAGE).getBytes(StandardCharsets.UTF_8);
        response.setContentType(api ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The API's error shape (platform.api.ApiError). */
    static final String JSON = th.nithet.platform.api.ApiError.of(503, DatabaseOutage.API_ERROR, DatabaseOutage.API_MESSAGE).toJson();

    /** Self-contained: no stylesheet, template or message bundle that could need what is missing. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="th"><head><meta charset="UTF-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta http-equiv="refresh" content="15"/>
            <title>ระบบขัดข้องชั่วคราว · Temporarily unavailable — นิเทศ</title>
            <style>body{font-family:"Sarabun","Noto Sans Thai",Garuda,sans-serif;margin:0;padding:0 0.75rem;background:#f4f6f9;color:#1f2933}
            main{max-width:36rem;margin:3rem auto;padding:2rem;background:#fff;border-top:6px solid #1565c0;border-radius:6px}
            h1{font-size:1.5rem;margin-top:0}p{line-height:1.7}.en{color:#52606d;border-top:1px solid #d9e2ec;padding-top:1rem}</style>
            </head><body><main id="outage">
            <h1>ระบบขัดข้องชั่วคราว</h1>
            <p>ขณะนี้ระบบเชื่อมต่อฐานข้อมูลไม่ได้ สิ่งที่คุณเพิ่งส่ง (ถ้ามี) <strong>ยังไม่ถูกบันทึก</strong>
            ข้อมูลที่บันทึกไว้ก่อนหน้านี้ไม่สูญหาย หน้านี้จะลองใหม่เองทุก 15 วินาที</p>
            <div class="en" lang="en"><h2>Temporarily unavailable</h2>
            <p>The portal cannot reach its database right now. What you just sent (if anything) has <strong>not been saved</strong>;
            everything saved before is safe. This page tries again every 15 seconds.</p></div>
            </main></body></html>
            """;
}
