package th.nithet.surveys;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.DownloadServlet;
import th.nithet.platform.spreadsheet.Table;

import java.io.IOException;

/** {@code /survey-results/{id}.xlsx} (or {@code .csv}): a form's results for the page's export link (staff). */
@WebServlet("/survey-results/*")
public class SurveyResultsServlet extends DownloadServlet {

    @Inject
    SurveyService surveys;

    public SurveyResultsServlet() {
        super("xlsx|csv");
    }

    @Override
    protected void send(long id, String extension, HttpServletResponse response) throws IOException {
        Table table = surveys.resultsTable(id);
        boolean xlsx = extension.equals("xlsx");
        response.setHeader("Content-Disposition", table.contentDisposition(xlsx));
        response.setContentType(table.contentType(xlsx));
        table.write(xlsx, response.getOutputStream());
    }
}
