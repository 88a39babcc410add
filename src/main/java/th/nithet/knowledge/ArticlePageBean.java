package th.nithet.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import th.nithet.platform.web.SessionSafe;
import th.nithet.content.web.ContentItemPage;

/** An article's page ({@code /knowledge/{id}}, view {@code views/knowledge/item.xhtml}). */
@Named
@ViewScoped
public class ArticlePageBean extends ContentItemPage<Article> {

    private static final long serialVersionUID = 1L;

    private final SessionSafe<KnowledgeService> knowledge = SessionSafe.of(KnowledgeService.class);

    /** An article's page shows a reader nothing of their own but the header, the like button and their comments. */
    @Override
    protected boolean sameForEveryReader() {
        return true;
    }

    @Override
    protected Article read(long id) {
        return knowledge.get().read(id);
    }
}
