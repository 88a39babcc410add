package th.nithet.organisation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import th.nithet.platform.spreadsheet.Table;
import th.nithet.platform.spreadsheet.TableExportServlet;

/** {@code /admin/export/schools.csv} and {@code .xlsx}: every school. Under /admin/*: administrators only. */
@WebServlet({"/admin/export/schools.csv", "/admin/export/schools.xlsx"})
public class SchoolExportServlet extends TableExportServlet {

    @Inject
    OrganisationService organisation;

    @Override
    protected Table table() {
        return SchoolTable.of(organisation.allSchools());
    }
}
