package th.nithet.questions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import th.nithet.platform.web.SessionSafe;
import th.nithet.content.web.ContentItemPage;
import th.nithet.content.web.PageActions;
import th.nithet.content.RichText;
import th.nithet.people.Account;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question's page ({@code /questions/{id}}): the question, its answers (accepted first, then by
 * votes) with their histories, answering, voting, accepting, following, and — for staff — assigning.
 */
@Named
@ViewScoped
public class QuestionPageBean extends ContentItemPage<Question> {

    private static final long serialVersionUID = 1L;

    private final SessionSafe<QuestionService> questions = SessionSafe.of(QuestionService.class);

    private String answerText;
    private Long editingAnswerId;
    private String editAnswerText;
    private String assignee;
    private transient List<Answer> answers;
    private transient Set<Long> myVotes;
    private transient Map<Long, List<AnswerVersion>> histories;

    @Override
    protected Question read(long id) {
        Question question = questions.get().read(id);
        answers = null;
        myVotes = null;
        assignee = question.getAssignedTo() == null ? null : question.getAssignedTo().getUsername();
        return question;
    }

    public void postAnswer() {
        if (act(() -> questions.get().answer(getId(), answerText), "qa.answered")) {
            answerText = null;
        }
    }

    public void editAnswer(Answer answer) {
        editingAnswerId = answer.getId();
        editAnswerText = answer.getBodyHtml();
    }

    public void saveAnswer() {
        if (act(() -> questions.get().editAnswer(editingAnswerId, editAnswerText), "qa.answerSaved")) {
            editingAnswerId = null;
            editAnswerText = null;
        }
    }

    public void cancelAnswerEdit() {
        editingAnswerId = null;
        editAnswerText = null;
    }

    public boolean isEditingAnswer(Answer answer) {
        return answer.getId().equals(editingAnswerId);
    }

    public void toggleVote(Answer answer) {
        boolean up = !isVoted(answer);
        act(() -> questions.get().vote(answer.getId(), up), up ? "qa.voted" : "qa.unvoted");
    }

    public void accept(Answer answer) {
        act(() -> questions.get().accept(answer.getId()), "qa.accepted");
    }

    public void toggleFollow() {
        boolean follow = !isFollowing();
        act(() -> {
            questions.get().follow(getId(), follow);
            return null;
        }, follow ? "qa.following" : "qa.unfollowed");
    }

    public void assign() {
        act(() -> questions.get().assign(getId(), assignee), assignee == null || assignee.isBlank() ? "qa.unassigned" : "qa.assigned");
    }

    /** Runs an action, shows its message or its problem, and reads the question again. */
    private boolean act(java.util.function.Supplier<?> action, String doneKey) {
        try {
            return PageActions.attempt(action::get, doneKey);
        } finally {
            reload();
        }
    }

    private void reload() {
        answers = null;
        histories = null;
        myVotes = null;
        refreshItem();
    }

    public List<Answer> getAnswers() {
        if (answers == null) {
            answers = questions.get().answers(getId());
        }
        return answers;
    }

    public List<AnswerVersion> history(Answer answer) {
        return histories().computeIfAbsent(answer.getId(), id -> questions.get().history(id));
    }

    /** Edited: it has had more than one text (accepting or voting changes the row, not the text). */
    public boolean isEdited(Answer answer) {
        return history(answer).size() > 1;
    }

    private Map<Long, List<AnswerVersion>> histories() {
        if (histories == null) {
            histories = new java.util.HashMap<>();
        }
        return histories;
    }

    public boolean isVoted(Answer answer) {
        if (myVotes == null) {
            myVotes = questions.get().myVotes(getId());
        }
        return myVotes.contains(answer.getId());
    }

    public boolean isMyAnswer(Answer answer) {
        return isSignedIn() && answer.getAuthor().getId().equals(getViewer().account().getId());
    }

    public boolean mayEditAnswer(Answer answer) {
        return isMyAnswer(answer) || isStaff();
    }

    /** The asker (or staff) may accept an answer that is not accepted yet. */
    public boolean mayAccept(Answer answer) {
        return !answer.isAccepted() && isSignedIn() && (getViewer().isAuthorOf(getItem()) || isStaff());
    }

    public boolean mayVote(Answer answer) {
        return isSignedIn() && !isMyAnswer(answer);
    }

    public boolean isFollowing() {
        return questions.get().follows(getId());
    }

    public List<Account> getSupervisors() {
        return questions.get().supervisors();
    }

    public String plain(String html) {
        return RichText.text(html);
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public String getEditAnswerText() {
        return editAnswerText;
    }

    public void setEditAnswerText(String editAnswerText) {
        this.editAnswerText = editAnswerText;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
