package th.nithet.questions;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.ContentAccessDenied;
import th.nithet.people.Account;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.web.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisors' queue ({@code /questions/queue}): unanswered questions they answer for, oldest
 * first, with how long each has waited; any question can be given to a supervisor from here.
 * Also the office's response times (median wait for a first and for an accepted answer).
 */
@Named
@ViewScoped
public class QuestionQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionService questions;

    private boolean all;
    private transient List<Question> waiting;
    private transient QuestionService.ResponseTimes times;
    private final Map<Long, String> assignees = new HashMap<>();

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            waiting = questions.queue(all);
            times = questions.responseTimes();
            waiting.forEach(q -> assignees.put(q.getId(), q.getAssignedTo() == null ? "" : q.getAssignedTo().getUsername()));
        } catch (ContentAccessDenied e) {
            if (e.signInWouldHelp()) {
                external.redirect(external.getRequestContextPath() + "/login.xhtml?next=/questions/queue");
            } else {
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
                FacesContext.getCurrentInstance().responseComplete();
            }
        }
    }

    public void assign(Question question) throws IOException {
        try {
            questions.assign(question.getId(), assignees.get(question.getId()));
            Feedback.info("qa.assigned");
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
        load();
    }

    public void showAll(boolean everyone) throws IOException {
        all = everyone;
        load();
    }

    /** How long a question has waited: "2 วัน 3 ชม." / "5 ชม. 10 นาที" / "12 นาที" (English: d, h, min). */
    public String waited(Question question) {
        return span(question.waiting(Instant.now()));
    }

    static String span(Duration d, java.util.function.BiFunction<String, Object[], String> text) {
        long days = d.toDays();
        long hours = d.minusDays(days).toHours();
        long minutes = d.toMinutes() % 60;
        if (days > 0) {
            return text.apply("qa.span.days", new Object[]{days, hours});
        }
        return hours > 0 ? text.apply("qa.span.hours", new Object[]{hours, minutes}) : text.apply("qa.span.minutes", new Object[]{minutes});
    }

    private static String span(Duration d) {
        return span(d, Feedback::text);
    }

    public boolean overdue(Question question) {
        return question.getEscalatedAt() != null;
    }

    public String median(Duration d) {
        return d == null ? "–" : span(d);
    }

    public List<Question> getWaiting() {
        if (waiting == null) {
            waiting = questions.queue(all); // after the session moved to another instance
        }
        return waiting;
    }

    public QuestionService.ResponseTimes getTimes() {
        if (times == null) {
            times = questions.responseTimes();
        }
        return times;
    }

    public List<Account> getSupervisors() {
        return questions.supervisors();
    }

    public Map<Long, String> getAssignees() {
        return assignees;
    }

    public boolean isAll() {
        return all;
    }
}
