package th.nithet.honours;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.web.ContentEditPage;
import th.nithet.organisation.School;
import th.nithet.platform.time.ThaiDates;
import th.nithet.platform.web.Feedback;

import java.time.LocalDate;
import java.util.List;

/** Recording an honour ({@code /honours/new}) and correcting one ({@code /honours/{id}/edit}): staff only. */
@Named
@ViewScoped
public class HonourEditBean extends ContentEditPage<Honour> {

    private static final long serialVersionUID = 1L;

    @Inject
    HonourService honours;

    @Inject
    th.nithet.organisation.OrganisationService organisation;

    private String recipientName;
    private String recipientUsername;
    private Long recipientSchoolId;
    private AwardLevel level = AwardLevel.AREA;
    private String awardedOn;
    private Long practiceId;

    @Override
    protected Honour editable(long id) {
        Honour honour = honours.read(id);
        if (!honours.canRecord()) {
            throw new ContentAccessDenied(false);
        }
        return honour;
    }

    @Override
    protected boolean mayWrite() {
        return honours.canRecord();
    }

    @Override
    protected void fill(Honour honour) {
        recipientName = honour.getRecipientName();
        recipientUsername = honour.getRecipientAccount() == null ? null : honour.getRecipientAccount().getUsername();
        recipientSchoolId = honour.getRecipientSchool() == null ? null : honour.getRecipientSchool().getId();
        level = honour.getLevel();
        awardedOn = ThaiDates.numericDate(honour.getAwardedOn(), Feedback.locale());
        practiceId = honour.getPractice() == null ? null : honour.getPractice().getId();
    }

    public void save() {
        LocalDate date = awardedOn == null || awardedOn.isBlank() ? null : ThaiDates.parse(awardedOn).orElse(null);
        if (awardedOn != null && !awardedOn.isBlank() && date == null) {
            Feedback.error("honour.badDate", awardedOn);
            return;
        }
        HonourDraft draft = new HonourDraft(draft(), recipientName, recipientUsername, recipientSchoolId, level, date, practiceId);
        saving(() -> getId() == null ? honours.record(draft).getId() : honours.update(getId(), draft).getId(), "honour.saved");
    }

    public AwardLevel[] getLevels() {
        return AwardLevel.values();
    }

    public List<School> getSchools() {
        return organisation.allSchools();
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName;
    }

    public String getRecipientUsername() {
        return recipientUsername;
    }

    public void setRecipientUsername(String recipientUsername) {
        this.recipientUsername = recipientUsername;
    }

    public Long getRecipientSchoolId() {
        return recipientSchoolId;
    }

    public void setRecipientSchoolId(Long recipientSchoolId) {
        this.recipientSchoolId = recipientSchoolId;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public void setLevel(AwardLevel level) {
        this.level = level;
    }

    public String getAwardedOn() {
        return awardedOn;
    }

    public void setAwardedOn(String awardedOn) {
        this.awardedOn = awardedOn;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public void setPracticeId(Long practiceId) {
        this.practiceId = practiceId;
    }
}
