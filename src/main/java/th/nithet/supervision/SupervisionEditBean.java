package th.nithet.supervision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentEditPage;
import th.nithet.organisation.OrganisationService;
import th.nithet.organisation.School;
import th.nithet.people.Account;

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
    transient SupervisionService supervisions;

    @Inject
    transient OrganisationService organisation;

    private Long schoolId;
    private String participants;

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
        participants = supervision.getParticipantsByName().stream().map(Account::getUsername).collect(Collectors.joining(", "));
    }

    /** Saves and goes to the supervision's page. */
    public void save() throws IOException {
        List<String> names = participants == null ? List.of()
                : Arrays.stream(participants.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        SupervisionDraft draft = new SupervisionDraft(draft(), schoolId, names);
        if (saving(() -> getId() == null ? supervisions.open(draft).getId() : supervisions.update(getId(), draft).getId(),
                "supervision.saved")) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/supervisions/" + getId());
        }
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
