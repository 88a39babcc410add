package th.nithet.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.io.Serializable;
import java.util.List;

/**
 * Learning areas for administrators ({@code admin/learning-areas.xhtml}): rename, reorder, retire
 * (a retired area stays on old content but is no longer offered), or add one.
 */
@Named
@ViewScoped
public class LearningAreasAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisation;

    private Long editingId;
    private String code;
    private String nameTh;
    private String nameEn;
    private Integer sortOrder;
    private boolean active = true;

    public void save() {
        try {
            if (editingId == null) {
                LearningArea area = organisation.createLearningArea(code, nameTh, nameEn);
                Feedback.info("learningAreas.added", area.getNameTh());
            } else {
                RuleViolation.require(sortOrder != null, "learningAreas.orderRequired");
                LearningArea area = organisation.updateLearningArea(editingId, nameTh, nameEn, sortOrder, active);
                Feedback.info("learningAreas.saved", area.getNameTh());
            }
            cancel();
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void edit(LearningArea area) {
        editingId = area.getId();
        code = area.getCode();
        nameTh = area.getNameTh();
        nameEn = area.getNameEn();
        sortOrder = area.getSortOrder();
        active = area.isActive();
    }

    public void cancel() {
        editingId = null;
        code = null;
        nameTh = null;
        nameEn = null;
        sortOrder = null;
        active = true;
    }

    public List<LearningArea> getAreas() {
        return organisation.learningAreas();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameTh() {
        return nameTh;
    }

    public void setNameTh(String nameTh) {
        this.nameTh = nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
