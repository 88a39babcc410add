package th.nithet.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.nithet.platform.cluster.ClusterNode;

import java.util.logging.Logger;

/**
 * Hears {@link IndexChange}s twice. Inside the caller's transaction it writes the change to the
 * {@code search_change} log, so that every other instance on the database indexes the item too
 * ({@link SearchChangeLog}), and the row exists exactly when the content's change does. Once the
 * transaction has committed it hands the change to this instance's index on another thread: a plain
 * CDI bean, because an EJB must not be called while a transaction is completing (the container
 * refuses to resume it).
 */
@ApplicationScoped
public class IndexChanges {

    private static final Logger LOG = Logger.getLogger(IndexChanges.class.getName());

    @Inject
    SearchIndex index;

    @Inject
    ClusterNode node;

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    void logged(@Observes IndexChange change) {
        if (!em.isJoinedToTransaction()) {
            // not fired from a service's transaction: other instances learn of it at their next reconciliation
            LOG.fine(() -> "Search change outside a transaction, not logged: " + change);
            return;
        }
        em.createNativeQuery("INSERT INTO search_change (item_type, item_id, node, created_at) VALUES (?, ?, ?, NOW(6))")
                .setParameter(1, change.type()).setParameter(2, change.id()).setParameter(3, node.id())
                .executeUpdate();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
        executor.submit(() -> index.changed(change));
    }
}
