package th.nithet.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.content.ContentDraft;
import th.nithet.content.ContentNotFound;
import th.nithet.content.ContentWriter;
import th.nithet.content.RichText;
import th.nithet.content.SearchNotice;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.content.Visibility;
import th.nithet.notifications.NotificationKind;
import th.nithet.notifications.Notifications;
import th.nithet.organisation.School;
import th.nithet.indicators.Indicator;
import th.nithet.projects.Project;
import th.nithet.people.Account;
import th.nithet.people.Position;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.time.PortalClock;
import th.nithet.platform.time.ThaiDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Online supervision: supervisors open a thread with a school and/or teachers; both sides write in
 * its private conversation; supervisors record the coaching steps (plan, observation, feedback,
 * agreed actions with due dates, follow-up) and close it. Only its participants, its school's
 * director and staff see it (403 for anyone else). The other side is told of each message; a
 * supervisor is told when an agreed action is overdue. The transaction and authorization boundary.
 */
@Stateless
@PermitAll
public class SupervisionService {

    public static final int MAX_PARTICIPANTS = 50;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    Viewers viewers;

    @Inject
    ContentWriter writer;

    @Inject
    SearchNotice search;

    @Inject
    Notifications notifications;

    @Inject
    PortalClock clock;

    public Supervision open(SupervisionDraft draft) {
        Viewer viewer = viewers.staff();
        Supervision supervision = new Supervision(viewer.account(), clock.now());
        write(supervision, draft);
        supervision.publish(PortalClock.instant());
        em.persist(supervision);
        em.flush();
        search.changed(supervision);
        notifications.send(others(schoolSide(supervision), viewer.account()), NotificationKind.SUPERVISION,
                subject("notify.supervisionOpened", viewer.account().getDisplayName(), supervision.getTitle()), supervision.path());
        return supervision;
    }

    public Supervision update(long id, SupervisionDraft draft) {
        Viewer viewer = viewers.staff();
        Supervision supervision = viewer.checkRead(em.find(Supervision.class, id), PortalClock.instant());
        write(supervision, draft);
        search.changed(supervision);
        return supervision;
    }

    /** The thread, for its participants, its school's director and staff; 403 for anyone else. */
    public Supervision read(long id) {
        return viewers.current().checkRead(em.find(Supervision.class, id), PortalClock.instant());
    }

    public List<SupervisionMessage> messages(long id) {
        Supervision supervision = read(id);
        return em.createQuery("SELECT m FROM SupervisionMessage m WHERE m.supervision = :s ORDER BY m.createdAt, m.id",
                SupervisionMessage.class).setParameter("s", supervision).getResultList();
    }

    public List<CoachingStep> steps(long id) {
        Supervision supervision = read(id);
        return em.createQuery("SELECT c FROM CoachingStep c WHERE c.supervision = :s ORDER BY c.happenedOn, c.id",
                CoachingStep.class).setParameter("s", supervision).getResultList();
    }

    /** A message from either side; the other side is told. */
    public SupervisionMessage post(long id, String body) {
        Viewer viewer = viewers.signedIn();
        Supervision supervision = viewer.checkRead(em.find(Supervision.class, id), PortalClock.instant());
        RuleViolation.require(!supervision.isClosed(), "supervision.closed");
        String raw = body == null ? "" : body;
        InvalidFields.collect().check(raw.length() <= RichText.MAX_LENGTH, "body", "content.bodyTooLong", RichText.MAX_LENGTH)
                .throwIfAny();
        String clean = RichText.fromPlainOrRich(raw);
        InvalidFields.collect().check(!RichText.isEmpty(clean), "body", "content.bodyRequired").throwIfAny();
        SupervisionMessage message = new SupervisionMessage(supervision, viewer.account(), clean, clock.now());
        em.persist(message);
        boolean fromSchool = !viewer.isStaff();
        settle(supervision, fromSchool ? SupervisionState.AWAITING_SUPERVISOR : SupervisionState.AWAITING_SCHOOL);
        List<Account> otherSide = fromSchool ? supervisorSide(supervision) : schoolSide(supervision);
        notifications.send(others(otherSide, viewer.account()), NotificationKind.SUPERVISION,
                subject("notify.supervisionMessage", viewer.account().getDisplayName(), supervision.getTitle()), supervision.path());
        return message;
    }

    /** A coaching step, recorded by staff; an agreed action needs its due date. */
    public CoachingStep record(long id, StepKind kind, String text, LocalDate happenedOn, LocalDate dueOn) {
        Viewer viewer = viewers.staff();
        Supervision supervision = viewer.checkRead(em.find(Supervision.class, id), PortalClock.instant());
        CoachingStep step = supervision.record(viewer.account(), kind, text, happenedOn, dueOn, ThaiDates.today(), clock.now());
        em.persist(step);
        em.flush();
        settle(supervision, supervision.getState());
        return step;
    }

    /** An agreed action is done: by staff or by the school's side. */
    public CoachingStep done(long stepId) {
        Viewer viewer = viewers.signedIn();
        CoachingStep step = em.find(CoachingStep.class, stepId);
        if (step == null) {
            throw new ContentNotFound();
        }
        Supervision supervision = viewer.checkRead(step.getSupervision(), PortalClock.instant());
        if (step.markDone(clock.now())) {
            em.flush();
            settle(supervision, supervision.getState() == SupervisionState.FOLLOW_UP_DUE ? SupervisionState.OPEN : supervision.getState());
        }
        return step;
    }

    public Supervision close(long id) {
        Viewer viewer = viewers.staff();
        Supervision supervision = viewer.checkRead(em.find(Supervision.class, id), PortalClock.instant());
        supervision.moveTo(SupervisionState.CLOSED, clock.now());
        return supervision;
    }

    public Supervision reopen(long id) {
        Viewer viewer = viewers.staff();
        Supervision supervision = viewer.checkRead(em.find(Supervision.class, id), PortalClock.instant());
        supervision.moveTo(SupervisionState.OPEN, clock.now());
        settle(supervision, SupervisionState.OPEN);
        return supervision;
    }

    /**
     * The threads the caller takes part in, those with an overdue follow-up first, then by last activity.
     * Staff: the ones they supervise or take part in ({@code everyone}: all); the school's side: theirs and,
     * for a director, their school's.
     */
    public List<Supervision> mine(boolean everyone) {
        Viewer viewer = viewers.signedIn();
        Account me = viewer.account();
        List<Supervision> all = em.createQuery("SELECT s FROM Supervision s ORDER BY s.lastActivityAt DESC", Supervision.class)
                .setMaxResults(2000).getResultList();
        return all.stream()
                .filter(s -> (viewer.isStaff() && (everyone || s.getAuthor().getId().equals(me.getId()))) || s.isOpenTo(viewer))
                .sorted((a, b) -> Boolean.compare(b.getState() == SupervisionState.FOLLOW_UP_DUE, a.getState() == SupervisionState.FOLLOW_UP_DUE))
                .toList();
    }

    /**
     * Tells each supervisor once of an agreed action past its due date, and marks its thread "follow-up
     * due". Answers how many actions.
     */
    public int notifyOverdue() {
        LocalDate today = ThaiDates.today(clock.now());
        List<CoachingStep> overdue = em.createQuery("SELECT c FROM CoachingStep c WHERE c.kind = :action AND c.doneAt IS NULL "
                        + "AND c.dueOn < :today AND c.overdueNotifiedAt IS NULL", CoachingStep.class)
                .setParameter("action", StepKind.ACTION).setParameter("today", today).getResultList();
        for (CoachingStep step : overdue) {
            Supervision supervision = step.getSupervision();
            if (!supervision.isClosed()) {
                supervision.moveTo(SupervisionState.FOLLOW_UP_DUE, supervision.getLastActivityAt());
                notifications.send(supervisorSide(supervision), NotificationKind.FOLLOW_UP_DUE,
                        subject("notify.followUpDue", step.getText(), supervision.getTitle()), supervision.path());
            }
            step.overdueNotified(clock.now());
        }
        return overdue.size();
    }

    /** The state after a change: closed stays closed; an overdue action makes it "follow-up due"; else {@code otherwise}. */
    private void settle(Supervision supervision, SupervisionState otherwise) {
        if (supervision.isClosed()) {
            return;
        }
        LocalDate today = ThaiDates.today(clock.now());
        long overdue = em.createQuery("SELECT COUNT(c) FROM CoachingStep c WHERE c.supervision = :s AND c.kind = :action "
                        + "AND c.doneAt IS NULL AND c.dueOn < :today", Long.class)
                .setParameter("s", supervision).setParameter("action", StepKind.ACTION).setParameter("today", today).getSingleResult();
        supervision.moveTo(overdue > 0 ? SupervisionState.FOLLOW_UP_DUE
                : otherwise == SupervisionState.FOLLOW_UP_DUE ? SupervisionState.OPEN : otherwise, clock.now());
    }

    private void write(Supervision supervision, SupervisionDraft draft) {
        InvalidFields.Collector problems = InvalidFields.collect();
        School school = null;
        if (draft.schoolId() != null) {
            school = em.find(School.class, draft.schoolId());
            problems.check(school != null, "schoolId", "supervision.unknownSchool", draft.schoolId());
        }
        Set<Account> participants = new LinkedHashSet<>();
        for (String username : draft.participantUsernames() == null ? List.<String>of() : draft.participantUsernames()) {
            if (username == null || username.isBlank()) {
                continue;
            }
            Account account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u AND a.enabled = TRUE", Account.class)
                    .setParameter("u", username.strip()).getResultStream().findFirst().orElse(null);
            problems.check(account != null, "participants", "supervision.unknownPerson", username);
            if (account != null) {
                participants.add(account);
            }
        }
        Project project = draft.projectId() == null ? null : em.find(Project.class, draft.projectId());
        problems.check(draft.projectId() == null || project != null, "projectId", "project.unknown", draft.projectId());
        Indicator indicator = draft.indicatorId() == null ? null : em.find(Indicator.class, draft.indicatorId());
        problems.check(draft.indicatorId() == null || indicator != null, "indicatorId", "indicator.unknown", draft.indicatorId());
        problems.check(school != null || !participants.isEmpty(), "participants", "supervision.whoRequired")
                .check(participants.size() <= MAX_PARTICIPANTS, "participants", "supervision.tooMany", MAX_PARTICIPANTS);
        ContentDraft content = draft.content();
        // a thread is private: staff-only as content, open to its own people through Supervision.isOpenTo
        writer.write(supervision, new ContentDraft(content.title(), content.body(), Visibility.STAFF, content.learningAreaCodes(),
                content.tags()), problems);
        supervision.setup(school, participants, project, indicator);
    }

    /** The school's side: the participants who are not staff, and the directors of its school. */
    private List<Account> schoolSide(Supervision supervision) {
        List<Account> side = new ArrayList<>(supervision.getParticipants());
        if (supervision.getSchool() != null) {
            side.addAll(em.createQuery("SELECT a FROM Account a WHERE a.school = :school AND a.enabled = TRUE AND a.position IN :directors",
                            Account.class).setParameter("school", supervision.getSchool())
                    .setParameter("directors", Position.SCHOOL_HEADS).getResultList());
        }
        return side;
    }

    /** The supervisor's side: its author and the staff among its participants. */
    private List<Account> supervisorSide(Supervision supervision) {
        List<Account> side = new ArrayList<>();
        side.add(supervision.getAuthor());
        supervision.getParticipants().stream().filter(a -> Viewer.of(a).isStaff()).forEach(side::add);
        return side;
    }

    private static List<Account> others(Collection<Account> people, Account me) {
        return people.stream().filter(p -> !p.getId().equals(me.getId())).toList();
    }

    private static String subject(String key, Object... args) {
        return Messages.get(Languages.THAI, key, args);
    }

    /** Staff see every thread; for the pages' buttons. */
    public boolean isStaff() {
        return viewers.current().isStaff();
    }
}
