package th.nithet.people.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.OrganisationService;
import th.nithet.organisation.School;
import th.nithet.organisation.SchoolNetwork;
import th.nithet.people.Account;
import th.nithet.people.AccountAdministration;
import th.nithet.people.Position;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.Role;
import th.nithet.platform.web.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

/** Create an account, or change one ({@code admin/account.xhtml?u=username}). */
@Named
@ViewScoped
public class AccountEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    OrganisationService organisation;

    private String u;
    private boolean existing;
    private String username;
    private String displayName;
    private String email;
    private Position position;
    private Long schoolId;
    private List<String> roles = new ArrayList<>(List.of(Role.MEMBER.name()));
    private List<String> learningAreas = new ArrayList<>();
    /** Ids as text: a multiple choice submits strings, and generics leave Faces nothing to convert by. */
    private List<String> supervisedNetworks = new ArrayList<>();

    /** viewAction: fills the form from the account named by {@code u}; 404 for an unknown one. */
    public void load() throws IOException {
        if (u == null || u.isBlank() || existing) {
            return;
        }
        var found = administration.find(u);
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        Account a = found.get();
        existing = true;
        username = a.getUsername();
        displayName = a.getDisplayName();
        email = a.getEmail();
        position = a.getPosition();
        schoolId = a.getSchool() == null ? null : a.getSchool().getId();
        roles = new ArrayList<>(a.getRoles().stream().map(Role::name).toList());
        learningAreas = new ArrayList<>(a.getLearningAreas().stream().map(LearningArea::getCode).toList());
        supervisedNetworks = new ArrayList<>(a.getSupervisedNetworks().stream().map(n -> n.getId().toString()).toList());
    }

    public void save() throws IOException {
        var draft = new AccountAdministration.Draft(username, displayName, email, position, schoolId,
                roles.isEmpty() ? EnumSet.of(Role.MEMBER) : EnumSet.copyOf(roles.stream().map(Role::valueOf).toList()),
                new HashSet<>(learningAreas),
                new HashSet<>(supervisedNetworks.stream().map(Long::valueOf).toList()));
        try {
            if (existing) {
                administration.update(username, draft);
                Feedback.infoAfterRedirect("account.saved", username);
            } else {
                administration.create(draft, Feedback.locale());
                Feedback.infoAfterRedirect(email == null || email.isBlank() ? "account.created" : "account.createdInvited", username);
            }
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/admin/accounts.xhtml");
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    /** Shows the new temporary password once, for the administrator to pass on. */
    public void temporaryPassword() {
        String password = administration.setTemporaryPassword(username);
        Feedback.info("account.temporaryPassword", username, password);
    }

    public List<School> getSchools() {
        return organisation.allSchools().stream()
                .sorted(java.util.Comparator.comparing(School::getName, java.text.Collator.getInstance(Feedback.locale())))
                .toList();
    }

    public List<SchoolNetwork> getNetworks() {
        return organisation.networks();
    }

    public List<LearningArea> getLearningAreaChoices() {
        return organisation.learningAreas();
    }

    public Role[] getRoleChoices() {
        return Role.values();
    }

    public Position[] getPositions() {
        return Position.values();
    }

    public boolean isExisting() {
        return existing;
    }

    public String getU() {
        return u;
    }

    public void setU(String u) {
        this.u = u;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getLearningAreas() {
        return learningAreas;
    }

    public void setLearningAreas(List<String> learningAreas) {
        this.learningAreas = learningAreas;
    }

    public List<String> getSupervisedNetworks() {
        return supervisedNetworks;
    }

    public void setSupervisedNetworks(List<String> supervisedNetworks) {
        this.supervisedNetworks = supervisedNetworks;
    }
}
