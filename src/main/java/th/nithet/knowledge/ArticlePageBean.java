package th.nithet.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.ContentItemPage;

/** An article's page ({@code /knowledge/{id}}, view {@code views/knowledge/item.xhtml}). */
@Named
@ViewScoped
public class ArticlePageBean extends ContentItemPage<Article> {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeService knowledge;

    @Override
    protected Article read(long id) {
        return knowledge.read(id);
    }
}
