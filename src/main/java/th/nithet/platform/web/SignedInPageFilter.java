package th.nithet.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import th.nithet.platform.security.Role;
import th.nithet.platform.security.SignedInAccount;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Serves the reading pages of items to members from a copy kept for all of them, with each member's own
 * {@link PersonalParts} put in: the page costs a few small queries instead of a Faces render.
 * <p>
 * A member here is a signed-in person with no staff role (staff see hidden comments and moderation links, so their
 * pages are their own) who need not change their password first. The first member to open a page gets it rendered
 * through Faces as usual, but offered to be kept ({@link PersonalParts#mayShare}); the page agrees only when it is the
 * same for every member but for its parts ({@link PersonalParts#share}: public or members-only, live, and this member
 * neither its author nor a commenter on it), and then renders as a stateless view whose forms carry the member's
 * {@link FormToken} instead of a view state. The next members get the kept copy when it {@link PageCache.Personal#fits}
 * them; each is counted as a view. A kept copy is forgotten with the anonymous ones, whenever something is committed.
 */
public class SignedInPageFilter extends HttpFilter {

    private static final String KEY_PREFIX = "member ";
    /** The header's parts this filter fills in itself. */
    static final String NAME = "name";
    static final String TOKEN = "token";

    @Inject
    PageCache cache;

    @Inject
    Instance<HeaderPart> headerParts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignedInAccount member = memberReading(request);
        if (member == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = KEY_PREFIX + AnonymousPageFilter.key(request);
        var kept = cache.find(key);
        if (kept.isPresent() && kept.get().personal().fits(member.id())) {
            PageCache.Page page = kept.get();
            send(response, page.contentType(), page.template().fill(parts(request, response, member, page.personal(), true)));
            return;
        }
        String marking = PersonalParts.newMarking();
        request.setAttribute(PersonalParts.MARKING, marking);
        long generation = cache.generation();
        AnonymousPageFilter.BufferedResponse buffered = new AnonymousPageFilter.BufferedResponse(response);
        chain.doFilter(request, buffered);
        if (buffered.answered()) {
            return;
        }
        byte[] body = buffered.body();
        if (!(request.getAttribute(PersonalParts.SHARED) instanceof PageCache.Personal personal)) {
            send(response, null, body);
            return;
        }
        PersonalParts.Template template = PersonalParts.cut(body, marking);
        if (buffered.getStatus() == HttpServletResponse.SC_OK && buffered.getContentType() != null
                && buffered.getContentType().startsWith("text/html") && !carriesSessionId(body, request)) {
            cache.keep(key, template, buffered.getContentType(), generation, personal);
        }
        // the page counted this view itself while rendering
        send(response, null, template.fill(parts(request, response, member, personal, false)));
    }

    private static void send(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Map<String, String> parts(HttpServletRequest request, HttpServletResponse response, SignedInAccount member,
                                      PageCache.Personal personal, boolean count) {
        Map<String, String> parts = new HashMap<>(personal.parts(request, response, count));
        parts.put(NAME, member.displayName());
        parts.put(TOKEN, FormToken.of(request.getSession()));
        for (HeaderPart part : headerParts) {
            parts.put(part.name(), part.value(request));
        }
        return parts;
    }

    /** A page whose addresses carry the session id (cookies refused) is this member's alone: never kept. */
    private static boolean carriesSessionId(byte[] body, HttpServletRequest request) {
        return new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).contains(request.getSession().getId());
    }

    /** The member reading an item's page, or null when this request is anything else. */
    private static SignedInAccount memberReading(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null || request.getUserPrincipal() == null
                || !request.isRequestedSessionIdFromCookie() || !AnonymousPageFilter.readingPage(request)
                || AnonymousPageFilter.hasFlash(request)) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignedInAccount.SESSION_ATTRIBUTE) instanceof SignedInAccount who)) {
            return null;
        }
        return who.has(Role.SUPERVISOR) || who.has(Role.ADMIN) || who.mustChangePassword() ? null : who;
    }
}
