package th.nithet.news;

import th.nithet.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentDraft;
import th.nithet.content.ContentStatus;
import th.nithet.content.ContentWriter;
import th.nithet.content.ListedItems;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.platform.rules.InvalidFields;
import th.nithet.platform.time.ThaiDates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Academic news: supervisors and administrators write, save drafts, schedule, pin and unpublish;
 * everyone reads what its visibility allows. Authors change their own items, administrators any.
 */
@Stateless
@PermitAll
public class NewsService {

    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    th.nithet.audit.AuditTrail audit;

    @Inject
    th.nithet.content.SearchNotice search;

    @Inject
    Viewers viewers;

    @Inject
    ContentWriter writer;

    /** The news list's filters; nulls mean any. {@code year} is a Buddhist-era calendar year. */
    public record Filter(NewsCategory category, String learningAreaCode, Integer year) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /** What news has beyond the shared draft. {@code publishAt}: null = now, when publishing. */
    public record Options(NewsCategory category, boolean pinned, boolean publish, Instant publishAt) {
    }

    public News create(ContentDraft draft, Options options) {
        Viewer viewer = viewers.current();
        if (!viewer.isStaff()) {
            throw new ContentAccessDenied(!viewer.isSignedIn());
        }
        News news = new News(viewer.account());
        apply(news, draft, options);
        em.persist(news);
        em.flush();
        search.changed(news);
        return news;
    }

    public News update(long id, ContentDraft draft, Options options) {
        News news = editable(id);
        apply(news, draft, options);
        search.changed(news);
        return news;
    }

    /** Makes one of the item's pictures its cover (null: no cover). */
    public News setCover(long id, Long attachmentId) {
        News news = editable(id);
        th.nithet.content.files.Attachment cover = attachmentId == null ? null : em.find(th.nithet.content.files.Attachment.class, attachmentId);
        th.nithet.platform.rules.RuleViolation.require(attachmentId == null || cover != null, "news.coverNotPicture");
        news.useAsCover(cover);
        return news;
    }

    public News publish(long id, Instant at) {
        News news = editable(id);
        news.publish(at == null ? PortalClock.instant() : at);
        search.changed(news);
        audit.record(th.nithet.audit.AuditAction.CONTENT_PUBLISHED, "news", news.getId(), news.getTitle(),
                at == null ? null : "ตั้งเวลาเผยแพร่ " + at);
        return news;
    }

    public News unpublish(long id) {
        News news = editable(id);
        news.unpublish();
        search.changed(news);
        audit.record(th.nithet.audit.AuditAction.CONTENT_WITHDRAWN, "news", news.getId(), news.getTitle(), null);
        return news;
    }

    public News read(long id) {
        return viewers.current().checkRead(em.find(News.class, id), PortalClock.instant());
    }

    public boolean canEdit(News news) {
        return news.mayBeEditedBy(viewers.current());
    }

    public boolean canWrite() {
        return viewers.current().isStaff();
    }

    /** Live news the caller may read: pinned first when asked, then newest. */
    public List<News> list(Filter filter, boolean pinnedFirst, int offset, int limit) {
        TypedQuery<News> q = ListedItems.whole(query(filter, News.class, "n",
                pinnedFirst ? " ORDER BY n.pinned DESC, n.publishAt DESC, n.id DESC" : " ORDER BY n.publishAt DESC, n.id DESC"), "n");
        return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), MAX_PAGE)).getResultList();
    }

    public long count(Filter filter) {
        return query(filter, Long.class, "COUNT(n)", "").getSingleResult();
    }

    /** The newest live public items, for the Atom feed (a feed is public whoever fetches it). */
    public List<News> feed(NewsCategory category, int limit) {
        return em.createQuery("SELECT n FROM News n WHERE n.status = :published AND n.publishAt <= :now "
                        + "AND n.visibility = th.nithet.content.Visibility.PUBLIC AND (:category IS NULL OR n.category = :category) "
                        + "ORDER BY n.publishAt DESC", News.class)
                .setParameter("published", ContentStatus.PUBLISHED).setParameter("now", PortalClock.instant())
                .setParameter("category", category).setMaxResults(limit).getResultList();
    }

    /** The caller's own drafts, scheduled and unpublished items (staff: everyone's), newest first. */
    public List<News> unpublished(int limit) {
        Viewer viewer = viewers.current();
        if (!viewer.isStaff()) {
            return List.of();
        }
        return em.createQuery("SELECT n FROM News n WHERE n.status <> :published OR n.publishAt > :now "
                        + "ORDER BY n.updatedAt DESC", News.class)
                .setParameter("published", ContentStatus.PUBLISHED).setParameter("now", PortalClock.instant())
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultList();
    }

    private <T> TypedQuery<T> query(Filter filter, Class<T> type, String select, String order) {
        Viewer viewer = viewers.current();
        Filter f = filter == null ? Filter.ALL : filter;
        StringBuilder jpql = new StringBuilder("SELECT " + select + " FROM News n WHERE n.status = :published "
                + "AND n.publishAt <= :now AND n.visibility IN :visibilities");
        if (f.category() != null) {
            jpql.append(" AND n.category = :category");
        }
        if (f.learningAreaCode() != null) {
            jpql.append(" AND EXISTS (SELECT l FROM News x JOIN x.learningAreas l WHERE x = n AND l.code = :area)");
        }
        if (f.year() != null) {
            jpql.append(" AND n.publishAt >= :from AND n.publishAt < :to");
        }
        TypedQuery<T> q = em.createQuery(jpql + order, type)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", PortalClock.instant())
                .setParameter("visibilities", viewer.readableVisibilities());
        if (f.category() != null) {
            q.setParameter("category", f.category());
        }
        if (f.learningAreaCode() != null) {
            q.setParameter("area", f.learningAreaCode());
        }
        if (f.year() != null) {
            int ce = f.year() - ThaiDates.BUDDHIST_ERA_OFFSET;
            q.setParameter("from", LocalDate.of(ce, 1, 1).atStartOfDay(ThaiDates.ZONE).toInstant());
            q.setParameter("to", LocalDate.of(ce + 1, 1, 1).atStartOfDay(ThaiDates.ZONE).toInstant());
        }
        return q;
    }

    private void apply(News news, ContentDraft draft, Options options) {
        InvalidFields.Collector problems = InvalidFields.collect();
        writer.write(news, draft, problems);
        news.setCategory(options.category() == null ? NewsCategory.GENERAL : options.category());
        news.setPinned(options.pinned());
        if (options.publish()) {
            news.publish(options.publishAt() == null ? PortalClock.instant() : options.publishAt());
        }
    }

    private News editable(long id) {
        return viewers.current().checkEdit(em.find(News.class, id), PortalClock.instant());
    }

    /** Buddhist-era years from the first published news to this one, newest first, for the year filter. */
    public List<Integer> years() {
        // the oldest publication time as an attribute, not MIN(): the converter only reads the column's own type
        List<Instant> oldest = em.createQuery("SELECT n.publishAt FROM News n WHERE n.status = :p AND n.publishAt IS NOT NULL "
                        + "ORDER BY n.publishAt", Instant.class)
                .setParameter("p", ContentStatus.PUBLISHED).setMaxResults(1).getResultList();
        int now = ThaiDates.buddhistYear(ThaiDates.today());
        int from = oldest.isEmpty() ? now : Math.min(now, ThaiDates.buddhistYear(oldest.get(0).atZone(ThaiDates.ZONE).toLocalDate()));
        List<Integer> years = new java.util.ArrayList<>();
        for (int y = now; y >= from; y--) {
            years.add(y);
        }
        return years;
    }
}
