package th.nithet.statistics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.ContentAccessDenied;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.spreadsheet.Table;
import th.nithet.platform.time.FiscalYear;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every statistics table as a file: {@code /statistics/export/views-by-month.xlsx?year=2570&month=11}
 * (or {@code .csv}), for the same people as the page (visitors 401, others 403; an unknown table 404).
 */
@WebServlet("/statistics/export/*")
public class StatisticsExportServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([a-z-]{1,40})\\.(xlsx|csv)");

    @Inject
    Statistics statistics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches() || !StatisticsTables.NAMES.contains(m.group(1))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Integer year = number(request.getParameter("year"));
        Integer month = number(request.getParameter("month"));
        if (year != null && (year < 2500 || year > 2700) || month != null && (month < 1 || month > 12)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Table table;
        try {
            table = statistics.tables(Period.of(year == null ? FiscalYear.current().buddhistYear() : year, month),
                    Languages.fromRequest(request)).table(m.group(1));
        } catch (ContentAccessDenied e) {
            response.sendError(e.status());
            return;
        }
        table.send(response, m.group(2).equals("xlsx"));
    }

    private static Integer number(String value) {
        return value == null || !value.matches("[0-9]{1,4}") ? null : Integer.valueOf(value);
    }
}
