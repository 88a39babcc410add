package th.nithet.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.rules.RuleViolation;

import java.io.IOException;

/**
 * {@code /admin/export/audit.csv} and {@code .xlsx}: the records the audit page's search finds. Under /admin/*:
 * administrators only (web.xml), and AuditTrail checks again.
 */
@WebServlet({"/admin/export/audit.csv", "/admin/export/audit.xlsx"})
public class AuditExportServlet extends HttpServlet {

    @Inject
    AuditTrail trail;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditTrail.Filter filter;
        try {
            filter = AuditResource.filter(request.getParameter("actor"), request.getParameter("action"), request.getParameter("subject"),
                    request.getParameter("from"), request.getParameter("to"));
        } catch (RuleViolation bad) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, bad.message(Languages.fromRequest(request)));
            return;
        }
        AuditTable.of(trail.export(filter)).send(response, request.getServletPath().endsWith(".xlsx"));
    }
}
