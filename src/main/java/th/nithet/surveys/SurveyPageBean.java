package th.nithet.surveys;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.PageLoads;
import th.nithet.content.ContentNotFound;
import th.nithet.content.web.PageActions;
import th.nithet.content.Viewers;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's page ({@code /surveys/{id}}): the people it was sent to answer it here, once; its owner
 * and staff send it, close it, and read the results (mean, levels 1–5, choices, response rate),
 * with the export to XLSX.
 */
@Named
@ViewScoped
public class SurveyPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyService surveys;

    @Inject
    Viewers viewers;

    private Long id;
    private final Map<Long, String> answers = new HashMap<>();
    private String invitees;
    private transient Survey survey;
    private transient SurveyResults results;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PageLoads.guard(() -> {
            if (id == null) {
                throw new ContentNotFound();
            }
            survey = surveys.read(id);
            results = viewers.current().isStaff() ? surveys.results(id) : null;
        });
    }

    public void submit() throws IOException {
        if (PageActions.attempt(() -> surveys.answer(id, answers), "survey.thanks")) {
            answers.clear();
        }
        load();
    }

    public void send() throws IOException {
        List<String> names = invitees == null ? List.of()
                : Arrays.stream(invitees.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        if (PageActions.attempt(() -> surveys.open(id, names), "survey.sent")) {
            invitees = null;
        }
        load();
    }

    public void close() throws IOException {
        PageActions.attempt(() -> surveys.close(id), "survey.closedNow");
        load();
    }

    public boolean isMayAnswer() {
        return getSurvey() != null && surveys.mayAnswer(survey);
    }

    public boolean isAnswered() {
        return getSurvey() != null && surveys.hasAnswered(id);
    }

    public boolean isStaff() {
        return getResults() != null;
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Survey getSurvey() {
        ensure();
        return survey;
    }

    public SurveyResults getResults() {
        ensure();
        return results;
    }

    /** After the session moved to another instance: entities are not kept in it, so read them again. */
    private void ensure() {
        if (survey == null && id != null) {
            survey = surveys.read(id);
            results = viewers.current().isStaff() ? surveys.results(id) : null;
        }
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getInvitees() {
        return invitees;
    }

    public void setInvitees(String invitees) {
        this.invitees = invitees;
    }
}
