package th.nithet.supervision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.web.ContentEditPage;
import th.nithet.organisation.OrganisationService;
import th.nithet.organisation.School;
import th.nithet.people.Account;
import th.nithet.platform.time.FiscalYear;
import th.nithet.indicators.Indicator;
import th.nithet.indicators.IndicatorService;
import th.nithet.projects.Project;
import th.nithet.projects.ProjectService;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Opening a supervision ({@code /supervisions/new}) or changing one ({@code /supervisions/{id}/edit}): staff only. */
@Named
@ViewScoped
public class SupervisionEditBean extends ContentEditPage<Supervision> {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionService supervisions;

    @Inject
    OrganisationService organisation;

    @Inject
    ProjectService projects;

    @Inject
    IndicatorService indicators;

    private Long schoolId;
    private String participants;
    private Long projectId;
    private Long indicatorId;

    @Override
    protected Supervision editable(long id) {
        Supervision supervision = supervisions.read(id);
        if (!supervisions.isStaff()) {
            throw new ContentAccessDenied(false);
        }
        return supervision;
    }

    @Override
    protected boolean mayWrite() {
        return supervisions.isStaff();
    }

    @Override
    protected void fill(Supervision supervision) {
        schoolId = supervision.getSchool() == null ? null : supervision.getSchool().getId();
        projectId = supervision.getProject() == null ? null : supervision.getProject().getId();
        indicatorId = supervision.getIndicator() == null ? null : supervision.getIndicator().getId();
        participants = supervision.getParticipantsByName().stream().map(Account::getUsername).collect(Collectors.joining(", "));
    }

    /** Saves and goes to the supervision's page. */
    public void save() throws IOException {
        List<String> names = participants == null ? List.of()
                : Arrays.stream(participants.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        SupervisionDraft draft = new SupervisionDraft(draft(), schoolId, names, projectId, indicatorId);
        if (saving(() -> getId() == null ? supervisions.open(draft).getId() : supervisions.update(getId(), draft).getId(),
                "supervision.saved")) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/supervisions/" + getId());
        }
    }

    /** This and last fiscal year's projects, to say which one the supervision serves. */
    public List<Project> getProjects() {
        int year = FiscalYear.current().buddhistYear();
        List<Project> all = new java.util.ArrayList<>(projects.list(year));
        all.addAll(projects.list(year - 1));
        return all;
    }

    /** This fiscal year's indicators, to say which one the supervision is evidence for. */
    public List<Indicator> getIndicators() {
        return indicators.list(FiscalYear.current().buddhistYear());
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public List<School> getSchools() {
        return organisation.allSchools();
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }
}
