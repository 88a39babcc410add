package th.nithet.people;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /admin/export/accounts.csv} and {@code .xlsx}: every account, with the import's Thai column
 * names, so that the file can be edited and imported again. Under /admin/*: administrators only.
 */
@WebServlet("/admin/export/*")
public class AccountExportServlet extends HttpServlet {

    @Inject
    AccountAdministration administration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean xlsx = path.equals("/accounts.xlsx");
        if (!xlsx && !path.equals("/accounts.csv")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Disposition", "attachment; filename=\"" + AccountTable.fileName(xlsx) + "\"");
        response.setContentType(xlsx ? AccountTable.XLSX_TYPE : AccountTable.CSV_TYPE);
        AccountTable.write(administration.all(AccountAdministration.Filter.ALL), xlsx, response.getOutputStream());
    }
}
