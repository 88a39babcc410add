package th.nithet.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.time.ThaiDates;
import th.nithet.platform.web.Feedback;
import th.nithet.search.OfficeShortForm;
import th.nithet.search.ShortFormService;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The office's short forms for search, for administrators ({@code admin/short-forms.xhtml}): add a
 * short form and the words it stands for, remove one, and see the list shipped with the portal.
 */
@Named
@ViewScoped
public class ShortFormsAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShortFormService shortForms;

    private String shortForm;
    private String longForm;

    public void add() {
        try {
            OfficeShortForm added = shortForms.add(shortForm, longForm);
            Feedback.info("shortForms.added", added.getShortForm(), added.getLongForm());
            shortForm = null;
            longForm = null;
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public void remove(long id) {
        try {
            OfficeShortForm removed = shortForms.remove(id);
            Feedback.info("shortForms.removed", removed.getShortForm(), removed.getLongForm());
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    public List<OfficeShortForm> getOffice() {
        return shortForms.office();
    }

    /** The shipped groups, each as its forms joined by " = ". */
    public List<String> getShipped() {
        return shortForms.shipped().stream().map(group -> String.join(" = ", group)).toList();
    }

    public String dateTime(Instant instant) {
        return ThaiDates.dateTime(instant, Feedback.locale());
    }

    public String getShortForm() {
        return shortForm;
    }

    public void setShortForm(String shortForm) {
        this.shortForm = shortForm;
    }

    public String getLongForm() {
        return longForm;
    }

    public void setLongForm(String longForm) {
        this.longForm = longForm;
    }
}
