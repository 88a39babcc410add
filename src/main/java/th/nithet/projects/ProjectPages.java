package th.nithet.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.PageLoads;
import th.nithet.platform.time.FiscalYear;

import java.io.IOException;
import java.util.List;

/**
 * The list of a fiscal year's projects for staff ({@code /projects?year=2570}); one project is
 * {@link ProjectPageBean}, its form {@link ProjectEditBean}.
 */
@Named
@RequestScoped
public class ProjectPages {

    @Inject
    ProjectService projects;

    private Integer year;
    private List<Project> items;

    public void loadList() throws IOException {
        if (year == null) {
            year = FiscalYear.current().buddhistYear();
        }
        PageLoads.guard(() -> items = projects.list(year));
    }

    public String money(Baht amount) {
        return Baht.format(amount);
    }

    public List<Integer> getYears() {
        return FiscalYear.choices();
    }

    public List<Project> getItems() {
        return items;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
