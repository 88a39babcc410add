package th.nithet.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentType;
import th.nithet.content.Viewer;
import th.nithet.organisation.School;
import th.nithet.people.Account;
import th.nithet.indicators.Indicator;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.projects.Project;
import th.nithet.search.SearchDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An online supervision (การนิเทศออนไลน์): a supervisor (its author) coaches a school and/or named
 * teachers on a topic (the title; the body says what it is for). Staff-only as content, and open to
 * its participants and to the director of its school: nobody else sees it, in lists or search.
 */
@Entity
@Table(name = "supervision")
@DiscriminatorValue("SUPERVISION")
@PrimaryKeyJoinColumn(name = "content_id")
public class Supervision extends ContentItem {

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "school_id")
    private School school;

    /** The indicator it is evidence for, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    /** The project this supervision serves, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupervisionState state = SupervisionState.OPEN;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "supervision_participant", joinColumns = @JoinColumn(name = "supervision_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> participants = new HashSet<>();

    protected Supervision() {
    }

    Supervision(Account supervisor, Instant at) {
        super(supervisor);
        this.lastActivityAt = at;
    }

    @Override
    public ContentType type() {
        return ContentType.SUPERVISION;
    }

    /**
     * Who may add files to it: staff, and the school's side too (a lesson plan, a classroom video) while
     * it is open. Changing its topic and participants is for staff only ({@code SupervisionService}).
     */
    @Override
    public boolean mayBeEditedBy(Viewer viewer) {
        return viewer.isStaff() || viewer.isAuthorOf(this) || (!isClosed() && isOpenTo(viewer));
    }

    /** Participants and the director of its school, besides staff. */
    @Override
    public boolean isOpenTo(Viewer viewer) {
        return viewer.isSignedIn() && (isParticipant(viewer.account()) || isDirectorOfItsSchool(viewer.account()));
    }

    public boolean isParticipant(Account account) {
        return account != null && participants.stream().anyMatch(p -> p.getId().equals(account.getId()));
    }

    public boolean isDirectorOfItsSchool(Account account) {
        return account != null && school != null && account.getHeadedSchool() != null
                && account.getHeadedSchool().getId().equals(school.getId());
    }

    /** Whom {@link #isOpenTo} lets in, as search knows them: so that they find the thread too. */
    @Override
    public List<String> searchReaders() {
        List<String> readers = new ArrayList<>();
        participants.forEach(p -> readers.add(SearchDocument.reader(p.getId())));
        if (school != null) {
            readers.add(SearchDocument.headsOf(school.getId()));
        }
        return readers;
    }

    /** The school's side: a participant or the director, who is not staff. */
    public boolean isSchoolSide(Viewer viewer) {
        return viewer.isSignedIn() && !viewer.isStaff() && isOpenTo(viewer);
    }

    @Override
    public String getCategoryLabel() {
        return null;
    }

    void setup(School school, Set<Account> participants, Project project, Indicator indicator) {
        this.school = school;
        this.participants = new HashSet<>(participants);
        this.project = project;
        this.indicator = indicator;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public Project getProject() {
        return project;
    }

    /**
     * A coaching step staff record while the thread is open (its text trimmed, at most
     * {@link CoachingStep#MAX_TEXT}); an agreed action needs its due date, other steps keep none; a step
     * without a date happened {@code today}. The step is new: the caller keeps it.
     */
    CoachingStep record(Account by, StepKind kind, String text, LocalDate happenedOn, LocalDate dueOn, LocalDate today, Instant at) {
        RuleViolation.require(!isClosed(), "supervision.closed");
        String clean = text == null ? "" : text.strip();
        InvalidFields.collect()
                .check(kind != null, "kind", "supervision.kindRequired")
                .check(!clean.isEmpty(), "text", "supervision.textRequired")
                .check(clean.length() <= CoachingStep.MAX_TEXT, "text", "supervision.textTooLong", CoachingStep.MAX_TEXT)
                .check(kind != StepKind.ACTION || dueOn != null, "dueOn", "supervision.dueRequired")
                .throwIfAny();
        return new CoachingStep(this, kind, clean, happenedOn == null ? today : happenedOn, kind == StepKind.ACTION ? dueOn : null, by, at);
    }

    void moveTo(SupervisionState next, Instant at) {
        state = next;
        lastActivityAt = at;
        closedAt = next == SupervisionState.CLOSED ? at : null;
    }

    public School getSchool() {
        return school;
    }

    public SupervisionState getState() {
        return state;
    }

    public boolean isClosed() {
        return state == SupervisionState.CLOSED;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<Account> getParticipantsByName() {
        return participants.stream().sorted(Comparator.comparing(Account::getDisplayName)).toList();
    }

    public Set<Account> getParticipants() {
        return Set.copyOf(participants);
    }
}
