package th.nithet.questions;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentDraft;
import th.nithet.content.ContentNotFound;
import th.nithet.content.ContentStatus;
import th.nithet.content.ContentWriter;
import th.nithet.content.ListedItems;
import th.nithet.content.RichText;
import th.nithet.content.SearchNotice;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.notifications.NotificationKind;
import th.nithet.notifications.Notifications;
import th.nithet.people.Account;
import th.nithet.people.Supervisors;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.security.Role;
import th.nithet.platform.time.PortalClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Q&A (ถาม-ตอบ): members ask, anyone signed in answers, the asker (or a supervisor) accepts one
 * answer; answers are voted up once per person, never by their own author; every edit of an answer
 * is kept. Supervisors work the queue of unanswered questions. The transaction and authorization
 * boundary of the feature; the people concerned are notified in the same transaction.
 */
@Stateless
@PermitAll
public class QuestionService {

    public static final int MAX_PAGE = 100;

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

    @Inject
    Supervisors supervisors;

    /** The lists of the Q&A page. */
    public enum View { NEWEST, UNANSWERED, MOST_VOTED, MINE, FOLLOWING }

    /** A question, live at once; the asker follows it. */
    public Question ask(ContentDraft draft) {
        Viewer viewer = viewers.signedIn();
        Question question = new Question(viewer.account());
        writer.write(question, draft, InvalidFields.collect());
        question.publish(PortalClock.instant());
        em.persist(question);
        em.flush();
        follow(question, viewer.account());
        search.changed(question);
        return question;
    }

    public Question update(long id, ContentDraft draft) {
        Question question = viewers.signedIn().checkEdit(em.find(Question.class, id), PortalClock.instant());
        writer.write(question, draft, InvalidFields.collect());
        search.changed(question);
        return question;
    }

    /** Staff take a question off the portal (or put it back). */
    public Question setLive(long id, boolean live) {
        Viewer viewer = viewers.staff();
        Question question = viewer.checkRead(em.find(Question.class, id), PortalClock.instant());
        if (live) {
            question.publish(question.getPublishAt() == null ? PortalClock.instant() : question.getPublishAt());
        } else {
            question.unpublish();
        }
        search.changed(question);
        return question;
    }

    public Question read(long id) {
        return viewers.current().checkRead(em.find(Question.class, id), PortalClock.instant());
    }

    public boolean canEdit(Question question) {
        return question.mayBeEditedBy(viewers.current());
    }

    public List<Answer> answers(long questionId) {
        read(questionId);
        return em.createQuery("SELECT a FROM Answer a WHERE a.question.id = :id ORDER BY a.accepted DESC, a.voteCount DESC, "
                + "a.createdAt, a.id", Answer.class).setParameter("id", questionId).getResultList();
    }

    /** An answer by the caller; the asker and followers are told. */
    public Answer answer(long questionId, String body) {
        Viewer viewer = viewers.signedIn();
        Question question = viewer.checkRead(em.find(Question.class, questionId), PortalClock.instant());
        RuleViolation.require(question.isLive(PortalClock.instant()), "qa.notLive");
        Answer answer = new Answer(question, viewer.account(), cleanBody(body));
        question.answered(clock.now());
        em.persist(answer);
        em.flush();
        em.persist(new AnswerVersion(answer, 1, answer.getBodyHtml(), viewer.account(), clock.now()));
        Account me = viewer.account();
        String link = question.path() + "#answer-" + answer.getId();
        if (!question.getAuthor().getId().equals(me.getId())) {
            notifications.send(List.of(question.getAuthor()), NotificationKind.ANSWERED,
                    subject("notify.answered", me.getDisplayName(), question.getTitle()), link);
        }
        notifications.send(others(followers(question), me, question.getAuthor()), NotificationKind.FOLLOWED_ANSWERED,
                subject("notify.followedAnswered", me.getDisplayName(), question.getTitle()), link);
        follow(question, me);
        search.changed(question);
        return answer;
    }

    /** The author of an answer (or staff) changes its text; the text before stays in its history. */
    public Answer editAnswer(long answerId, String body) {
        Viewer viewer = viewers.signedIn();
        Answer answer = answer(answerId, viewer);
        answer.checkEditableBy(viewer);
        String clean = cleanBody(body);
        if (!clean.equals(answer.getBodyHtml())) {
            answer.write(clean);
            int last = em.createQuery("SELECT COALESCE(MAX(v.number), 0) FROM AnswerVersion v WHERE v.answer = :a", Integer.class)
                    .setParameter("a", answer).getSingleResult();
            em.persist(new AnswerVersion(answer, last + 1, clean, viewer.account(), clock.now()));
            search.changed(answer.getQuestion());
        }
        return answer;
    }

    /** Every text the answer has had, newest first. */
    public List<AnswerVersion> history(long answerId) {
        Answer answer = answer(answerId, viewers.current());
        return em.createQuery("SELECT v FROM AnswerVersion v WHERE v.answer = :a ORDER BY v.number DESC", AnswerVersion.class)
                .setParameter("a", answer).getResultList();
    }

    /** One vote up per person; never on one's own answer. Answers the answer's votes. */
    public int vote(long answerId, boolean up) {
        Viewer viewer = viewers.signedIn();
        Answer answer = answer(answerId, viewer);
        answer.checkVoter(viewer);
        if (up) {
            em.createNativeQuery("INSERT IGNORE INTO answer_vote (answer_id, account_id, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))")
                    .setParameter(1, answerId).setParameter(2, viewer.account().getId()).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM answer_vote WHERE answer_id = ? AND account_id = ?")
                    .setParameter(1, answerId).setParameter(2, viewer.account().getId()).executeUpdate();
        }
        int votes = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM answer_vote WHERE answer_id = ?")
                .setParameter(1, answerId).getSingleResult()).intValue();
        answer.setVoteCount(votes);
        return votes;
    }

    /** The answers of a question the caller has voted for. */
    public Set<Long> myVotes(long questionId) {
        Viewer viewer = viewers.current();
        if (!viewer.isSignedIn()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT v.answer_id FROM answer_vote v JOIN answer a ON a.id = v.answer_id "
                + "WHERE a.question_id = ? AND v.account_id = ?").setParameter(1, questionId)
                .setParameter(2, viewer.account().getId()).getResultList();
        Set<Long> mine = new HashSet<>();
        ids.forEach(n -> mine.add(n.longValue()));
        return mine;
    }

    /** The asker (or a supervisor) accepts one answer; another accepted before is no longer. */
    public Answer accept(long answerId) {
        Viewer viewer = viewers.signedIn();
        Answer answer = answer(answerId, viewer);
        Question question = answer.getQuestion();
        List<Answer> acceptedBefore = em.createQuery("SELECT a FROM Answer a WHERE a.question = :q AND a.accepted = TRUE", Answer.class)
                .setParameter("q", question).getResultList();
        if (!question.accept(viewer, answer, acceptedBefore, clock.now())) {
            return answer;
        }
        if (!answer.isBy(viewer)) {
            notifications.send(List.of(answer.getAuthor()), NotificationKind.ACCEPTED,
                    subject("notify.accepted", question.getTitle()), question.path() + "#answer-" + answer.getId());
        }
        return answer;
    }

    public void follow(long questionId, boolean follow) {
        Viewer viewer = viewers.signedIn();
        Question question = viewer.checkRead(em.find(Question.class, questionId), PortalClock.instant());
        if (follow) {
            follow(question, viewer.account());
        } else {
            em.createNativeQuery("DELETE FROM question_follower WHERE question_id = ? AND account_id = ?")
                    .setParameter(1, question.getId()).setParameter(2, viewer.account().getId()).executeUpdate();
        }
    }

    public boolean follows(long questionId) {
        Viewer viewer = viewers.current();
        return viewer.isSignedIn() && ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM question_follower WHERE question_id = ? AND account_id = ?")
                .setParameter(1, questionId).setParameter(2, viewer.account().getId()).getSingleResult()).intValue() > 0;
    }

    /** Staff give a question to a supervisor, who is told; null takes the assignment back. */
    public Question assign(long questionId, String supervisorUsername) {
        Viewer viewer = viewers.staff();
        Question question = viewer.checkRead(em.find(Question.class, questionId), PortalClock.instant());
        if (supervisorUsername == null || supervisorUsername.isBlank()) {
            question.assign(null);
            return question;
        }
        Account supervisor = em.createQuery("SELECT a FROM Account a WHERE a.username = :u AND a.enabled = TRUE", Account.class)
                .setParameter("u", supervisorUsername.strip()).getResultStream().findFirst()
                .filter(a -> a.getRoles().contains(Role.SUPERVISOR))
                .orElseThrow(() -> new RuleViolation("qa.notASupervisor", supervisorUsername));
        question.assign(supervisor);
        if (!supervisor.getId().equals(viewer.account().getId())) {
            notifications.send(List.of(supervisor), NotificationKind.ASSIGNED,
                    subject("notify.assigned", viewer.account().getDisplayName(), question.getTitle()), question.path());
        }
        return question;
    }

    /** Supervisors who may be given questions, for the queue's menu. */
    public List<Account> supervisors() {
        return supervisors.all();
    }

    /** Live questions the caller may read, for one of the lists. */
    public List<Question> list(View view, String learningAreaCode, int offset, int limit) {
        return ListedItems.whole(query(view, learningAreaCode, Question.class, "q", true), "q")
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultList();
    }

    public long count(View view, String learningAreaCode) {
        return query(view, learningAreaCode, Long.class, "COUNT(q)", false).getSingleResult();
    }

    private <T> TypedQuery<T> query(View view, String area, Class<T> type, String select, boolean ordered) {
        Viewer viewer = viewers.current();
        View v = view == null ? View.NEWEST : view;
        if ((v == View.MINE || v == View.FOLLOWING) && !viewer.isSignedIn()) {
            throw new ContentAccessDenied(true);
        }
        StringBuilder jpql = new StringBuilder("SELECT " + select + " FROM Question q WHERE q.status = :published "
                + "AND q.publishAt <= :now AND q.visibility IN :visibilities");
        switch (v) {
            case UNANSWERED -> jpql.append(" AND q.answerCount = 0");
            case MINE -> jpql.append(" AND q.author = :me");
            case FOLLOWING -> jpql.append(" AND EXISTS (SELECT 1 FROM QuestionFollower f WHERE f.questionId = q.id AND f.accountId = :meId)");
            default -> { }
        }
        boolean byArea = area != null && !area.isBlank();
        if (byArea) {
            jpql.append(" AND EXISTS (SELECT l FROM Question x JOIN x.learningAreas l WHERE x = q AND l.code = :area)");
        }
        if (ordered) {
            jpql.append(switch (v) {
                case MOST_VOTED -> " ORDER BY q.likeCount DESC, q.answerCount DESC, q.publishAt DESC";
                case UNANSWERED -> " ORDER BY q.publishAt ASC, q.id ASC";
                default -> " ORDER BY q.publishAt DESC, q.id DESC";
            });
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", PortalClock.instant())
                .setParameter("visibilities", viewer.readableVisibilities());
        if (v == View.MINE) {
            q.setParameter("me", viewer.account());
        }
        if (v == View.FOLLOWING) {
            q.setParameter("meId", viewer.account().getId());
        }
        if (byArea) {
            q.setParameter("area", area.strip());
        }
        return q;
    }

    /**
     * The supervisors' queue: unanswered live questions, oldest first. Without {@code everyone}, only
     * those the caller is responsible for: assigned to them, asked from a school in their networks,
     * or in one of their learning areas (a supervisor with neither networks nor areas sees all).
     */
    public List<Question> queue(boolean everyone) {
        Viewer viewer = viewers.staff();
        List<Question> waiting = em.createQuery("SELECT q FROM Question q WHERE q.status = :published AND q.answerCount = 0 "
                        + "ORDER BY q.publishAt ASC, q.id ASC", Question.class)
                .setParameter("published", ContentStatus.PUBLISHED).setMaxResults(1000).getResultList();
        if (everyone) {
            return waiting;
        }
        Account me = viewer.account();
        return waiting.stream().filter(q -> responsibleFor(me, q)).toList();
    }

    /** Whether a supervisor answers for this question: the one it is assigned to, or by network or learning area. */
    static boolean responsibleFor(Account supervisor, Question question) {
        if (question.getAssignedTo() != null) {
            return question.getAssignedTo().getId().equals(supervisor.getId());
        }
        return Supervisors.covers(supervisor, question.getAuthor(), question.getLearningAreas());
    }

    /** The supervisors to tell about a question nobody answered: the one it is assigned to, or those responsible. */
    List<Account> responsibleSupervisors(Question question) {
        return question.getAssignedTo() != null ? List.of(question.getAssignedTo())
                : supervisors.responsibleFor(question.getAuthor(), question.getLearningAreas());
    }

    /**
     * Escalates every live question that has waited longer than {@code after} without an answer:
     * the responsible supervisors are told, once per question. Answers how many were escalated.
     */
    public int escalate(Duration after) {
        Instant now = clock.now();
        List<Question> due = em.createQuery("SELECT q FROM Question q WHERE q.status = :published AND q.answerCount = 0 "
                        + "AND q.escalatedAt IS NULL AND q.publishAt <= :before", Question.class)
                .setParameter("published", ContentStatus.PUBLISHED).setParameter("before", now.minus(after))
                .getResultList();
        for (Question question : due) {
            long hours = question.waiting(now).toHours();
            notifications.send(responsibleSupervisors(question), NotificationKind.ESCALATED,
                    subject("notify.escalated", hours, question.getTitle()), question.path());
            question.escalated(now);
        }
        return due.size();
    }

    /** Median waits, over the questions that have them: to the first answer, and to an accepted answer (staff). */
    public record ResponseTimes(long questions, long answered, long accepted, Duration medianToFirstAnswer,
                                Duration medianToAccepted) {
    }

    public ResponseTimes responseTimes() {
        viewers.staff();
        List<Question> all = em.createQuery("SELECT q FROM Question q WHERE q.status = :published", Question.class)
                .setParameter("published", ContentStatus.PUBLISHED).getResultList();
        List<Duration> toFirst = new ArrayList<>();
        List<Duration> toAccepted = new ArrayList<>();
        for (Question q : all) {
            Instant asked = q.getPublishAt();
            if (q.getFirstAnsweredAt() != null) {
                toFirst.add(Duration.between(asked, q.getFirstAnsweredAt()));
            }
            if (q.getAcceptedAt() != null) {
                toAccepted.add(Duration.between(asked, q.getAcceptedAt()));
            }
        }
        return new ResponseTimes(all.size(), toFirst.size(), toAccepted.size(), median(toFirst), median(toAccepted));
    }

    /** The middle value (the mean of the two middle ones for an even count); null for none. */
    static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** Notifications are written in Thai, the office's language (they are stored, then shown and mailed as they are). */
    private static String subject(String key, Object... args) {
        return th.nithet.platform.i18n.Messages.get(th.nithet.platform.i18n.Languages.THAI, key, args);
    }

    private List<Account> followers(Question question) {
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN (SELECT f.accountId FROM QuestionFollower f "
                + "WHERE f.questionId = :q)", Account.class).setParameter("q", question.getId()).getResultList();
    }

    private static List<Account> others(Collection<Account> people, Account... leaveOut) {
        return people.stream().filter(p -> java.util.Arrays.stream(leaveOut).filter(Objects::nonNull)
                .noneMatch(o -> o.getId().equals(p.getId()))).toList();
    }

    private void follow(Question question, Account account) {
        em.createNativeQuery("INSERT IGNORE INTO question_follower (question_id, account_id, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))")
                .setParameter(1, question.getId()).setParameter(2, account.getId()).executeUpdate();
    }

    private Answer answer(long answerId, Viewer viewer) {
        Answer answer = em.find(Answer.class, answerId);
        if (answer == null) {
            throw new ContentNotFound();
        }
        viewer.checkRead(answer.getQuestion(), PortalClock.instant());
        return answer;
    }

    private static String cleanBody(String body) {
        String raw = body == null ? "" : body;
        InvalidFields.collect().check(raw.length() <= RichText.MAX_LENGTH, "body", "content.bodyTooLong", RichText.MAX_LENGTH)
                .throwIfAny();
        String clean = RichText.clean(raw);
        InvalidFields.collect().check(!RichText.isEmpty(clean), "body", "content.bodyRequired").throwIfAny();
        return clean;
    }
}
