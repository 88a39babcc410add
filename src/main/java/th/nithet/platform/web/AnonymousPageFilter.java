package th.nithet.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import th.nithet.platform.i18n.Languages;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Serves the pages everybody reads (a news item, an article, a question, a practice) to anonymous
 * readers from the {@link PageCache}, and renders them without a session.
 * <p>
 * A reader is anonymous here when the request carries no credentials, no signed-in session and no
 * flash message. The first such reader of a page gets it rendered as a stateless view (its forms
 * carry the view state "stateless", the same for everyone); the render may ask Faces for a session,
 * and gets a scratch one that lives only for this request, so no cookie is set and nothing is kept
 * per reader. When the page said it may be kept ({@link PageCache#CACHEABLE}: public and live), the
 * bytes are kept under the address and the language; the next anonymous readers get those bytes,
 * and what the page did for its reader (counting the view) is done again for each
 * ({@link PageCache#REPLAY}). Signed-in readers never get a kept page and never make one.
 * <p>
 * The view state is Faces' protection against forged posts, and a stateless page has none; so a post
 * that claims a stateless view from a signed-in person is refused here unless it carries their {@link FormToken}
 * (the forms of a page kept for every signed-in reader with the same roles do, {@link SignedInPageFilter}; SameSite=Lax cookies stop most forged
 * posts already).
 */
public class AnonymousPageFilter extends HttpFilter {

    /** The reading pages of items; lists and forms are rendered for each request as before. */
    static final Pattern READING_PAGE = Pattern.compile("/(news|knowledge|questions|practices)/[0-9]{1,18}/?");
    private static final String FLASH_COOKIE = "csfcfc";

    @Inject
    PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (forgedStatelessPost(request)) {
            // stateless pages are rendered for anonymous readers only, so their forms carry no secret view state;
            // a signed-in person's post from one is a forgery (or a page from before signing in): refused
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!anonymousReading(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        var kept = cache.find(key);
        if (kept.isPresent()) {
            PageCache.Page page = kept.get();
            if (page.replay() != null) {
                page.replay().replay(request, response);
            }
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        if (request.getSession(false) != null) {
            // an anonymous session already (e.g. the sign-in form was opened): rendered as usual, not kept
            chain.doFilter(request, response);
            return;
        }
        long generation = cache.generation();
        ScratchSessionRequest scratch = new ScratchSessionRequest(request);
        BufferedPage buffered = new BufferedPage(response);
        chain.doFilter(scratch, buffered);
        byte[] body = buffered.body();
        if (buffered.getStatus() == HttpServletResponse.SC_OK && Boolean.TRUE.equals(request.getAttribute(PageCache.CACHEABLE))
                && !buffered.answered() && buffered.getContentType() != null && buffered.getContentType().startsWith("text/html")) {
            cache.keep(key, body, buffered.getContentType(), generation, (PageCache.Replay) request.getAttribute(PageCache.REPLAY));
        }
        if (!buffered.answered()) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** A signed-in person's post from a stateless form without their {@link FormToken}. */
    private static boolean forgedStatelessPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getUserPrincipal() != null
                && "stateless".equals(request.getParameter("jakarta.faces.ViewState")) && !FormToken.carriedBy(request);
    }

    private static boolean anonymousReading(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getHeader("Authorization") == null && request.getUserPrincipal() == null
                && readingPage(request) && !hasFlash(request);
    }

    static boolean readingPage(HttpServletRequest request) {
        return READING_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    /** A message from the request before is waiting to be shown on this page: the page is this reader's. */
    static boolean hasFlash(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (FLASH_COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return Languages.fromRequest(request).getLanguage() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** The request as Faces sees it: asking for a new session gives one that ends with the request. */
    static final class ScratchSessionRequest extends HttpServletRequestWrapper {
        private HttpSession scratch;

        ScratchSessionRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession real = super.getSession(false);
            if (real != null) {
                return real;
            }
            if (scratch == null && create) {
                scratch = new ScratchSession(getServletContext());
            }
            return scratch;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }
    }
}
