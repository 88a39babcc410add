package th.nithet.news;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.content.ContentStatus;
import th.nithet.content.Visibility;
import th.nithet.notifications.NotificationKind;
import th.nithet.notifications.Notifications;
import th.nithet.organisation.LearningArea;
import th.nithet.people.Account;
import th.nithet.platform.cluster.JobRounds;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells people of news in their learning areas once it is live: published now, or at its scheduled
 * time. Off any page's request (a news item may concern thousands of teachers), every 15 seconds.
 * People who may not read the item (staff-only news) are not told; nor is its author.
 */
@Singleton
@PermitAll
public class NewsAnnouncements {

    private static final Logger LOG = Logger.getLogger(NewsAnnouncements.class.getName());

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    JobRounds rounds;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void round() {
        if (!rounds.claim("news-announcements", Duration.ofSeconds(15))) {
            return; // another instance has this round
        }
        try {
            announceDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "News announcements failed; they run again in 15 seconds", e);
        }
    }

    /** Announces live news nobody was told of yet; answers how many items. */
    public int announceDue() {
        List<News> due = em.createQuery("SELECT n FROM News n WHERE n.announcedAt IS NULL AND n.status = :published "
                        + "AND n.publishAt <= :now ORDER BY n.publishAt", News.class)
                .setParameter("published", ContentStatus.PUBLISHED).setParameter("now", Instant.now())
                .setMaxResults(20).getResultList();
        for (News news : due) {
            if (!news.getLearningAreas().isEmpty()) {
                notifications.send(readers(news), NotificationKind.NEWS,
                        Messages.get(Languages.THAI, "notify.news", news.getTitle()), news.path());
            }
            // bookkeeping, not an edit: the item's version must stay as it is, so that an editor who read the news before
            // this job ran can still save it. Native SQL, because EclipseLink's JPQL bulk UPDATE raises the version of
            // a versioned entity too (an administrator's unpublish failed with an OptimisticLockException in ContentApiIT
            // on 2026-12-05 and again on 2026-12-06 after a JPQL bulk update had replaced a managed change)
            em.createNativeQuery("UPDATE news SET announced_at = ? WHERE content_id = ? AND announced_at IS NULL")
                    .setParameter(1, th.nithet.platform.db.InstantConverter.toColumn(Instant.now()))
                    .setParameter(2, news.getId()).executeUpdate();
        }
        return due.size();
    }

    private List<Account> readers(News news) {
        List<Long> areas = news.getLearningAreas().stream().map(LearningArea::getId).toList();
        List<Account> people = em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.learningAreas l "
                + "WHERE l.id IN :areas AND a.enabled = TRUE AND a <> :author", Account.class)
                .setParameter("areas", areas).setParameter("author", news.getAuthor()).getResultList();
        if (news.getVisibility() == Visibility.STAFF) {
            return people.stream().filter(a -> a.getRoles().contains(Role.SUPERVISOR) || a.getRoles().contains(Role.ADMIN)).toList();
        }
        return people;
    }
}
