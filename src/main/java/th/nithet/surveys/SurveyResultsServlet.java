package th.nithet.surveys;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;
import th.nithet.platform.spreadsheet.Table;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /survey-results/{id}.xlsx} (or {@code .csv}): a form's results for the page's export link (staff). */
@WebServlet("/survey-results/*")
public class SurveyResultsServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})\\.(xlsx|csv)");

    @Inject
    SurveyService surveys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Table table;
        try {
            table = surveys.resultsTable(Long.parseLong(m.group(1)));
        } catch (ContentNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ContentAccessDenied e) {
            response.sendError(e.signInWouldHelp() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean xlsx = m.group(2).equals("xlsx");
        response.setHeader("Content-Disposition", table.contentDisposition(xlsx));
        response.setContentType(table.contentType(xlsx));
        table.write(xlsx, response.getOutputStream());
    }
}
