package th.nithet.practices;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.web.ContentEditPage;

import java.util.Arrays;
import java.util.List;

/** Writing a practice ({@code /practices/new}, {@code /practices/{id}/edit}): saved as a draft; submitted from its page. */
@Named
@ViewScoped
public class PracticeEditBean extends ContentEditPage<Practice> {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeService practices;

    private String summary;
    private String problem;
    private String results;
    private SchoolLevel level;
    private String videoLinks;

    @Override
    protected Practice editable(long id) {
        Practice practice = practices.read(id);
        if (!practices.canEdit(practice)) {
            throw new ContentAccessDenied(false);
        }
        return practice;
    }

    @Override
    protected boolean mayWrite() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    @Override
    protected void fill(Practice practice) {
        summary = practice.getSummary();
        problem = practice.getProblemHtml();
        results = practice.getResultsHtml();
        level = practice.getLevel();
        videoLinks = String.join("\n", practice.getVideoLinks());
    }

    public void save() {
        PracticeDraft draft = new PracticeDraft(draft(), summary, problem, results, level, links());
        saving(() -> getId() == null ? practices.create(draft).getId() : practices.update(getId(), draft).getId(), "practice.saved");
    }

    private List<String> links() {
        return videoLinks == null ? List.of() : Arrays.stream(videoLinks.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public SchoolLevel[] getLevels() {
        return SchoolLevel.values();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public void setLevel(SchoolLevel level) {
        this.level = level;
    }

    public String getVideoLinks() {
        return videoLinks;
    }

    public void setVideoLinks(String videoLinks) {
        this.videoLinks = videoLinks;
    }
}
