package th.nithet.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;
import th.nithet.platform.web.Feedback;

import java.io.IOException;
import java.util.List;

/** An article's versions ({@code /knowledge/{id}/versions}): who saved what when; restore one. */
@Named
@ViewScoped
public class ArticleVersionsBean implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeService knowledge;

    private Long id;
    private transient Article article;
    private transient List<ArticleVersion> versions;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (id == null) {
                throw new ContentNotFound();
            }
            article = knowledge.read(id);
            if (!knowledge.canEdit(article)) {
                throw new ContentAccessDenied(false);
            }
            versions = knowledge.versions(id);
        } catch (ContentNotFound e) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        } catch (ContentAccessDenied e) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            faces.responseComplete();
        }
    }

    public void restore(int number) {
        article = knowledge.restore(id, number);
        versions = knowledge.versions(id);
        Feedback.info("knowledge.restored", number);
    }

    public Article getArticle() {
        ensure();
        return article;
    }

    public List<ArticleVersion> getVersions() {
        ensure();
        return versions;
    }

    /** After the session moved to another instance: entities are not kept in it, so read them again. */
    private void ensure() {
        if (article == null && id != null) {
            article = knowledge.read(id);
            if (!knowledge.canEdit(article)) {
                throw new ContentAccessDenied(false);
            }
            versions = knowledge.versions(id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
