package th.nithet.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.files.Attachment;
import th.nithet.content.web.ContentEditPage;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.time.ThaiDates;
import th.nithet.platform.web.Feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Writing news ({@code /news/new}, {@code /news/{id}/edit}): the shared fields, a category, pin,
 * cover picture; save as draft, publish now or at a date and time (Bangkok), take it off again.
 */
@Named
@ViewScoped
public class NewsEditBean extends ContentEditPage<News> {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsService news;

    private NewsCategory category = NewsCategory.GENERAL;
    private boolean pinned;
    private String publishDate;
    private String publishTime;
    private Long coverId;
    private String status;

    @Override
    protected News editable(long id) {
        News item = news.read(id);
        if (!news.canEdit(item)) {
            throw new th.nithet.content.ContentAccessDenied(false);
        }
        return item;
    }

    @Override
    protected boolean mayWrite() {
        return news.canWrite();
    }

    @Override
    protected void fill(News item) {
        category = item.getCategory();
        pinned = item.isPinned();
        coverId = item.getCoverAttachmentId();
        status = item.getStatus().name();
        if (item.isScheduled(Instant.now())) {
            var local = item.getPublishAt().atZone(ThaiDates.ZONE);
            publishDate = ThaiDates.numericDate(local.toLocalDate(), Feedback.locale());
            publishTime = String.format("%02d:%02d", local.getHour(), local.getMinute());
        }
    }

    public void saveDraft() {
        save(false);
    }

    public void publish() {
        save(true);
    }

    private void save(boolean publish) {
        Instant at;
        try {
            at = publish ? scheduledTime() : null;
        } catch (RuleViolation e) {
            Feedback.error(e);
            return;
        }
        NewsService.Options options = new NewsService.Options(category, pinned, publish, at);
        boolean saved = saving(() -> getId() == null ? news.create(draft(), options).getId()
                : news.update(getId(), draft(), options).getId(),
                !publish ? "news.savedDraft" : at != null && at.isAfter(Instant.now()) ? "news.scheduled" : "news.published");
        if (saved) {
            status = news.read(getId()).getStatus().name();
        }
    }

    public void unpublish() {
        news.unpublish(getId());
        status = "UNPUBLISHED";
        Feedback.info("news.unpublished");
    }

    public void saveCover() {
        try {
            news.setCover(getId(), coverId);
            Feedback.info("news.coverSaved");
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    /** The date and time typed for a scheduled publication, in Bangkok; null for now. */
    private Instant scheduledTime() {
        if (publishDate == null || publishDate.isBlank()) {
            return null;
        }
        LocalDate day = ThaiDates.parse(publishDate).orElseThrow(() -> new RuleViolation("date.unreadable", publishDate));
        LocalTime time = LocalTime.of(8, 0);
        if (publishTime != null && !publishTime.isBlank()) {
            try {
                time = LocalTime.parse(th.nithet.platform.i18n.ThaiDigits.toArabic(publishTime.strip()).replace('.', ':'),
                        java.time.format.DateTimeFormatter.ofPattern("H:mm"));
            } catch (DateTimeParseException e) {
                throw new RuleViolation("time.unreadable", publishTime);
            }
        }
        return day.atTime(time).atZone(ThaiDates.ZONE).toInstant();
    }

    public List<Attachment> getPictures() {
        return getAttachments().stream().filter(a -> a.getFile().isImage()).toList();
    }

    public NewsCategory[] getCategories() {
        return NewsCategory.values();
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public NewsCategory getCategory() {
        return category;
    }

    public void setCategory(NewsCategory category) {
        this.category = category;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public String getPublishDate() {
        return publishDate;
    }

    public void setPublishDate(String publishDate) {
        this.publishDate = publishDate;
    }

    public String getPublishTime() {
        return publishTime;
    }

    public void setPublishTime(String publishTime) {
        this.publishTime = publishTime;
    }

    public Long getCoverId() {
        return coverId;
    }

    public void setCoverId(Long coverId) {
        this.coverId = coverId;
    }
}
