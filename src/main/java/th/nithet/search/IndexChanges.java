package th.nithet.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hears {@link IndexChange}s once their transaction has committed and hands them to the index on
 * another thread: a plain CDI bean, because an EJB must not be called while a transaction is
 * completing (the container refuses to resume it).
 */
@ApplicationScoped
public class IndexChanges {

    @Inject
    SearchIndex index;

    @Resource
    ManagedExecutorService executor;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
        executor.submit(() -> index.changed(change));
    }
}
