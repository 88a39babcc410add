package th.nithet.surveys;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.web.DownloadServlet;

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
        surveys.resultsTable(id).send(response, extension.equals("xlsx"));
    }
}
