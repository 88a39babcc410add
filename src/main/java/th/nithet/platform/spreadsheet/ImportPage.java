package th.nithet.platform.spreadsheet;

import org.primefaces.model.file.UploadedFile;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.io.Serializable;
import java.util.List;

/**
 * The backing of an import page ({@code WEB-INF/templates/import.xhtml}): upload, see every row and
 * its problems, confirm. The file is kept in the view between the preview and the confirmation and
 * checked again when confirmed.
 */
public abstract class ImportPage<R extends ImportRow> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private transient ImportPreview<R> preview;

    /** The import this page drives (an EJB, so not kept in the view's state). */
    protected abstract TableImport<R> importer();

    /** The message key that reports how many rows were written ({0}). */
    protected String doneMessage() {
        return "import.done";
    }

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
            preview = importer().preview(content, Feedback.locale());
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
            int imported = importer().commit(content, Feedback.locale());
            Feedback.info(doneMessage(), imported);
            content = null;
            preview = null;
        } catch (RuleViolation e) {
            // the data changed since the preview (someone took a name meanwhile): show it again
            preview = importer().preview(content, Feedback.locale());
            Feedback.error("import.hasProblems", preview.problemCount());
        }
    }

    private ImportPreview<R> preview() {
        if (preview == null && content != null) {
            preview = importer().preview(content, Feedback.locale());
        }
        return preview;
    }

    public boolean isPreviewed() {
        return preview() != null;
    }

    public List<R> getRows() {
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
