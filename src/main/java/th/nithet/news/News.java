package th.nithet.news;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentType;
import th.nithet.content.Viewer;
import th.nithet.people.Account;

/** An item of academic news (ข่าวสารวิชาการ), part of proactive supervision (นิเทศเชิงรุก). */
@Entity
@Table(name = "news")
@DiscriminatorValue("NEWS")
@PrimaryKeyJoinColumn(name = "content_id")
public class News extends ContentItem {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NewsCategory category = NewsCategory.GENERAL;

    @Column(nullable = false)
    private boolean pinned;

    /** The attachment (an image of this item) shown as its cover, if any. */
    @Column(name = "cover_attachment_id")
    private Long coverAttachmentId;

    /** When people in its learning areas were told of it (once, when it went live). */
    @jakarta.persistence.Column(name = "announced_at")
    private java.time.Instant announcedAt;

    protected News() {
    }

    News(Account author) {
        super(author);
    }

    @Override
    public ContentType type() {
        return ContentType.NEWS;
    }

    /** Authors change their own news (while they are staff); administrators anyone's. */
    @Override
    public boolean mayBeEditedBy(Viewer viewer) {
        return viewer.isAdmin() || (viewer.isStaff() && viewer.isAuthorOf(this));
    }

    /** The kind of news in Thai, as search facets show it. */
    @Override
    public String getCategoryLabel() {
        return th.nithet.platform.i18n.Messages.get(th.nithet.platform.i18n.Languages.THAI, "newsCategory." + category.name());
    }

    public NewsCategory getCategory() {
        return category;
    }

    void setCategory(NewsCategory category) {
        this.category = category;
    }

    public boolean isPinned() {
        return pinned;
    }

    public java.time.Instant getAnnouncedAt() {
        return announcedAt;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Long getCoverAttachmentId() {
        return coverAttachmentId;
    }

    /** One of its own pictures becomes its cover (null: none); a file of another item, or not a picture, cannot. */
    void useAsCover(th.nithet.content.files.Attachment cover) {
        th.nithet.platform.rules.RuleViolation.require(cover == null
                || (cover.getContent().getId().equals(getId()) && cover.getFile().isImage()), "news.coverNotPicture");
        this.coverAttachmentId = cover == null ? null : cover.getId();
    }
}
