package th.nithet.surveys;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;

import java.io.IOException;
import java.util.List;

/** Forms ({@code /surveys}): those waiting for the caller's answer, and for staff every form with its state. */
@Named
@RequestScoped
public class SurveyListBean {

    @Inject
    SurveyService surveys;

    private List<Survey> toAnswer;
    private List<Survey> owned;

    public void load() throws IOException {
        try {
            toAnswer = surveys.toAnswer();
            owned = surveys.owned();
        } catch (ContentAccessDenied e) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next=/surveys");
        }
    }

    public List<Survey> getToAnswer() {
        return toAnswer;
    }

    public List<Survey> getOwned() {
        return owned;
    }
}
