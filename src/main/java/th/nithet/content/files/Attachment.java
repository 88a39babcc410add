package th.nithet.content.files;

import th.nithet.content.ContentItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import th.nithet.people.Account;
import th.nithet.platform.db.Timestamped;

/** A file attached to a content item under the name its uploader gave it (Thai names kept). */
@Entity
@Table(name = "attachment")
public class Attachment extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem content;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "sha256")
    private StoredFile file;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    private Account uploadedBy;

    protected Attachment() {
    }

    Attachment(ContentItem content, StoredFile file, String fileName, Account uploadedBy) {
        this.content = content;
        this.file = file;
        this.fileName = fileName;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public ContentItem getContent() {
        return content;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getFileName() {
        return fileName;
    }

    public Account getUploadedBy() {
        return uploadedBy;
    }

    /** "1.2 MB", "350 KB". */
    public String getSizeText() {
        return th.nithet.platform.text.FileSizes.text(file.getSize());
    }

    /** Where it is downloaded: /attachments/{id}/{name}. */
    public String getPath() {
        return "/attachments/" + id + "/" + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
