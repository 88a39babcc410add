package th.nithet.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Tells the {@link PageCache} that something pages show has changed, once the transaction that
 * changed it has committed (a page rendered before the commit must not be kept as new).
 * <p>
 * Every entity's insert, update and removal counts: this class is the default entity listener of the
 * persistence unit ({@code META-INF/orm.xml}), so no feature has to remember it. A service that
 * writes what pages show with a statement instead of an entity (a like, a vote) calls
 * {@link #afterCommit()} itself.
 */
public class PageChanges {

    private static final String KEY = PageChanges.class.getName();

    @PostPersist
    @PostUpdate
    @PostRemove
    void entityChanged(Object entity) {
        afterCommit();
    }

    /** Pages are out of date once the current transaction commits (at once when there is none). */
    public static void afterCommit() {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionKey() == null) {
            cache().changed();
            return;
        }
        if (registry.getResource(KEY) != null) {
            return; // once per transaction is enough
        }
        registry.putResource(KEY, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache().changed();
                }
            }
        });
    }

    private static PageCache cache() {
        return CDI.current().select(PageCache.class).get();
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            return null;
        }
    }
}
