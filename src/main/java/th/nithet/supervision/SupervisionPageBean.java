package th.nithet.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import th.nithet.platform.web.SessionSafe;
import org.primefaces.event.FileUploadEvent;
import th.nithet.content.files.Attachment;
import th.nithet.content.web.ContentItemPage;
import th.nithet.content.web.PageActions;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.time.ThaiDates;
import th.nithet.platform.web.Feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervision's page ({@code /supervisions/{id}}): who takes part, the conversation (both sides
 * write, attach lesson plans), the coaching steps (recorded by supervisors; either side marks an
 * agreed action done), closing, and the printable record.
 */
@Named
@ViewScoped
public class SupervisionPageBean extends ContentItemPage<Supervision> {

    private static final long serialVersionUID = 1L;

    private final SessionSafe<SupervisionService> supervisions = SessionSafe.of(SupervisionService.class);

    private String message;
    private StepKind kind = StepKind.OBSERVATION;
    private String stepText;
    private String happenedOn;
    private String dueOn;
    private transient List<SupervisionMessage> messages;
    private transient List<CoachingStep> steps;

    @Override
    protected Supervision read(long id) {
        Supervision supervision = supervisions.get().read(id);
        messages = null;
        steps = null;
        return supervision;
    }

    public void send() {
        if (act(() -> supervisions.get().post(getId(), message), "supervision.sent")) {
            message = null;
        }
    }

    public void recordStep() {
        LocalDate happened = date(happenedOn);
        LocalDate due = date(dueOn);
        if ((happenedOn != null && !happenedOn.isBlank() && happened == null) || (dueOn != null && !dueOn.isBlank() && due == null)) {
            Feedback.error("supervision.badDate", happened == null ? happenedOn : dueOn);
            return;
        }
        if (act(() -> supervisions.get().record(getId(), kind, stepText, happened, due), "supervision.stepSaved")) {
            stepText = null;
            dueOn = null;
        }
    }

    public void done(CoachingStep step) {
        act(() -> supervisions.get().done(step.getId()), "supervision.doneSaved");
    }

    public void close() {
        act(() -> supervisions.get().close(getId()), "supervision.closedNow");
    }

    public void reopen() {
        act(() -> supervisions.get().reopen(getId()), "supervision.reopened");
    }

    public void upload(FileUploadEvent event) {
        try {
            Attachment attachment = attachments.get().attach(getId(), event.getFile().getFileName(), event.getFile().getContent());
            Feedback.info("content.attached", attachment.getFileName());
        } catch (RuleViolation e) {
            Feedback.error(e);
        }
    }

    private boolean act(java.util.function.Supplier<?> action, String doneKey) {
        try {
            return PageActions.attempt(action::get, doneKey);
        } finally {
            refreshItem();
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : ThaiDates.parse(text).orElse(null);
    }

    public List<SupervisionMessage> getMessages() {
        if (messages == null) {
            messages = supervisions.get().messages(getId());
        }
        return messages;
    }

    public List<CoachingStep> getSteps() {
        if (steps == null) {
            steps = supervisions.get().steps(getId());
        }
        return steps;
    }

    public boolean overdue(CoachingStep step) {
        return step.isOverdue(ThaiDates.today());
    }

    public boolean isMayWrite() {
        return !getItem().isClosed() && (isStaff() || getItem().isSchoolSide(getViewer()));
    }

    public boolean mayMarkDone(CoachingStep step) {
        return step.getKind() == StepKind.ACTION && !step.isDone() && isMayWrite();
    }

    public StepKind[] getKinds() {
        return StepKind.values();
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public StepKind getKind() {
        return kind;
    }

    public void setKind(StepKind kind) {
        this.kind = kind;
    }

    public String getStepText() {
        return stepText;
    }

    public void setStepText(String stepText) {
        this.stepText = stepText;
    }

    public String getHappenedOn() {
        return happenedOn;
    }

    public void setHappenedOn(String happenedOn) {
        this.happenedOn = happenedOn;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }
}
