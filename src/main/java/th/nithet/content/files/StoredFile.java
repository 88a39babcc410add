package th.nithet.content.files;

import th.nithet.platform.time.PortalClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A distinct file in the file store, named by its SHA-256: its size, its type as its content says,
 * the text found in it (for search) and, for images, the address of a small copy.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @Column(length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "extracted_text", columnDefinition = "MEDIUMTEXT")
    private String extractedText;

    @Column(length = 64)
    private String thumbnail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    StoredFile(String sha256, long size, String mediaType, String extractedText, String thumbnail) {
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType;
        this.extractedText = extractedText;
        this.thumbnail = thumbnail;
    }

    @PrePersist
    void stamp() {
        createdAt = PortalClock.instant();
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public String getThumbnail() {
        return thumbnail;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
