package th.nithet.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.people.AccountImport;
import th.nithet.platform.spreadsheet.ImportPage;
import th.nithet.platform.spreadsheet.TableImport;

/** The administrator's account import page ({@code admin/import-accounts.xhtml}). */
@Named
@ViewScoped
public class ImportAccountsBean extends ImportPage<AccountImport.Row> {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountImport importer;

    @Override
    protected TableImport<AccountImport.Row> importer() {
        return importer;
    }
}
