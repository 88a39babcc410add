package th.nithet.surveys;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.nithet.content.ContentItem;
import th.nithet.people.Account;
import th.nithet.platform.db.Timestamped;
import th.nithet.projects.Project;
import th.nithet.projects.ProjectActivity;
import th.nithet.projects.ProjectTraining;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessment form (แบบประเมินออนไลน์): title, what it is about, its questions, whether answers
 * are anonymous, what it assesses (a supervision, a practice, a project's activity or training; optional), who owns it and its state.
 */
@Entity
@Table(name = "survey")
public class Survey extends Timestamped {

    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(nullable = false)
    private boolean anonymous;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_id")
    private Account owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_id")
    private ContentItem target;

    /** Or a project's activity or training it assesses (at most one of the three is set). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_activity_id")
    private ProjectActivity activity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_training_id")
    private ProjectTraining training;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SurveyState state = SurveyState.DRAFT;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position ASC")
    private List<SurveyQuestion> questions = new ArrayList<>();

    @Version
    private int version;

    protected Survey() {
    }

    Survey(Account owner) {
        this.owner = owner;
    }

    void describe(String title, String description, boolean anonymous, ContentItem target, ProjectActivity activity,
                  ProjectTraining training) {
        this.title = title;
        this.description = description;
        this.anonymous = anonymous;
        this.target = target;
        this.activity = activity;
        this.training = training;
    }

    void replaceQuestions(List<SurveyQuestion> next) {
        questions.clear();
        questions.addAll(next);
    }

    void open(Instant at) {
        state = SurveyState.OPEN;
        openedAt = at;
    }

    void close(Instant at) {
        state = SurveyState.CLOSED;
        closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Account getOwner() {
        return owner;
    }

    public ContentItem getTarget() {
        return target;
    }

    public ProjectActivity getActivity() {
        return activity;
    }

    public ProjectTraining getTraining() {
        return training;
    }

    /** The project whose activity or training this form assesses, if any. */
    public Project getProject() {
        return activity != null ? activity.getProject() : training != null ? training.getProject() : null;
    }

    public SurveyState getState() {
        return state;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<SurveyQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
