package th.nithet.content.files;

import th.nithet.platform.time.PortalClock;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentNotFound;
import th.nithet.content.SearchNotice;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.nithet.platform.files.FileStore;
import th.nithet.platform.files.Images;
import th.nithet.platform.rules.RuleViolation;

import java.util.List;

/**
 * Files attached to content: checked by content (Tika), limited in size ({@code NITHET_UPLOAD_MAX_MB},
 * default 50) and per person ({@code NITHET_UPLOAD_QUOTA_MB}, default 2000), stored once by SHA-256,
 * their text kept for search, images given a thumbnail. Whoever may change an item may attach to it;
 * whoever may read it may download. A refused file leaves nothing behind: every check comes before
 * anything is written.
 */
@Stateless
@PermitAll
public class Attachments {

    public static final int THUMBNAIL_SIDE = 480;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    th.nithet.audit.AuditTrail audit;

    @Inject
    Viewers viewers;

    @Inject
    FileStore files;

    @Inject
    SearchNotice search;

    @Inject
    @ConfigProperty(name = "nithet.upload.max.mb", defaultValue = "50")
    int maxMegabytes;

    @Inject
    @ConfigProperty(name = "nithet.upload.quota.mb", defaultValue = "2000")
    int quotaMegabytes;

    public Attachment attach(long contentId, String fileName, byte[] content) {
        Viewer viewer = viewers.current();
        ContentItem item = viewer.checkEdit(em.find(ContentItem.class, contentId), PortalClock.instant());
        String name = FileChecks.checkedName(fileName);
        RuleViolation.require(content != null && content.length > 0, "file.empty", name);
        RuleViolation.require(content.length <= maxBytes(), "file.tooBig", name, maxMegabytes);
        String type = FileChecks.checkedType(content, name);
        String sha256 = FileStore.sha256(content);
        StoredFile stored = em.find(StoredFile.class, sha256);
        if (stored == null) {
            RuleViolation.require(used(viewer) + content.length <= (long) quotaMegabytes * 1024 * 1024, "file.quota", quotaMegabytes);
            String thumbnail = null;
            if (type.startsWith("image/")) {
                var image = Images.read(content).orElseThrow(() -> new RuleViolation("file.badImage", name));
                thumbnail = files.store(Images.fittedJpeg(image, THUMBNAIL_SIDE));
            }
            String text = FileChecks.text(content, type);
            files.store(content);
            stored = new StoredFile(sha256, content.length, type, text, thumbnail);
            em.persist(stored);
        }
        Attachment attachment = new Attachment(item, stored, name, viewer.account());
        em.persist(attachment);
        em.flush();
        search.changed(item);
        return attachment;
    }

    /** Takes the attachment off its item (the file stays while anything else names it). */
    public void remove(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new ContentNotFound();
        }
        viewers.current().checkEdit(attachment.getContent(), PortalClock.instant());
        em.remove(attachment);
        search.changed(attachment.getContent());
        audit.record(th.nithet.audit.AuditAction.ATTACHMENT_REMOVED, "attachment", attachmentId, attachment.getFileName(),
                "จาก #" + attachment.getContent().getId() + " " + attachment.getContent().getTitle());
    }

    /** The attachment, if the caller may read its item. */
    public Attachment readable(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new ContentNotFound();
        }
        viewers.current().checkRead(attachment.getContent(), PortalClock.instant());
        return attachment;
    }

    /** The item's attachments, if the caller may read the item: 404 for an unknown one, as the item itself. */
    public List<Attachment> readableOf(long contentId) {
        viewers.current().checkRead(em.find(ContentItem.class, contentId), PortalClock.instant());
        return of(contentId);
    }

    public List<Attachment> of(long contentId) {
        // the stored file of each (eager) joined, not read one by one
        return em.createQuery("SELECT a FROM Attachment a JOIN FETCH a.file WHERE a.content.id = :id ORDER BY a.id", Attachment.class)
                .setParameter("id", contentId).getResultList();
    }

    /** Bytes of distinct files this person has uploaded. */
    private long used(Viewer viewer) {
        Number sum = (Number) em.createNativeQuery("SELECT COALESCE(SUM(f.size_bytes), 0) FROM stored_file f WHERE f.sha256 IN "
                        + "(SELECT a.sha256 FROM attachment a WHERE a.uploaded_by = ?)")
                .setParameter(1, viewer.account().getId()).getSingleResult();
        return sum.longValue();
    }

    public long maxBytes() {
        return (long) maxMegabytes * 1024 * 1024;
    }
}
