package th.nithet.knowledge;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.web.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The knowledge bank's category tree for staff ({@code /knowledge/categories}): add under a parent, rename. */
@Named
@ViewScoped
public class ArticleCategoriesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeService knowledge;

    private Long editingId;
    private String name;
    private Long parentId;

    public void load() throws IOException {
        if (!knowledge.canWrite()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            faces.responseComplete();
        }
    }

    public void save() {
        try {
            ArticleCategory category = editingId == null ? knowledge.createCategory(name, parentId)
                    : knowledge.renameCategory(editingId, name);
            Feedback.info("knowledge.categorySaved", category.getPath());
            cancel();
        } catch (InvalidFields e) {
            e.messages(Feedback.locale()).values().forEach(m -> Feedback.error("content.fieldProblem", Feedback.label("name"), m));
        }
    }

    public void edit(ArticleCategory category) {
        editingId = category.getId();
        name = category.getName();
    }

    public void cancel() {
        editingId = null;
        name = null;
        parentId = null;
    }

    public List<ArticleCategory> getCategories() {
        return knowledge.categories();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
