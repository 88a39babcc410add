package th.nithet.people.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import th.nithet.people.AccountAdministration;
import th.nithet.people.AccountTable;
import th.nithet.platform.spreadsheet.Table;
import th.nithet.platform.spreadsheet.TableExportServlet;

/** {@code /admin/export/accounts.csv} and {@code .xlsx}: every account. Under /admin/*: administrators only. */
@WebServlet({"/admin/export/accounts.csv", "/admin/export/accounts.xlsx"})
public class AccountExportServlet extends TableExportServlet {

    @Inject
    AccountAdministration administration;

    @Override
    protected Table table() {
        return AccountTable.of(administration.export(AccountAdministration.Filter.ALL, "accounts file"));
    }
}
