package th.nithet.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lets a session forget the view-scope bookkeeping of views Faces itself has forgotten.
 * <p>
 * Mojarra keeps the view-scoped beans of the last {@code com.sun.faces.numberOfActiveViewMaps} views in
 * the session ({@link #VIEW_MAPS}), but the matching contexts ({@link #VIEW_CONTEXTS}) of every view it
 * ever rendered, until the session ends: measured here, one more entry (about 37 objects) per page a
 * signed-in person opened, 11,000 objects after 300 article pages. A clustered session is read from and
 * written to the data grid whole on each request, so a person's pages got slower the longer they read.
 * After each request the contexts of views no longer active are dropped (their beans went with the view).
 */
public class ForgottenViewsFilter extends HttpFilter {

    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                forgetInactiveContexts(session);
            }
        }
    }

    private static void forgetInactiveContexts(HttpSession session) {
        try {
            if (session.getAttribute(VIEW_CONTEXTS) instanceof Map<?, ?> contexts
                    && session.getAttribute(VIEW_MAPS) instanceof Map<?, ?> active) {
                forgetInactiveContexts(contexts, active);
            }
        } catch (IllegalStateException ended) {
            // the session ended during the request (signed out): nothing left to forget
        }
    }

    /**
     * Drops the contexts whose view is not among the active ones. The contexts are read before the active
     * views: a tab opening a page at the same moment adds its view to the active ones before it adds its
     * context, so a context missing from this copy is never dropped, and one present in it whose view is
     * not active has lost its view for good.
     */
    static void forgetInactiveContexts(Map<?, ?> contexts, Map<?, ?> active) {
        if (contexts.size() <= active.size()) {
            return;
        }
        Set<Object> forgotten = new HashSet<>(contexts.keySet());
        synchronized (active) { // Mojarra's map is a synchronized LRU map: read its keys under its lock
            forgotten.removeAll(active.keySet());
        }
        forgotten.forEach(contexts::remove); // Mojarra's contexts map is concurrent
    }
}
