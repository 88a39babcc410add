package th.nithet.knowledge;

import th.nithet.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import th.nithet.content.ContentDraft;
import th.nithet.content.ContentNotFound;
import th.nithet.content.ContentStatus;
import th.nithet.content.ContentWriter;
import th.nithet.content.ListedItems;
import th.nithet.content.Viewer;
import th.nithet.content.Viewers;
import th.nithet.platform.rules.InvalidFields;

import java.util.List;

/**
 * The knowledge bank (ขุมความรู้): staff (supervisors, administrators) write articles; every save
 * keeps a version, and any version can be restored (as a new version). Readers see what their
 * visibility allows. The transaction and authorization boundary of the feature.
 */
@Stateless
@PermitAll
public class KnowledgeService {

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

    /** One filter of the article list; nulls mean "any". */
    public record Filter(Long categoryId, String learningAreaCode, String tag, String authorUsername) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    public enum Order { NEWEST, MOST_VIEWED }

    public Article create(ContentDraft draft, Long categoryId, boolean publish, String note) {
        Viewer viewer = viewers.staff();
        InvalidFields.Collector problems = InvalidFields.collect();
        ArticleCategory category = category(categoryId, problems);
        Article article = new Article(viewer.account());
        writer.write(article, draft, problems);
        article.setCategory(category);
        if (publish) {
            article.publish(PortalClock.instant());
        }
        em.persist(article);
        em.flush();
        em.persist(new ArticleVersion(article, 1, viewer.account(), note == null ? "สร้าง" : note));
        search.changed(article);
        return article;
    }

    /** Saves a new state of the article; the previous one stays as a version. */
    public Article update(long id, ContentDraft draft, Long categoryId, String note) {
        Viewer viewer = viewers.current();
        Article article = editable(id, viewer);
        InvalidFields.Collector problems = InvalidFields.collect();
        ArticleCategory category = category(categoryId, problems);
        writer.write(article, draft, problems);
        article.setCategory(category);
        em.persist(new ArticleVersion(article, lastVersion(article) + 1, viewer.account(), clip(note)));
        search.changed(article);
        return article;
    }

    /** The article as it was in version {@code number}, saved as its newest version. */
    public Article restore(long id, int number) {
        Viewer viewer = viewers.current();
        Article article = editable(id, viewer);
        ArticleVersion old = versions(id).stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(ContentNotFound::new);
        writer.write(article, new ContentDraft(old.getTitle(), old.getBodyHtml(), article.getVisibility(),
                codes(article), article.getTagNames()), InvalidFields.collect());
        em.persist(new ArticleVersion(article, lastVersion(article) + 1, viewer.account(), "คืนค่าจากฉบับที่ " + number));
        search.changed(article);
        return article;
    }

    public Article publish(long id) {
        Article article = editable(id, viewers.current());
        article.publish(PortalClock.instant());
        search.changed(article);
        audit.record(th.nithet.audit.AuditAction.CONTENT_PUBLISHED, "article", article.getId(), article.getTitle(), null);
        return article;
    }

    public Article unpublish(long id) {
        Article article = editable(id, viewers.current());
        article.unpublish();
        search.changed(article);
        audit.record(th.nithet.audit.AuditAction.CONTENT_WITHDRAWN, "article", article.getId(), article.getTitle(), null);
        return article;
    }

    /** The article if the caller may read it; otherwise not found, or denied when its visibility is the reason. */
    public Article read(long id) {
        return viewers.current().checkRead(em.find(Article.class, id), PortalClock.instant());
    }

    public boolean canEdit(Article article) {
        return article.mayBeEditedBy(viewers.current());
    }

    /** Whether the caller may write new articles (staff). */
    public boolean canWrite() {
        return viewers.current().isStaff();
    }

    public List<ArticleVersion> versions(long id) {
        read(id);
        return em.createQuery("SELECT v FROM ArticleVersion v WHERE v.article.id = :id ORDER BY v.number DESC", ArticleVersion.class)
                .setParameter("id", id).getResultList();
    }

    /** Live articles the caller may read, newest or most viewed first. */
    public List<Article> list(Filter filter, Order order, int offset, int limit) {
        TypedQuery<Article> query = ListedItems.whole(query(filter, order, Article.class, "a"), "a");
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), MAX_PAGE)).getResultList();
    }

    public long count(Filter filter) {
        return query(filter, null, Long.class, "COUNT(a)").getSingleResult();
    }

    /** Every category, as a tree flattened in reading order: each parent followed by its children. */
    public List<ArticleCategory> categories() {
        List<ArticleCategory> all = em.createQuery("SELECT c FROM ArticleCategory c ORDER BY c.sortOrder, c.name", ArticleCategory.class)
                .getResultList();
        return ArticleCategory.inReadingOrder(all);
    }

    /** A new category, at the top or under {@code parentId} (staff). */
    public ArticleCategory createCategory(String name, Long parentId) {
        viewers.staff();
        InvalidFields.Collector problems = InvalidFields.collect();
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        problems.check(!clean.isEmpty(), "name", "name.required").check(clean.length() <= 200, "name", "name.tooLong", 200);
        ArticleCategory parent = category(parentId, problems);
        problems.check(problems.has("name") || categories().stream().noneMatch(c -> c.getName().equals(clean)
                && (parent == null ? c.getParent() == null : c.getParent() != null && c.getParent().getId().equals(parent.getId()))),
                "name", "knowledge.duplicateCategory", clean);
        problems.throwIfAny();
        int last = em.createQuery("SELECT COALESCE(MAX(c.sortOrder), 0) FROM ArticleCategory c", Integer.class).getSingleResult();
        ArticleCategory category = new ArticleCategory(parent, clean, last + 1);
        em.persist(category);
        em.flush();
        return category;
    }

    /** Renames a category (staff). */
    public ArticleCategory renameCategory(long id, String name) {
        viewers.staff();
        ArticleCategory category = em.find(ArticleCategory.class, id);
        if (category == null) {
            throw new ContentNotFound();
        }
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        InvalidFields.collect().check(!clean.isEmpty(), "name", "name.required")
                .check(clean.length() <= 200, "name", "name.tooLong", 200).throwIfAny();
        category.rename(clean);
        // the category's path is part of every article under it, in search too
        em.createQuery("SELECT a FROM Article a WHERE a.category IS NOT NULL", Article.class).getResultStream()
                .filter(a -> a.getCategory().getPath().contains(clean)).forEach(search::changed);
        return category;
    }

    private <T> TypedQuery<T> query(Filter filter, Order order, Class<T> type, String select) {
        Viewer viewer = viewers.current();
        StringBuilder jpql = new StringBuilder("SELECT " + select + " FROM Article a WHERE a.status = :published "
                + "AND a.publishAt <= :now AND a.visibility IN :visibilities");
        Filter f = filter == null ? Filter.ALL : filter;
        if (f.categoryId() != null) {
            jpql.append(" AND a.category.id = :category");
        }
        if (f.learningAreaCode() != null) {
            jpql.append(" AND EXISTS (SELECT l FROM Article x JOIN x.learningAreas l WHERE x = a AND l.code = :area)");
        }
        if (f.tag() != null) {
            jpql.append(" AND EXISTS (SELECT t FROM Article y JOIN y.tags t WHERE y = a AND t.name = :tag)");
        }
        if (f.authorUsername() != null) {
            jpql.append(" AND a.author.username = :author");
        }
        if (order != null) {
            jpql.append(order == Order.MOST_VIEWED ? " ORDER BY a.viewCount DESC, a.publishAt DESC" : " ORDER BY a.publishAt DESC, a.id DESC");
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", PortalClock.instant())
                .setParameter("visibilities", viewer.readableVisibilities());
        if (f.categoryId() != null) {
            q.setParameter("category", f.categoryId());
        }
        if (f.learningAreaCode() != null) {
            q.setParameter("area", f.learningAreaCode());
        }
        if (f.tag() != null) {
            q.setParameter("tag", f.tag());
        }
        if (f.authorUsername() != null) {
            q.setParameter("author", f.authorUsername());
        }
        return q;
    }

    private Article editable(long id, Viewer viewer) {
        return viewer.checkEdit(em.find(Article.class, id), PortalClock.instant());
    }

    private ArticleCategory category(Long id, InvalidFields.Collector problems) {
        if (id == null) {
            return null;
        }
        ArticleCategory category = em.find(ArticleCategory.class, id);
        problems.check(category != null, "categoryId", "knowledge.unknownCategory", id);
        return category;
    }

    private int lastVersion(Article article) {
        return em.createQuery("SELECT COALESCE(MAX(v.number), 0) FROM ArticleVersion v WHERE v.article = :a", Integer.class)
                .setParameter("a", article).getSingleResult();
    }

    private static java.util.Set<String> codes(Article article) {
        return article.getLearningAreas().stream().map(th.nithet.organisation.LearningArea::getCode)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String clip(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String clean = note.strip();
        return clean.length() > 300 ? clean.substring(0, 300) : clean;
    }
}
