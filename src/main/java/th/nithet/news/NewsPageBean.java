package th.nithet.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import th.nithet.platform.web.SessionSafe;
import th.nithet.content.files.Attachment;
import th.nithet.content.web.ContentItemPage;

/** A news item's page ({@code /news/{id}}, view {@code views/news/item.xhtml}). */
@Named
@ViewScoped
public class NewsPageBean extends ContentItemPage<News> {

    private static final long serialVersionUID = 1L;

    private final SessionSafe<NewsService> news = SessionSafe.of(NewsService.class);

    /** A news item's page shows a reader nothing of their own but the header, the like button and their comments. */
    @Override
    protected boolean sameForEveryReader() {
        return true;
    }

    @Override
    protected News read(long id) {
        return news.get().read(id);
    }

    /** The cover picture, if the item has one. */
    public Attachment getCover() {
        Long cover = getItem().getCoverAttachmentId();
        return cover == null ? null : getFiles().stream().filter(a -> a.getId().equals(cover)).findFirst().orElse(null);
    }
}
