package th.nithet.content;

import th.nithet.platform.time.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** What a person has published, of every content type, as the viewer may see it: for personal pages. */
@Stateless
@PermitAll
public class Contributions {

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    Viewers viewers;

    public List<ContentItem> of(String username, int limit) {
        return em.createQuery("SELECT c FROM ContentItem c WHERE c.author.username = :username AND c.status = :published "
                        + "AND c.publishAt <= :now AND c.visibility IN :visibilities ORDER BY c.publishAt DESC", ContentItem.class)
                .setParameter("username", username).setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", PortalClock.instant()).setParameter("visibilities", viewers.current().readableVisibilities())
                .setMaxResults(Math.max(1, Math.min(limit, 100))).getResultList();
    }

    public long count(String username) {
        return em.createQuery("SELECT COUNT(c) FROM ContentItem c WHERE c.author.username = :username AND c.status = :published "
                        + "AND c.publishAt <= :now AND c.visibility IN :visibilities", Long.class)
                .setParameter("username", username).setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", PortalClock.instant()).setParameter("visibilities", viewers.current().readableVisibilities())
                .getSingleResult();
    }
}
