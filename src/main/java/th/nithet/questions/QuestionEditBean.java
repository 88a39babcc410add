package th.nithet.questions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.web.ContentEditPage;
import th.nithet.search.engine.SearchEngine;
import th.nithet.search.SearchService;

import java.io.IOException;
import java.util.List;

/**
 * Asking ({@code /questions/new}) and changing a question ({@code /questions/{id}/edit}). While the
 * title is typed, questions like it are shown, so that people find an answer before asking twice.
 */
@Named
@ViewScoped
public class QuestionEditBean extends ContentEditPage<Question> {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionService questions;

    @Inject
    SearchService search;

    private transient List<SearchEngine.Similar> similar = List.of();

    @Override
    protected Question editable(long id) {
        Question question = questions.read(id);
        if (!questions.canEdit(question)) {
            throw new ContentAccessDenied(false);
        }
        return question;
    }

    @Override
    protected boolean mayWrite() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    @Override
    protected void fill(Question question) {
        // nothing of its own: a question is its shared fields
    }

    /** Called as the title is typed (Ajax, after a pause). */
    public void findSimilar() {
        String title = getTitle();
        similar = title == null || title.strip().length() < 3 ? List.of()
                : search.similar(title, "question", 5).stream().filter(s -> getId() == null || s.id() != getId()).toList();
    }

    /** Asks (or saves) and goes to the question's page. */
    public void save() throws IOException {
        boolean isNew = isNew();
        boolean saved = saving(() -> isNew ? questions.ask(draft()).getId() : questions.update(getId(), draft()).getId(),
                isNew ? "qa.asked" : "qa.saved");
        if (saved) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/questions/" + getId());
        }
    }

    public List<SearchEngine.Similar> getSimilar() {
        return similar == null ? List.of() : similar; // not kept when the session moved to another instance
    }
}
