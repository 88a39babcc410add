package th.nithet.platform.web;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Reads the shared page generation every second ({@link PageCache#readShared}). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PageGenerationPoll {

    @Inject
    PageCache cache;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void poll() {
        cache.readShared();
    }
}
