package th.nithet.supervision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.ContentAccessDenied;

import java.io.IOException;
import java.util.List;

/** My supervisions ({@code /supervisions?all=true}): follow-ups due first, then by last activity. */
@Named
@RequestScoped
public class SupervisionListBean {

    @Inject
    SupervisionService supervisions;

    private boolean all;
    private List<Supervision> items;

    public void load() throws IOException {
        try {
            items = supervisions.mine(all);
        } catch (ContentAccessDenied e) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next=/supervisions");
        }
    }

    public boolean isStaff() {
        return supervisions.isStaff();
    }

    public List<Supervision> getItems() {
        return items;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
