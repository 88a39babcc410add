package th.nithet.practices;

import th.nithet.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentStatus;
import th.nithet.content.ContentWriter;
import th.nithet.content.ListedItems;
import th.nithet.content.RichText;
import th.nithet.content.SearchNotice;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.notifications.NotificationKind;
import th.nithet.notifications.Notifications;
import th.nithet.people.Supervisors;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.rules.InvalidFields;

import java.util.ArrayList;
import java.util.List;

/**
 * Best practices and their review. Teachers and directors write and submit; a supervisor who is not
 * the author returns (with comments), publishes or rejects; every step is kept with who and when.
 * Nobody publishes their own practice. Readers rate published practices once each (1–5); staff
 * feature some on the home page. The transaction and authorization boundary of the feature.
 */
@Stateless
@PermitAll
public class PracticeService {

    public static final int MAX_PAGE = 100;
    public static final int MAX_VIDEOS = 5;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    th.nithet.audit.AuditTrail audit;

    @Inject
    Viewers viewers;

    @Inject
    ContentWriter writer;

    @Inject
    SearchNotice search;

    @Inject
    Notifications notifications;

    @Inject
    Supervisors supervisors;

    /** A supervisor's decision on a submitted practice. */
    /** One filter of the published list; nulls mean "any". */
    public record Filter(String learningAreaCode, SchoolLevel level, Boolean featured) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    public Practice create(PracticeDraft draft) {
        Viewer viewer = viewers.signedIn();
        Practice practice = new Practice(viewer.account());
        write(practice, draft);
        em.persist(practice);
        em.flush();
        step(practice, viewer, PracticeStep.Action.CREATED, null);
        return practice;
    }

    public Practice update(long id, PracticeDraft draft) {
        Viewer viewer = viewers.signedIn();
        Practice practice = viewer.checkEdit(em.find(Practice.class, id), PortalClock.instant());
        write(practice, draft);
        search.changed(practice);
        return practice;
    }

    /** The author sends a draft (or a returned practice) for review; the responsible supervisors are told. */
    public Practice submit(long id) {
        Viewer viewer = viewers.signedIn();
        Practice practice = viewer.checkRead(em.find(Practice.class, id), PortalClock.instant());
        practice.submit(viewer, PortalClock.instant());
        step(practice, viewer, PracticeStep.Action.SUBMITTED, null);
        notifications.send(supervisors.responsibleFor(practice.getAuthor(), practice.getLearningAreas()).stream()
                        .filter(s -> !s.getId().equals(viewer.account().getId())).toList(),
                NotificationKind.PRACTICE_SUBMITTED, subject("notify.practiceSubmitted", viewer.account().getDisplayName(),
                        practice.getTitle()), practice.path());
        return practice;
    }

    /**
     * A supervisor's decision on a submitted practice. Returning and rejecting need a comment (the
     * author must know why). The author is told.
     */
    public Practice review(long id, Practice.Decision decision, String comment) {
        Viewer viewer = viewers.staff();
        Practice practice = viewer.checkRead(em.find(Practice.class, id), PortalClock.instant());
        String note = practice.review(viewer, decision, comment, PortalClock.instant());
        PracticeState next = practice.getState();
        step(practice, viewer, PracticeStep.Action.valueOf(next.name()), note);
        audit.record(th.nithet.audit.AuditAction.PRACTICE_DECIDED, "practice", practice.getId(), practice.getTitle(), next.name());
        notifications.send(List.of(practice.getAuthor()), NotificationKind.PRACTICE_REVIEWED,
                subject("notify.practice." + next.name(), practice.getTitle()), practice.path());
        search.changed(practice);
        return practice;
    }

    /** Staff put a published practice on the home page (or take it off). */
    public Practice feature(long id, boolean featured) {
        Viewer viewer = viewers.staff();
        Practice practice = viewer.checkRead(em.find(Practice.class, id), PortalClock.instant());
        if (practice.feature(featured)) {
            step(practice, viewer, featured ? PracticeStep.Action.FEATURED : PracticeStep.Action.UNFEATURED, null);
        }
        return practice;
    }

    /** One rating per person (rating again changes it); not one's own practice; published practices only. */
    public Practice rate(long id, int stars) {
        Viewer viewer = viewers.signedIn();
        Practice practice = viewer.checkRead(em.find(Practice.class, id), PortalClock.instant());
        practice.checkRating(viewer, stars);
        em.createNativeQuery("INSERT INTO practice_rating (practice_id, account_id, stars, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6)) "
                        + "ON DUPLICATE KEY UPDATE stars = VALUES(stars)")
                .setParameter(1, id).setParameter(2, viewer.account().getId()).setParameter(3, stars).executeUpdate();
        Object[] totals = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(stars), 0), COUNT(*) FROM practice_rating WHERE practice_id = ?")
                .setParameter(1, id).getSingleResult();
        practice.rated(((Number) totals[0]).intValue(), ((Number) totals[1]).intValue());
        return practice;
    }

    /** The caller's own rating of a practice, 0 for none. */
    public int myRating(long id) {
        Viewer viewer = viewers.current();
        if (!viewer.isSignedIn()) {
            return 0;
        }
        List<?> stars = em.createNativeQuery("SELECT stars FROM practice_rating WHERE practice_id = ? AND account_id = ?")
                .setParameter(1, id).setParameter(2, viewer.account().getId()).getResultList();
        return stars.isEmpty() ? 0 : ((Number) stars.get(0)).intValue();
    }

    public Practice read(long id) {
        return viewers.current().checkRead(em.find(Practice.class, id), PortalClock.instant());
    }

    public boolean canEdit(Practice practice) {
        return practice.mayBeEditedBy(viewers.current());
    }

    /** Its review history, oldest first: for its author and staff only (reviewers' comments are for the author). */
    public List<PracticeStep> history(long id) {
        Viewer viewer = viewers.signedIn();
        Practice practice = viewer.checkRead(em.find(Practice.class, id), PortalClock.instant());
        if (!viewer.isAuthorOf(practice) && !viewer.isStaff()) {
            throw new ContentAccessDenied(false);
        }
        return em.createQuery("SELECT s FROM PracticeStep s WHERE s.practice = :p ORDER BY s.createdAt, s.id", PracticeStep.class)
                .setParameter("p", practice).getResultList();
    }

    /** Published practices the caller may read, newest first (or best rated). */
    public List<Practice> list(Filter filter, boolean bestRated, int offset, int limit) {
        return ListedItems.whole(query(filter, bestRated, Practice.class, "p", true), "p").setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultList();
    }

    public long count(Filter filter) {
        return query(filter, false, Long.class, "COUNT(p)", false).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter filter, boolean bestRated, Class<T> type, String select, boolean ordered) {
        Filter f = filter == null ? Filter.ALL : filter;
        StringBuilder jpql = new StringBuilder("SELECT " + select + " FROM Practice p WHERE p.status = :published "
                + "AND p.publishAt <= :now AND p.visibility IN :visibilities");
        if (f.learningAreaCode() != null) {
            jpql.append(" AND EXISTS (SELECT l FROM Practice x JOIN x.learningAreas l WHERE x = p AND l.code = :area)");
        }
        if (f.level() != null) {
            jpql.append(" AND p.level = :level");
        }
        if (f.featured() != null) {
            jpql.append(" AND p.featured = :featured");
        }
        if (ordered) {
            jpql.append(bestRated ? " ORDER BY p.ratingSum * 1.0 / CASE WHEN p.ratingCount = 0 THEN 1 ELSE p.ratingCount END DESC, "
                    + "p.ratingCount DESC, p.publishAt DESC" : " ORDER BY p.publishAt DESC, p.id DESC");
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", PortalClock.instant())
                .setParameter("visibilities", viewers.current().readableVisibilities());
        if (f.learningAreaCode() != null) {
            q.setParameter("area", f.learningAreaCode());
        }
        if (f.level() != null) {
            q.setParameter("level", f.level());
        }
        if (f.featured() != null) {
            q.setParameter("featured", f.featured());
        }
        return q;
    }

    /** The caller's own practices in every state, newest first. */
    public List<Practice> mine() {
        Viewer viewer = viewers.signedIn();
        return em.createQuery("SELECT p FROM Practice p WHERE p.author = :me ORDER BY p.updatedAt DESC", Practice.class)
                .setParameter("me", viewer.account()).getResultList();
    }

    /** Practices waiting for review, the longest waiting first (staff). */
    public List<Practice> submitted() {
        Viewer viewer = viewers.staff();
        return em.createQuery("SELECT p FROM Practice p WHERE p.state = :submitted ORDER BY p.submittedAt, p.id", Practice.class)
                .setParameter("submitted", PracticeState.SUBMITTED).getResultList();
    }

    /** Featured practices for the home page. */
    public List<Practice> featured(int limit) {
        return list(new Filter(null, null, true), false, 0, limit);
    }

    private void write(Practice practice, PracticeDraft draft) {
        InvalidFields.Collector problems = InvalidFields.collect();
        String summary = draft.summary() == null ? "" : draft.summary().strip().replaceAll("\\s+", " ");
        problems.check(!summary.isEmpty(), "summary", "practice.summaryRequired")
                .check(summary.length() <= Practice.MAX_SUMMARY, "summary", "practice.summaryTooLong", Practice.MAX_SUMMARY);
        String problem = rich(draft.problem(), "problem", problems);
        String results = rich(draft.results(), "results", problems);
        List<String> videos = new ArrayList<>();
        for (String link : draft.videoLinks() == null ? List.<String>of() : draft.videoLinks()) {
            String clean = link == null ? "" : link.strip();
            if (clean.isEmpty()) {
                continue;
            }
            problems.check(th.nithet.platform.web.WebAddresses.isWebAddress(clean), "videoLinks", "practice.badVideoLink", clean.length() > 80 ? clean.substring(0, 80) : clean);
            videos.add(clean);
        }
        problems.check(videos.size() <= MAX_VIDEOS, "videoLinks", "practice.tooManyVideos", MAX_VIDEOS);
        writer.write(practice, draft.content(), problems);
        practice.describe(summary, problem, results, draft.level(), videos);
    }

    private static String rich(String raw, String field, InvalidFields.Collector problems) {
        String text = raw == null ? "" : raw;
        problems.check(text.length() <= RichText.MAX_LENGTH, field, "content.bodyTooLong", RichText.MAX_LENGTH);
        String clean = problems.has(field) ? "" : RichText.clean(text);
        problems.check(!RichText.isEmpty(clean), field, "practice." + field + "Required");
        return clean;
    }

    private void step(Practice practice, Viewer viewer, PracticeStep.Action action, String comment) {
        em.persist(new PracticeStep(practice, viewer.account(), action, comment, PortalClock.instant()));
    }

    private static String subject(String key, Object... args) {
        return Messages.get(Languages.THAI, key, args);
    }

}
