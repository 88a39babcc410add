package th.nithet.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole pages as anonymous readers get them, and reading pages as everyone signed in with the same roles gets them but for their
 * {@link PersonalParts}, kept in this instance's memory ({@link AnonymousPageFilter}, {@link SignedInPageFilter}).
 * <p>
 * A kept page is good while the <em>page generation</em> is the one it was rendered in. Every committed
 * change to what pages show moves the generation on ({@link PageChanges}): at once on this instance, and
 * through {@code page_generation} on the others, which read it every second ({@link SharedPageGeneration}).
 * What changes without an entity (view counts, written in batches) shows after at most {@link #KEEP}.
 * Only pages rendered for nobody in particular are kept: no session, no sign-in, no flash message; or, for signed-in readers,
 * pages whose every personal part is a marker filled in for each of them.
 */
@ApplicationScoped
public class PageCache {

    /** The longest a kept page is served, changes or not: how stale a view count on a kept page may be. */
    static final Duration KEEP = Duration.ofSeconds(30);
    static final int MAX_PAGES = 2_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Request attribute a page sets while rendering when what it rendered may be kept for every anonymous reader. */
    public static final String CACHEABLE = "nithet.pageCache.cacheable";
    /** Request attribute: a {@link Replay} to run for each reader served the kept page (counting the view). */
    public static final String REPLAY = "nithet.pageCache.replay";

    /** What a page did for its reader besides rendering, done again for each reader of the kept page. */
    public interface Replay {
        void replay(HttpServletRequest request, HttpServletResponse response);
    }

    /**
     * What a page kept for everyone with the same roles ({@link SignedInPageFilter}) does for each of them: whether the copy is theirs
     * at all, counting their view, and the values of the page's own {@link PersonalParts} (the header's are the filter's).
     */
    public interface Personal {

        /** False for a reader whose page differs beyond the parts: the author, someone whose comment is on it. */
        boolean fits(long accountId);

        /** The page's parts for the signed-in caller; counts their view when {@code count}. */
        Map<String, String> parts(HttpServletRequest request, HttpServletResponse response, boolean count);
    }

    /** A kept page: whole ({@code body}), or cut at its parts for signed-in readers ({@code template} and {@code personal}). */
    record Page(byte[] body, String contentType, long generation, long keptAtNanos, Replay replay,
                PersonalParts.Template template, Personal personal) {

        int size() {
            return template != null ? template.size() : body.length;
        }
    }

    @Inject
    SharedPageGeneration shared;

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    long generation() {
        return generation.get();
    }

    Optional<Page> find(String key) {
        Page page = pages.get(key);
        if (page == null) {
            return Optional.empty();
        }
        if (page.generation() != generation.get() || System.nanoTime() - page.keptAtNanos() > KEEP.toNanos()) {
            forget(key, page);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** Keeps a page rendered while the generation was {@code renderedIn}; a page already out of date is not kept. */
    void keep(String key, byte[] body, String contentType, long renderedIn, Replay replay) {
        keep(key, new Page(body, contentType, renderedIn, System.nanoTime(), replay, null, null));
    }

    /** Keeps a page for everyone with the same roles, cut at its personal parts. */
    void keep(String key, PersonalParts.Template template, String contentType, long renderedIn, Personal personal) {
        keep(key, new Page(null, contentType, renderedIn, System.nanoTime(), null, template, personal));
    }

    private void keep(String key, Page page) {
        if (page.generation() != generation.get() || pages.size() >= MAX_PAGES || bytes.get() + page.size() > MAX_BYTES) {
            if (pages.size() >= MAX_PAGES || bytes.get() + page.size() > MAX_BYTES) {
                clear();
            }
            return;
        }
        Page old = pages.put(key, page);
        bytes.addAndGet(page.size() - (old == null ? 0 : old.size()));
    }

    private void forget(String key, Page page) {
        if (pages.remove(key, page)) {
            bytes.addAndGet(-page.size());
        }
    }

    private void clear() {
        pages.clear();
        bytes.set(0);
    }

    int size() {
        return pages.size();
    }

    /**
     * Something pages show was committed on this instance: kept pages are out of date here at once, and on
     * the other instances once they read the moved shared generation ({@link SharedPageGeneration}).
     */
    public void changed() {
        forgetAll();
        try {
            shared.move();
        } catch (RuntimeException stopping) {
            // the server is stopping: nobody reads pages from this instance any more
        }
    }

    /** Another instance committed something pages show. */
    void changedElsewhere() {
        forgetAll();
    }

    private void forgetAll() {
        generation.incrementAndGet();
        clear();
    }
}
