package th.nithet.supervision;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;
import th.nithet.organisation.AreaOffice;
import th.nithet.platform.time.ThaiDates;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /supervision-records/{id}.pdf}: a supervision's record as PDF, for those who may see the supervision. */
@WebServlet("/supervision-records/*")
public class SupervisionRecordServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})\\.pdf");

    @Inject
    SupervisionService supervisions;

    @Inject
    AreaOffice office;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(m.group(1));
        Supervision supervision;
        try {
            supervision = supervisions.read(id);
        } catch (ContentNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ContentAccessDenied e) {
            response.sendError(e.signInWouldHelp() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] pdf = SupervisionRecord.pdf(office.name(), supervision, supervisions.steps(id), ThaiDates.today());
        response.setContentType("application/pdf");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "inline; filename=\"supervision-" + id + ".pdf\"; filename*=UTF-8''"
                + URLEncoder.encode("บันทึกการนิเทศ-" + id + ".pdf", StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
