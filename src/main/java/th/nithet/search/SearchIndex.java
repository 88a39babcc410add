package th.nithet.search;

import th.nithet.search.engine.SearchEngine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's one search index under {@code NITHET_DATA_DIR/index}, derived from the database:
 * an item changes → its {@link IndexChange} is taken after the commit, the item is read again and
 * replaced in the index, and is findable within a second. At start, an index that is missing or of
 * an older layout is rebuilt; every few minutes (and at start) the index is reconciled with the
 * database, so nothing stays missing or stale after a crash. Administrators can rebuild it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    @ConfigProperty(name = "nithet.data.dir", defaultValue = "./nithet-data")
    String dataDir;

    @Inject
    Instance<SearchSource> sources;

    @Resource
    ManagedExecutorService executor;

    private SearchEngine engine;
    private final LinkedBlockingQueue<IndexChange> changes = new LinkedBlockingQueue<>();
    private final AtomicBoolean working = new AtomicBoolean();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile int rebuildDone;
    private volatile int rebuildTotal;
    private volatile boolean dirty;
    private volatile long changeCursor = -1;
    static final String CHANGES_KEY = "nithet.changes";

    @PostConstruct
    void open() {
        try {
            Path directory = Path.of(dataDir).toAbsolutePath().normalize().resolve("index");
            Files.createDirectories(directory);
            engine = new SearchEngine(FSDirectory.open(directory));
            String schema = engine.commitData().get(SearchEngine.SCHEMA_KEY);
            if (!SearchEngine.SCHEMA.equals(schema)) {
                LOG.info("Search index " + (schema == null ? "missing" : "of layout " + schema) + ": rebuilding in the background");
                executor.submit(this::rebuild);
            } else {
                executor.submit(this::reconcile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /** The launcher is about to stop the server: index what is waiting and make it durable. */
    public void quiesce(@Observes th.nithet.platform.lifecycle.Quiescing stopping) {
        try {
            drain();
            engine.commit(cursorData());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not commit the search index before stopping", e);
        }
    }

    @PreDestroy
    void close() {
        try {
            drain();
            engine.commit(cursorData());
            engine.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index", e);
        }
    }

    /** Changes this node has been told of and not yet written into its index (for /metrics). */
    public int waitingChanges() {
        return changes.size();
    }

    public SearchEngine engine() {
        return engine;
    }

    /** Where this index stands in the search change log ({@link SearchChangeLog}); null for a new index. */
    public Long changeCursor() {
        try {
            String kept = engine.commitData().get(CHANGES_KEY);
            return kept == null ? null : Long.valueOf(kept);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Every change in the log up to {@code cursor} is in the index; the next commit records it. */
    public void changesSettled(long cursor) {
        changeCursor = cursor;
        dirty = true;
    }

    private Map<String, String> cursorData() {
        long cursor = changeCursor;
        return cursor < 0 ? Map.of() : Map.of(CHANGES_KEY, Long.toString(cursor));
    }

    /** Indexes these items again now, in the caller's thread (other instances' changes, read from the log). */
    public void reindexNow(java.util.Collection<IndexChange> changed) {
        for (IndexChange change : changed) {
            try {
                reindex(change.type(), change.id());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not index " + change + "; reconciliation will", e);
            }
        }
        try {
            engine.refresh();
            dirty = true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not refresh the search index", e);
        }
    }

    /** Index the item again (in the background, in order). Called by {@link IndexChanges} once its transaction committed. */
    public void changed(IndexChange change) {
        changes.add(change);
        drainUnlessDraining();
    }

    /**
     * One drain at a time. A change that arrives while a drain refreshes the searcher finds it working and
     * leaves it to that drain; so after each drain the queue is looked at again, for as long as it fills
     * (it did only twice: the third of three items created in a row waited for the next change, seen
     * as a staff article a supervisor could not find).
     */
    private void drainUnlessDraining() {
        if (working.compareAndSet(false, true)) {
            executor.submit(() -> {
                try {
                    drain();
                } finally {
                    working.set(false);
                    if (!changes.isEmpty()) {
                        drainUnlessDraining();
                    }
                }
            });
        }
    }

    private void drain() {
        IndexChange change;
        boolean any = false;
        while ((change = changes.poll()) != null) {
            try {
                reindex(change.type(), change.id());
                any = true;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not index " + change + "; reconciliation will", e);
            }
        }
        if (any) {
            try {
                engine.refresh();
                dirty = true;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not refresh the search index", e);
            }
        }
    }

    private void reindex(String type, long id) throws IOException {
        SearchSource source = source(type);
        if (source == null) {
            return;
        }
        var document = source.document(type, id);
        if (document.isPresent()) {
            engine.put(document.get());
        } else {
            engine.delete(SearchDocument.key(type, id));
        }
    }

    private SearchSource source(String type) {
        for (SearchSource source : sources) {
            if (source.types().contains(type)) {
                return source;
            }
        }
        return null;
    }

    /** Makes the index durable every few seconds when it changed (a crash loses nothing: reconciliation redoes it). */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void commitWhenDirty() {
        if (dirty && !rebuilding.get()) {
            dirty = false;
            try {
                engine.commit(cursorData());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not commit the search index", e);
            }
        }
    }

    private final Map<String, Long> pushedViews = new java.util.concurrent.ConcurrentHashMap<>();

    /** Keeps the index's view counts (for "most viewed") close to the database's, without re-indexing. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    void updateViews() {
        if (rebuilding.get()) {
            return;
        }
        try {
            boolean any = false;
            for (SearchSource source : sources) {
                for (Map.Entry<String, Long> e : source.views().entrySet()) {
                    if (!e.getValue().equals(pushedViews.get(e.getKey()))) {
                        engine.updateViews(e.getKey(), e.getValue());
                        pushedViews.put(e.getKey(), e.getValue());
                        any = true;
                    }
                }
            }
            if (any) {
                engine.refresh();
                dirty = true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not update view counts in the search index", e);
        }
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void scheduledReconcile() {
        if (!rebuilding.get()) {
            reconcile();
        }
    }

    /** Compares the index with the database; adds what is missing, replaces what is stale, removes what is gone. */
    public int reconcile() {
        try {
            Map<String, Long> indexed = new HashMap<>(engine.stamps());
            int fixed = 0;
            for (SearchSource source : sources) {
                for (SearchSource.Stamp stamp : source.live()) {
                    Long have = indexed.remove(stamp.key());
                    if (have == null || have != stamp.stamp()) {
                        reindex(stamp.type(), stamp.id());
                        fixed++;
                    }
                }
            }
            for (String gone : indexed.keySet()) {
                engine.delete(gone);
                fixed++;
            }
            if (fixed > 0) {
                engine.refresh();
                engine.commit(cursorData());
                LOG.info("Search index reconciled: " + fixed + " items added, replaced or removed");
            }
            return fixed;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index reconciliation failed; will try again", e);
            return -1;
        }
    }

    /** Builds the index anew from the database (the old one answers until the new one is committed). */
    public void rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        try {
            List<SearchSource.Stamp> all = new java.util.ArrayList<>();
            for (SearchSource source : sources) {
                all.addAll(source.live());
            }
            rebuildTotal = all.size();
            rebuildDone = 0;
            engine.deleteAll();
            for (SearchSource.Stamp stamp : all) {
                reindex(stamp.type(), stamp.id());
                rebuildDone++;
            }
            Map<String, String> data = new HashMap<>(cursorData());
            data.put("nithet.rebuilt", Instant.now().toString());
            engine.commit(data);
            engine.refresh();
            LOG.info("Search index rebuilt: " + all.size() + " items");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index rebuild failed", e);
        } finally {
            rebuilding.set(false);
        }
    }

    /** Starts a rebuild in the background (the administrators' button). */
    public void rebuildLater() {
        executor.submit(this::rebuild);
    }

    /** What the administrators' page shows. */
    public record Status(int documents, long sizeBytes, String lastRebuild, boolean rebuilding, int done, int total) {
    }

    public Status status() {
        try {
            return new Status(engine.documentCount(), engine.sizeBytes(), engine.commitData().get("nithet.rebuilt"),
                    rebuilding.get(), rebuildDone, rebuildTotal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
