package th.nithet.surveys;

import th.nithet.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentNotFound;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.notifications.NotificationKind;
import th.nithet.notifications.Notifications;
import th.nithet.people.Account;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.i18n.ThaiDigits;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.rules.RuleViolation;
import th.nithet.platform.spreadsheet.Table;
import th.nithet.platform.time.ThaiDates;
import th.nithet.practices.Practice;
import th.nithet.projects.ProjectActivity;
import th.nithet.projects.ProjectTraining;
import th.nithet.supervision.Supervision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assessment forms: staff build a form and send it; each person sent it answers once (the
 * participation key says so); the owner and staff read the results. On an anonymous form the stored
 * answers carry no account and only the day. The transaction and authorization boundary.
 */
@Stateless
@PermitAll
public class SurveyService {

    public static final int MAX_QUESTIONS = 60;
    public static final int MAX_TEXT_ANSWER = 2000;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    Viewers viewers;

    @Inject
    Notifications notifications;

    public Survey create(SurveyDraft draft) {
        Viewer viewer = viewers.staff();
        Survey survey = new Survey(viewer.account());
        write(survey, draft);
        em.persist(survey);
        em.flush();
        return survey;
    }

    /** Changes a draft form (its owner or an administrator); an open form keeps its questions. */
    public Survey update(long id, SurveyDraft draft) {
        Survey survey = owned(id);
        RuleViolation.require(survey.getState() == SurveyState.DRAFT, "survey.notDraft");
        write(survey, draft);
        return survey;
    }

    /**
     * Sends the form to people (user names); with none given, to the participants of the supervision it
     * assesses. They are told; it is open for answers from now on.
     */
    public Survey open(long id, List<String> usernames) {
        Survey survey = owned(id);
        RuleViolation.require(survey.getState() != SurveyState.CLOSED, "survey.closed");
        Set<Account> invitees = new LinkedHashSet<>();
        InvalidFields.Collector problems = InvalidFields.collect();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            Account a = em.createQuery("SELECT a FROM Account a WHERE a.username = :u AND a.enabled = TRUE", Account.class)
                    .setParameter("u", username.strip()).getResultStream().findFirst().orElse(null);
            problems.check(a != null, "invitees", "supervision.unknownPerson", username);
            if (a != null) {
                invitees.add(a);
            }
        }
        if (invitees.isEmpty() && survey.getTarget() instanceof Supervision s) {
            invitees.addAll(s.getParticipants());
        }
        problems.check(!invitees.isEmpty(), "invitees", "survey.inviteesRequired").throwIfAny();
        for (Account a : invitees) {
            em.createNativeQuery("INSERT IGNORE INTO survey_invitee (survey_id, account_id) VALUES (?, ?)")
                    .setParameter(1, id).setParameter(2, a.getId()).executeUpdate();
        }
        if (survey.getState() == SurveyState.DRAFT) {
            survey.open(PortalClock.instant());
        }
        notifications.send(new ArrayList<>(invitees), NotificationKind.SURVEY,
                Messages.get(Languages.THAI, "notify.survey", survey.getTitle()), "/surveys/" + id);
        return survey;
    }

    public Survey close(long id) {
        Survey survey = owned(id);
        survey.close(PortalClock.instant());
        return survey;
    }

    /** The form, for its owner, staff and the people it was sent to. */
    public Survey read(long id) {
        Viewer viewer = viewers.signedIn();
        Survey survey = existing(id);
        if (!viewer.isStaff() && !isInvited(id, viewer.account())) {
            throw new ContentAccessDenied(false);
        }
        return survey;
    }

    public boolean hasAnswered(long id) {
        Viewer viewer = viewers.current();
        return viewer.isSignedIn() && count("SELECT COUNT(*) FROM survey_participation WHERE survey_id = ? AND account_id = ?",
                id, viewer.account().getId()) > 0;
    }

    public boolean mayAnswer(Survey survey) {
        Viewer viewer = viewers.current();
        return viewer.isSignedIn() && survey.getState() == SurveyState.OPEN && isInvited(survey.getId(), viewer.account())
                && !hasAnswered(survey.getId());
    }

    /**
     * One person's answers, by question id: a level 1–5 (Thai digits too), one of the choices, or text.
     * Once per person: a second time is refused and changes nothing.
     */
    public void answer(long id, Map<Long, String> values) {
        Viewer viewer = viewers.signedIn();
        Survey survey = existing(id);
        if (!isInvited(id, viewer.account())) {
            throw new ContentAccessDenied(false);
        }
        RuleViolation.require(survey.getState() == SurveyState.OPEN, "survey.notOpen");
        InvalidFields.Collector problems = InvalidFields.collect();
        List<SurveyResults.Answer> answers = new ArrayList<>();
        for (SurveyQuestion q : survey.getQuestions()) {
            String raw = values.get(q.getId());
            String value = raw == null ? "" : ThaiDigits.toArabic(raw).strip();
            String field = "q" + q.getPosition();
            if (value.isEmpty()) {
                problems.check(!q.isRequired(), field, "survey.answerRequired", q.getPosition());
                continue;
            }
            switch (q.getKind()) {
                case LIKERT -> {
                    boolean ok = value.matches("[1-5]");
                    problems.check(ok, field, "survey.badLevel", q.getPosition());
                    if (ok) {
                        answers.add(new SurveyResults.Answer(q.getId(), Integer.parseInt(value), null, null));
                    }
                }
                case CHOICE -> {
                    boolean ok = q.getChoices().contains(raw.strip());
                    problems.check(ok, field, "survey.badChoice", q.getPosition());
                    if (ok) {
                        answers.add(new SurveyResults.Answer(q.getId(), null, raw.strip(), null));
                    }
                }
                case TEXT -> {
                    problems.check(raw.strip().length() <= MAX_TEXT_ANSWER, field, "survey.textTooLong", MAX_TEXT_ANSWER);
                    answers.add(new SurveyResults.Answer(q.getId(), null, null, raw.strip()));
                }
            }
        }
        problems.throwIfAny();
        int first = em.createNativeQuery("INSERT IGNORE INTO survey_participation (survey_id, account_id) VALUES (?, ?)")
                .setParameter(1, id).setParameter(2, viewer.account().getId()).executeUpdate();
        RuleViolation.require(first == 1, "survey.alreadyAnswered");
        em.createNativeQuery("INSERT INTO survey_response (survey_id, respondent_id, submitted_on) VALUES (?, ?, ?)")
                .setParameter(1, id).setParameter(2, survey.isAnonymous() ? null : viewer.account().getId())
                .setParameter(3, java.sql.Date.valueOf(ThaiDates.today())).executeUpdate();
        long response = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        for (SurveyResults.Answer a : answers) {
            em.createNativeQuery("INSERT INTO survey_answer (response_id, question_id, likert, choice, text) VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, response).setParameter(2, a.questionId()).setParameter(3, a.likert())
                    .setParameter(4, a.choice()).setParameter(5, a.text()).executeUpdate();
        }
    }

    /** The results (its owner and staff). */
    public SurveyResults results(long id) {
        viewers.staff();
        Survey survey = existing(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.question_id, a.likert, a.choice, a.text FROM survey_answer a "
                + "JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = ?").setParameter(1, id).getResultList();
        List<SurveyResults.Answer> answers = rows.stream().map(r -> new SurveyResults.Answer(((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).intValue(), (String) r[2], (String) r[3])).toList();
        return SurveyResults.of(survey.getQuestions(), answers, count("SELECT COUNT(*) FROM survey_invitee WHERE survey_id = ?", id),
                count("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?", id));
    }

    /** The results as a table for XLSX/CSV: one row per question (and per choice), with mean and levels. */
    public Table resultsTable(long id) {
        SurveyResults results = results(id);
        Survey survey = existing(id);
        List<List<String>> rows = new ArrayList<>();
        for (SurveyResults.QuestionResult q : results.questions()) {
            String kind = Messages.get(Languages.THAI, "survey.kind." + q.question().getKind().name());
            if (q.question().getKind() == QuestionKind.CHOICE) {
                q.choices().forEach((choice, n) -> rows.add(List.of(Integer.toString(q.question().getPosition()), q.question().getText(),
                        kind, Long.toString(q.answered()), "", "", "", "", "", "", choice + " = " + n)));
            } else {
                List<String> row = new ArrayList<>(List.of(Integer.toString(q.question().getPosition()), q.question().getText(), kind,
                        Long.toString(q.answered()), q.mean() == null ? "" : q.mean().toPlainString()));
                q.levels().forEach(n -> row.add(q.question().getKind() == QuestionKind.LIKERT ? Long.toString(n) : ""));
                row.add("");
                rows.add(row);
            }
        }
        rows.add(List.of("", Messages.get(Languages.THAI, "survey.responseRate"), "", Long.toString(results.responded()), "", "", "", "", "", "",
                results.responseRate() == null ? "" : results.responseRate().toPlainString() + "% (" + results.responded() + "/"
                        + results.invited() + ")"));
        return new Table("survey-" + survey.getId(), "ผลการประเมิน", List.of("ข้อ", "คำถาม", "ชนิด", "จำนวนผู้ตอบ", "ค่าเฉลี่ย",
                "ระดับ 1", "ระดับ 2", "ระดับ 3", "ระดับ 4", "ระดับ 5", "ตัวเลือก / หมายเหตุ"), rows);
    }

    /** Forms the caller owns (staff: every form) and forms sent to them that are open and not answered yet. */
    public List<Survey> owned() {
        Viewer viewer = viewers.signedIn();
        if (!viewer.isStaff()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Survey s ORDER BY s.createdAt DESC", Survey.class).setMaxResults(500).getResultList();
    }

    public List<Survey> toAnswer() {
        Viewer viewer = viewers.signedIn();
        return em.createQuery("SELECT s FROM Survey s WHERE s.state = :open AND s.id IN (SELECT i.surveyId FROM SurveyInvitee i "
                        + "WHERE i.accountId = :me) ORDER BY s.openedAt DESC", Survey.class)
                .setParameter("open", SurveyState.OPEN).setParameter("me", viewer.account().getId()).getResultStream()
                .filter(s -> !hasAnswered(s.getId())).toList();
    }

    /** The forms that assess a project's activities ("a12" → forms) and trainings ("t5" → forms) (staff). */
    public Map<String, List<Survey>> assessingProject(long projectId) {
        viewers.staff();
        Map<String, List<Survey>> forms = new java.util.HashMap<>();
        em.createQuery("SELECT s FROM Survey s LEFT JOIN s.activity a LEFT JOIN s.training t "
                        + "WHERE a.project.id = :p OR t.project.id = :p ORDER BY s.createdAt", Survey.class)
                .setParameter("p", projectId).getResultList()
                .forEach(s -> forms.computeIfAbsent(s.getActivity() != null ? "a" + s.getActivity().getId() : "t" + s.getTraining().getId(),
                        k -> new ArrayList<>()).add(s));
        return forms;
    }

    private void write(Survey survey, SurveyDraft draft) {
        InvalidFields.Collector problems = InvalidFields.collect();
        String title = draft.title() == null ? "" : draft.title().strip().replaceAll("\\s+", " ");
        problems.check(!title.isEmpty(), "title", "content.titleRequired")
                .check(title.length() <= Survey.MAX_TITLE, "title", "content.titleTooLong", Survey.MAX_TITLE);
        ContentItem target = null;
        if (draft.targetId() != null) {
            target = em.find(ContentItem.class, draft.targetId());
            problems.check(target instanceof Supervision || target instanceof Practice, "targetId", "survey.badTarget", draft.targetId());
        }
        ProjectActivity activity = draft.activityId() == null ? null : em.find(ProjectActivity.class, draft.activityId());
        problems.check(draft.activityId() == null || activity != null, "activityId", "survey.badActivity", draft.activityId());
        ProjectTraining training = draft.trainingId() == null ? null : em.find(ProjectTraining.class, draft.trainingId());
        problems.check(draft.trainingId() == null || training != null, "trainingId", "survey.badTraining", draft.trainingId());
        long targets = java.util.stream.Stream.of(draft.targetId(), draft.activityId(), draft.trainingId()).filter(java.util.Objects::nonNull).count();
        problems.check(targets <= 1, "targetId", "survey.oneTarget");
        List<SurveyDraft.QuestionDraft> drafts = draft.questions() == null ? List.of() : draft.questions();
        problems.check(!drafts.isEmpty(), "questions", "survey.questionsRequired")
                .check(drafts.size() <= MAX_QUESTIONS, "questions", "survey.tooManyQuestions", MAX_QUESTIONS);
        List<SurveyQuestion> questions = new ArrayList<>();
        int position = 1;
        for (SurveyDraft.QuestionDraft q : drafts) {
            String text = q.text() == null ? "" : q.text().strip();
            List<String> choices = q.choices() == null ? List.of()
                    : q.choices().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
            String field = "q" + position;
            problems.check(q.kind() != null, field, "survey.kindRequired", position)
                    .check(!text.isEmpty() && text.length() <= SurveyQuestion.MAX_TEXT, field, "survey.questionText", position)
                    .check(q.kind() != QuestionKind.CHOICE || choices.size() >= 2, field, "survey.twoChoices", position);
            questions.add(new SurveyQuestion(survey, position++, q.kind(), text, q.kind() == QuestionKind.CHOICE ? choices : List.of(),
                    q.required()));
        }
        problems.throwIfAny();
        String description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        survey.describe(title, description, draft.anonymous(), target, activity, training);
        survey.replaceQuestions(questions);
    }

    private Survey owned(long id) {
        Viewer viewer = viewers.staff();
        Survey survey = existing(id);
        if (!viewer.isAdmin() && !survey.getOwner().getId().equals(viewer.account().getId())) {
            throw new ContentAccessDenied(false);
        }
        return survey;
    }

    private Survey existing(long id) {
        Survey survey = em.find(Survey.class, id);
        if (survey == null) {
            throw new ContentNotFound();
        }
        return survey;
    }

    private boolean isInvited(long id, Account account) {
        return count("SELECT COUNT(*) FROM survey_invitee WHERE survey_id = ? AND account_id = ?", id, account.getId()) > 0;
    }

    private long count(String sql, Object... args) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
