package th.nithet.content.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file made for one item when asked, at {@code …/{id}.{extension}}: a certificate, a supervision
 * record, a form's results. One home for what they all do around it — the path that names nothing
 * is 404, an unknown item 404, a visitor 401, someone who may not see it 403 — so that each says only
 * how its file is read and written.
 */
public abstract class DownloadServlet extends HttpServlet {

    private final Pattern path;

    /** {@code extensions}: what may follow the id, e.g. {@code "pdf"} or {@code "xlsx|csv"}. */
    protected DownloadServlet(String extensions) {
        this.path = Pattern.compile("/([0-9]{1,18})\\.(" + extensions + ")");
    }

    /** Reads the item for the caller (throwing as the services do) and writes its file. */
    protected abstract void send(long id, String extension, HttpServletResponse response) throws IOException;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = path.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            send(Long.parseLong(m.group(1)), m.group(2), response);
        } catch (ContentNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (ContentAccessDenied e) {
            response.sendError(e.status());
        }
    }

    /** A PDF shown in the browser, saved under {@code asciiName} by old browsers and {@code thaiName} by the rest. */
    protected static void writePdf(HttpServletResponse response, byte[] pdf, String asciiName, String thaiName) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(thaiName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
