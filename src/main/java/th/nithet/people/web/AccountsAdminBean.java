package th.nithet.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import th.nithet.organisation.LearningArea;
import th.nithet.organisation.OrganisationService;
import th.nithet.organisation.School;
import th.nithet.organisation.SchoolNetwork;
import th.nithet.people.Account;
import th.nithet.people.AccountAdministration;
import th.nithet.people.Position;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The administrator's list of people ({@code admin/accounts.xhtml}): Thai order, pages of 25,
 * filters by network, school, position, learning area and name; disable and enable after a
 * confirmation.
 */
@Named
@ViewScoped
public class AccountsAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    OrganisationService organisation;

    private Long networkId;
    private Long schoolId;
    private Position position;
    private String learningArea;
    private String query;

    private final LazyDataModel<Account> accounts = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(filter());
        }

        @Override
        public List<Account> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            // our filters live outside the table, so the table's own bookkeeping never sees them change
            setRowCount((int) administration.count(filter()));
            return administration.list(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Account account) {
            return account.getUsername();
        }

        @Override
        public Account getRowData(String rowKey) {
            return administration.find(rowKey).orElse(null);
        }
    };

    private AccountAdministration.Filter filter() {
        return new AccountAdministration.Filter(networkId, schoolId, position, learningArea, query);
    }

    /** The filter button: back to the first page with the new conditions. */
    public void applyFilter() {
        var table = (org.primefaces.component.datatable.DataTable) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot().findComponent("accounts:table");
        if (table != null) {
            table.reset();
        }
    }

    public void setEnabled(String username, boolean enabled) {
        try {
            administration.setEnabled(username, enabled);
            Feedback.info(enabled ? "accounts.enabled" : "accounts.disabled", username);
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void unlock(String username) {
        administration.unlock(username);
        Feedback.info("accounts.unlocked", username);
    }

    public LazyDataModel<Account> getAccounts() {
        return accounts;
    }

    public List<SchoolNetwork> getNetworks() {
        return organisation.networks();
    }

    public List<School> getSchools() {
        return networkId == null ? organisation.schools(null, null, 0, OrganisationService.MAX_PAGE)
                : organisation.schools(networkId, null, 0, OrganisationService.MAX_PAGE);
    }

    public List<LearningArea> getLearningAreas() {
        return organisation.learningAreas();
    }

    public Position[] getPositions() {
        return Position.values();
    }

    public Long getNetworkId() {
        return networkId;
    }

    public void setNetworkId(Long networkId) {
        this.networkId = networkId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public String getLearningArea() {
        return learningArea;
    }

    public void setLearningArea(String learningArea) {
        this.learningArea = learningArea;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
