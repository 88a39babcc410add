package th.nithet.indicators;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.ContentAccessDenied;
import th.nithet.reports.YearlyReport;
import th.nithet.reports.YearlyReportDocx;
import th.nithet.reports.YearlyReportPdf;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yearly report as a file: {@code /reports/download/2570.pdf} to print, {@code .docx} to edit
 * further in Word or LibreOffice. Staff only (visitors 401, others 403).
 */
@WebServlet("/reports/download/*")
public class YearlyReportServlet extends HttpServlet {

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Pattern PATH = Pattern.compile("/(2[5-7][0-9]{2})\\.(pdf|docx)");

    @Inject
    YearlyReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        YearlyReport report;
        try {
            report = reports.of(Integer.parseInt(m.group(1)));
        } catch (ContentAccessDenied e) {
            response.sendError(e.signInWouldHelp() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean pdf = m.group(2).equals("pdf");
        byte[] body = pdf ? YearlyReportPdf.render(report) : YearlyReportDocx.render(report);
        response.setContentType(pdf ? "application/pdf" : DOCX_TYPE);
        response.setHeader("Content-Disposition", (pdf ? "inline" : "attachment") + "; filename=\"nithet-report-" + m.group(1) + "." + m.group(2) + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
