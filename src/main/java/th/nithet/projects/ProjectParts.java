package th.nithet.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.time.FiscalYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of recent projects that other things point at — a form assesses an activity or a
 * training — as choices for a select: this and last fiscal year's projects, newest year first.
 */
@RequestScoped
public class ProjectParts {

    /** {@code key}: "a12" for activity 12, "t5" for training 5. */
    public record Choice(String key, String label) {
    }

    @Inject
    ProjectService projects;

    public List<Choice> choices() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        int year = FiscalYear.current().buddhistYear();
        List<Choice> choices = new ArrayList<>();
        for (int y : List.of(year, year - 1)) {
            for (Project p : projects.list(y)) {
                p.getActivities().forEach(a -> choices.add(new Choice("a" + a.getId(), p.getName() + " › " + a.getName())));
                p.getTrainings().forEach(t -> choices.add(new Choice("t" + t.getId(), p.getName() + " › "
                        + Messages.get(locale, "project.trainings") + ": " + Messages.get(locale, "position." + t.getPosition().name()))));
            }
        }
        return choices;
    }
}
