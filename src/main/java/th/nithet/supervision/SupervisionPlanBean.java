package th.nithet.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.PageLoads;
import th.nithet.content.web.PageActions;
import th.nithet.organisation.OrganisationService;
import th.nithet.organisation.School;
import th.nithet.people.Account;
import th.nithet.people.Supervisors;
import th.nithet.platform.time.FiscalYear;
import th.nithet.platform.time.ThaiDates;
import th.nithet.platform.web.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The yearly plan page ({@code /supervisions/plan?year=2570&supervisor=}): schools not reached this
 * year first, then planned versus held by supervisor, network and school, then the plan month by
 * month, where supervisors add and remove their lines.
 */
@Named
@ViewScoped
public class SupervisionPlanBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionPlans plans;

    @Inject
    OrganisationService organisation;

    @Inject
    Supervisors supervisors;

    private Integer year;
    private String supervisor;
    private int month = ThaiDates.today().getMonthValue();
    private Long schoolId;
    private String topic;
    private transient SupervisionPlans.Progress progress;

    public void load() throws IOException {
        if (year == null) {
            year = FiscalYear.current().buddhistYear();
        }
        PageLoads.guard(() -> progress = plans.progress(year, supervisor));
    }

    public void add() throws IOException {
        if (PageActions.attempt(() -> plans.add(supervisor, year, month, schoolId, topic), "plan.added")) {
            topic = null;
        }
        load();
    }

    public void remove(long id) throws IOException {
        PageActions.attempt(() -> plans.remove(id), "plan.removed");
        load();
    }

    public String monthName(int m) {
        return ThaiDates.monthName(m, Feedback.locale());
    }

    /** October first: the fiscal year's months in order. */
    public List<Integer> getMonths() {
        return IntStream.of(10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9).boxed().toList();
    }

    public List<Integer> getYears() {
        return FiscalYear.choices();
    }

    public List<School> getSchools() {
        return organisation.allSchools();
    }

    public List<Account> getSupervisorChoices() {
        return supervisors.all();
    }

    public SupervisionPlans.Progress getProgress() {
        if (progress == null && year != null) {
            progress = plans.progress(year, supervisor); // after the session moved: what was read is not kept in it
        }
        return progress;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public int getMonth() {
        return month;
    }

    public void setMonth(int month) {
        this.month = month;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
