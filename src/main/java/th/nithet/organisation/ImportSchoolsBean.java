package th.nithet.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.platform.spreadsheet.ImportPage;
import th.nithet.platform.spreadsheet.TableImport;

/** The administrator's school import page ({@code admin/import-schools.xhtml}). */
@Named
@ViewScoped
public class ImportSchoolsBean extends ImportPage<SchoolImport.Row> {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolImport importer;

    @Override
    protected TableImport<SchoolImport.Row> importer() {
        return importer;
    }

    @Override
    protected String doneMessage() {
        return "schoolImport.done";
    }
}
