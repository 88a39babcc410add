package th.nithet.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.ContentEditPage;
import th.nithet.platform.web.Feedback;

import java.util.List;

/** Writing a knowledge bank article ({@code /knowledge/new}, {@code /knowledge/{id}/edit}); each save keeps a version. */
@Named
@ViewScoped
public class ArticleEditBean extends ContentEditPage<Article> {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeService knowledge;

    private Long categoryId;
    private String note;
    private String status;

    @Override
    protected Article editable(long id) {
        Article article = knowledge.read(id);
        if (!knowledge.canEdit(article)) {
            throw new th.nithet.content.ContentAccessDenied(false);
        }
        return article;
    }

    @Override
    protected boolean mayWrite() {
        return knowledge.canWrite();
    }

    @Override
    protected void fill(Article article) {
        categoryId = article.getCategory() == null ? null : article.getCategory().getId();
        status = article.getStatus().name();
    }

    public void saveDraft() {
        save(false);
    }

    public void publish() {
        save(true);
    }

    private void save(boolean publish) {
        boolean saved = saving(() -> {
            if (getId() == null) {
                return knowledge.create(draft(), categoryId, publish, note).getId();
            }
            Article article = knowledge.update(getId(), draft(), categoryId, note);
            if (publish && !"PUBLISHED".equals(article.getStatus().name())) {
                knowledge.publish(getId());
            }
            return article.getId();
        }, publish ? "knowledge.published" : "knowledge.saved");
        if (saved) {
            note = null;
            status = knowledge.read(getId()).getStatus().name();
        }
    }

    public void unpublish() {
        knowledge.unpublish(getId());
        status = "UNPUBLISHED";
        Feedback.info("knowledge.unpublished");
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public List<ArticleCategory> getCategories() {
        return knowledge.categories();
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
