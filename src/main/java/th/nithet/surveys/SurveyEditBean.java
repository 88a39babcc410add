package th.nithet.surveys;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.PageLoads;
import th.nithet.content.web.PageActions;
import th.nithet.content.Viewers;
import th.nithet.projects.ProjectParts;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Building a form ({@code /surveys/new}): title, what it is about, anonymous or named, what it assesses, and its questions. */
@Named
@ViewScoped
public class SurveyEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyService surveys;

    @Inject
    Viewers viewers;

    @Inject
    ProjectParts projectParts;

    /** A question row of the builder. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private QuestionKind kind = QuestionKind.LIKERT;
        private String text;
        private String choices;
        private boolean required = true;

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }

    private String title;
    private String description;
    private boolean anonymous = true;
    private Long targetId;
    /** A project part the form assesses: "a12" (activity 12) or "t5" (training 5); from the choice list or {@code ?part=}. */
    private String projectPart;
    private final List<Row> rows = new ArrayList<>(List.of(new Row()));
    private Long createdId;

    public void load() throws IOException {
        PageLoads.guard(viewers::staff);
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(Row row) {
        if (rows.size() > 1) {
            rows.remove(row);
        }
    }

    public void save() throws IOException {
        List<SurveyDraft.QuestionDraft> questions = rows.stream().map(r -> new SurveyDraft.QuestionDraft(r.getKind(), r.getText(),
                r.getChoices() == null ? List.of() : Arrays.stream(r.getChoices().split("\\R")).toList(), r.isRequired())).toList();
        Long activityId = partId('a');
        Long trainingId = partId('t');
        SurveyDraft draft = new SurveyDraft(title, description, anonymous, targetId, activityId, trainingId, questions);
        if (PageActions.attempt(() -> createdId = surveys.create(draft).getId(), "survey.saved")) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/surveys/" + createdId);
        }
    }

    private Long partId(char kind) {
        return projectPart != null && projectPart.matches("[at][0-9]{1,18}") && projectPart.charAt(0) == kind
                ? Long.valueOf(projectPart.substring(1)) : null;
    }

    /** The activities and trainings of this and last fiscal year's projects, to choose what the form assesses. */
    public List<ProjectParts.Choice> getProjectParts() {
        return projectParts.choices();
    }

    public String getProjectPart() {
        return projectPart;
    }

    public void setProjectPart(String projectPart) {
        this.projectPart = projectPart;
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }
}
