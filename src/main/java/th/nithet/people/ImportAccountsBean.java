package th.nithet.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.io.Serializable;
import java.util.List;

/**
 * The administrator's import page ({@code admin/import-accounts.xhtml}): upload, see every row and
 * its problems, confirm. The file is kept in the view between the preview and the confirmation and
 * checked again when confirmed.
 */
@Named
@ViewScoped
public class ImportAccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountImport importer;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private transient AccountImport.Preview preview;

    public void check() {
        preview = null;
        content = null;
        if (file == null || file.getSize() == 0) {
            Feedback.error("import.chooseFile");
            return;
        }
        try {
            content = file.getContent();
            fileName = file.getFileName();
            preview = importer.preview(content, Feedback.locale());
        } catch (RuleViolation e) {
            content = null;
            Feedback.error(e);
        }
    }

    public void confirm() {
        if (content == null) {
            Feedback.error("import.chooseFile");
            return;
        }
        try {
            int imported = importer.commit(content, Feedback.locale());
            Feedback.info("import.done", imported);
            content = null;
            preview = null;
        } catch (RuleViolation e) {
            // the data changed since the preview (someone took a user name meanwhile): show it again
            preview = importer.preview(content, Feedback.locale());
            Feedback.error("import.hasProblems", preview.problemCount());
        }
    }

    private AccountImport.Preview preview() {
        if (preview == null && content != null) {
            preview = importer.preview(content, Feedback.locale());
        }
        return preview;
    }

    public boolean isPreviewed() {
        return preview() != null;
    }

    public List<AccountImport.Row> getRows() {
        return isPreviewed() ? preview().rows() : List.of();
    }

    public int getRowCount() {
        return getRows().size();
    }

    public long getProblemCount() {
        return isPreviewed() ? preview().problemCount() : 0;
    }

    public boolean isImportable() {
        return isPreviewed() && preview().isImportable();
    }

    public String getFileName() {
        return fileName;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
