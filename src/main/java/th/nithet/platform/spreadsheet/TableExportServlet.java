package th.nithet.platform.spreadsheet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A download of one list, mapped to {@code …/name.csv} and {@code …/name.xlsx}; the format is the
 * path's extension. Who may download is decided by the path (e.g. under /admin/*, see web.xml).
 */
public abstract class TableExportServlet extends HttpServlet {

    protected abstract Table table();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean xlsx = path.endsWith(".xlsx");
        if (!xlsx && !path.endsWith(".csv")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        table().send(response, xlsx);
    }
}
