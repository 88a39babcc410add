package th.nithet.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.time.ThaiDates;
import th.nithet.platform.web.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Networks and schools for administrators ({@code admin/schools.xhtml}): lists in Thai order; one
 * form per kind that adds a new one, or, after "edit" on a row, changes that one.
 */
@Named
@ViewScoped
public class SchoolsAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisation;

    private Long networkId;
    private String query;

    private Long editingNetworkId;
    private String networkName;

    private Long editingSchoolId;
    private String schoolCode;
    private String schoolName;
    private Long schoolNetworkId;
    private String schoolDistrict;
    private String schoolFounded;
    private boolean schoolActive = true;

    public void saveNetwork() {
        try {
            if (editingNetworkId == null) {
                Feedback.info("schools.networkAdded", organisation.createNetwork(networkName).getName());
            } else {
                Feedback.info("schools.networkSaved", organisation.renameNetwork(editingNetworkId, networkName).getName());
            }
            cancelNetwork();
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void editNetwork(SchoolNetwork network) {
        editingNetworkId = network.getId();
        networkName = network.getName();
    }

    public void cancelNetwork() {
        editingNetworkId = null;
        networkName = null;
    }

    public void saveSchool() {
        try {
            RuleViolation.require(schoolNetworkId != null, "network.required");
            LocalDate founded = null;
            if (schoolFounded != null && !schoolFounded.isBlank()) {
                founded = ThaiDates.parse(schoolFounded).orElseThrow(() -> new RuleViolation("date.unreadable", schoolFounded));
            }
            if (editingSchoolId == null) {
                School school = organisation.createSchool(schoolCode, schoolName, schoolNetworkId, schoolDistrict, founded);
                Feedback.info("schools.schoolAdded", school.getName());
            } else {
                School school = organisation.updateSchool(editingSchoolId, schoolCode, schoolName, schoolNetworkId,
                        schoolDistrict, founded, schoolActive);
                Feedback.info("schools.schoolSaved", school.getName());
            }
            cancelSchool();
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void editSchool(School school) {
        editingSchoolId = school.getId();
        schoolCode = school.getCode();
        schoolName = school.getName();
        schoolNetworkId = school.getNetwork().getId();
        schoolDistrict = school.getDistrict();
        schoolFounded = school.getFoundedOn() == null ? null : ThaiDates.numericDate(school.getFoundedOn(), Feedback.locale());
        schoolActive = school.isActive();
    }

    public void cancelSchool() {
        editingSchoolId = null;
        schoolCode = null;
        schoolName = null;
        schoolDistrict = null;
        schoolFounded = null;
        schoolActive = true;
    }

    public List<SchoolNetwork> getNetworks() {
        return organisation.networks();
    }

    public Map<Long, Long> getSchoolsPerNetwork() {
        return organisation.schoolCountsByNetwork();
    }

    public List<School> getSchools() {
        return organisation.schools(networkId, query, 0, OrganisationService.MAX_PAGE);
    }

    public long getSchoolCount() {
        return organisation.countSchools(networkId, query);
    }

    public boolean isEditingNetwork() {
        return editingNetworkId != null;
    }

    public boolean isEditingSchool() {
        return editingSchoolId != null;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public void setNetworkId(Long networkId) {
        this.networkId = networkId;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getNetworkName() {
        return networkName;
    }

    public void setNetworkName(String networkName) {
        this.networkName = networkName;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = schoolCode;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public Long getSchoolNetworkId() {
        return schoolNetworkId;
    }

    public void setSchoolNetworkId(Long schoolNetworkId) {
        this.schoolNetworkId = schoolNetworkId;
    }

    public String getSchoolDistrict() {
        return schoolDistrict;
    }

    public void setSchoolDistrict(String schoolDistrict) {
        this.schoolDistrict = schoolDistrict;
    }

    public String getSchoolFounded() {
        return schoolFounded;
    }

    public void setSchoolFounded(String schoolFounded) {
        this.schoolFounded = schoolFounded;
    }

    public boolean isSchoolActive() {
        return schoolActive;
    }

    public void setSchoolActive(boolean schoolActive) {
        this.schoolActive = schoolActive;
    }
}
