package th.nithet.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;
import th.nithet.platform.time.FiscalYear;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The project pages for staff: the list of a fiscal year ({@code /projects?year=2570}) and one
 * project in the shape of its form ({@code /projects/{id}}), with its budget and training totals.
 * Projects are written through {@code /api/v1/projects} for now.
 */
@Named
@RequestScoped
public class ProjectPages {

    @Inject
    ProjectService projects;

    private Integer year;
    private Long id;
    private List<Project> items;
    private Project project;

    public void loadList() throws IOException {
        if (year == null) {
            year = FiscalYear.current().buddhistYear();
        }
        guard(() -> items = projects.list(year));
    }

    public void loadOne() throws IOException {
        guard(() -> project = projects.read(id == null ? -1 : id));
    }

    private void guard(Runnable load) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            load.run();
        } catch (ContentNotFound e) {
            external.responseSendError(404, null);
            faces.responseComplete();
        } catch (ContentAccessDenied e) {
            if (e.signInWouldHelp()) {
                external.redirect(external.getRequestContextPath() + "/login.xhtml?next=/projects");
            } else {
                external.responseSendError(403, null);
                faces.responseComplete();
            }
        }
    }

    /** 52000 → "52,000.00". */
    public String money(BigDecimal amount) {
        return amount == null ? "–" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    public List<Integer> getYears() {
        int now = FiscalYear.current().buddhistYear();
        return List.of(now + 1, now, now - 1, now - 2);
    }

    public List<Project> getItems() {
        return items;
    }

    public Project getProject() {
        return project;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
