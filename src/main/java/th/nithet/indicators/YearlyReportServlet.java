package th.nithet.indicators;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.ContentNotFound;
import th.nithet.content.web.DownloadServlet;
import th.nithet.reports.YearlyReport;
import th.nithet.reports.YearlyReportDocx;
import th.nithet.reports.YearlyReportPdf;

import java.io.IOException;

/**
 * The yearly report as a file: {@code /reports/download/2570.pdf} to print, {@code .docx} to edit
 * further in Word or LibreOffice. Staff only (visitors 401, others 403, a year that is not one 404).
 */
@WebServlet("/reports/download/*")
public class YearlyReportServlet extends DownloadServlet {

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    YearlyReports reports;

    public YearlyReportServlet() {
        super("pdf|docx");
    }

    /** {@code id}: the fiscal year in the Buddhist era. */
    @Override
    protected void send(long year, String extension, HttpServletResponse response) throws IOException {
        if (year < 2500 || year > 2700) {
            throw new ContentNotFound();
        }
        YearlyReport report = reports.of((int) year);
        if (extension.equals("pdf")) {
            writePdf(response, YearlyReportPdf.render(report), "nithet-report-" + year + ".pdf", "รายงานผลการดำเนินงาน-" + year + ".pdf");
            return;
        }
        byte[] docx = YearlyReportDocx.render(report);
        response.setContentType(DOCX_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"nithet-report-" + year + ".docx\"");
        response.setContentLength(docx.length);
        response.getOutputStream().write(docx);
    }
}
