package th.nithet.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import th.nithet.platform.security.SignedInAccount;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Serves the reading pages of items to signed-in readers from a copy kept for everyone with the same roles, with each
 * reader's own {@link PersonalParts} put in: the page costs a few small queries instead of a Faces render.
 * <p>
 * The first reader with a set of roles to open a page gets it rendered through Faces as usual, but offered to be kept
 * ({@link PersonalParts#mayShare}). The page agrees only when it is the same for everyone with those roles but for its
 * parts ({@link PersonalParts#share}: live, readable by the roles, and this reader neither its author nor a commenter
 * on it), and then renders as a stateless view whose forms carry the reader's {@link FormToken} instead of a view
 * state. The next readers with those roles get the kept copy when it {@link PageCache.Personal#fits} them; each is
 * counted as a view. People who must change their password first, sessions without a cookie and pages with a flash
 * message are rendered by Faces. A kept copy is forgotten with the anonymous ones, whenever something is committed.
 */
public class SignedInPageFilter extends HttpFilter {

    private static final String KEY_PREFIX = "signed-in ";

    @Inject
    PageCache cache;

    @Inject
    Instance<HeaderPart> headerParts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignedInAccount reader = signedInReading(request);
        if (reader == null) {
            chain.doFilter(request, response);
            return;
        }
        // what a reader may see and do on a page follows from their roles, except what is theirs (Personal.fits)
        String key = KEY_PREFIX + reader.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + " "
                + AnonymousPageFilter.key(request);
        var kept = cache.find(key);
        if (kept.isPresent() && kept.get().personal().fits(reader.id())) {
            PageCache.Page page = kept.get();
            send(response, page.contentType(), page.template().fill(parts(request, response, reader, page.personal(), true)));
            return;
        }
        String marking = PersonalParts.newMarking();
        request.setAttribute(PersonalParts.MARKING, marking);
        long generation = cache.generation();
        BufferedPage buffered = new BufferedPage(response);
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
        send(response, null, template.fill(parts(request, response, reader, personal, false)));
    }

    private static void send(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Map<String, String> parts(HttpServletRequest request, HttpServletResponse response, SignedInAccount reader,
                                      PageCache.Personal personal, boolean count) {
        Map<String, String> parts = new HashMap<>(personal.parts(request, response, count));
        parts.put(PersonalParts.NAME, reader.displayName());
        parts.put(PersonalParts.TOKEN, FormToken.of(request.getSession()));
        for (HeaderPart part : headerParts) {
            parts.put(part.name(), part.value(request));
        }
        return parts;
    }

    /** A page whose addresses carry the session id (cookies refused) is this reader's alone: never kept. */
    private static boolean carriesSessionId(byte[] body, HttpServletRequest request) {
        return new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).contains(request.getSession().getId());
    }

    /** The signed-in reader of an item's page, or null when this request is anything else. */
    private static SignedInAccount signedInReading(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null || request.getUserPrincipal() == null
                || !request.isRequestedSessionIdFromCookie() || !AnonymousPageFilter.readingPage(request)
                || AnonymousPageFilter.hasFlash(request)) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignedInAccount.SESSION_ATTRIBUTE) instanceof SignedInAccount who)) {
            return null;
        }
        return who.mustChangePassword() ? null : who;
    }
}
