package th.nithet.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.io.Serializable;
import java.util.List;

/** Networks and schools for administrators ({@code admin/schools.xhtml}): list in Thai order, add. */
@Named
@ViewScoped
public class SchoolsAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationService organisation;

    private Long networkId;
    private String newNetwork;
    private String schoolCode;
    private String schoolName;
    private Long schoolNetworkId;
    private String schoolDistrict;

    public void addNetwork() {
        try {
            SchoolNetwork network = organisation.createNetwork(newNetwork);
            Feedback.info("schools.networkAdded", network.getName());
            newNetwork = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void addSchool() {
        try {
            RuleViolation.require(schoolNetworkId != null, "network.required");
            School school = organisation.createSchool(schoolCode, schoolName, schoolNetworkId, schoolDistrict);
            Feedback.info("schools.schoolAdded", school.getName());
            schoolCode = null;
            schoolName = null;
            schoolDistrict = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public List<SchoolNetwork> getNetworks() {
        return organisation.networks();
    }

    public List<School> getSchools() {
        return organisation.schools(networkId, null, 0, OrganisationService.MAX_PAGE);
    }

    public long getSchoolCount() {
        return organisation.countSchools(networkId, null);
    }

    public Long getNetworkId() {
        return networkId;
    }

    public void setNetworkId(Long networkId) {
        this.networkId = networkId;
    }

    public String getNewNetwork() {
        return newNetwork;
    }

    public void setNewNetwork(String newNetwork) {
        this.newNetwork = newNetwork;
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
}
