package th.nithet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A signed-in person's secret for the forms of pages whose view state is "stateless" (a reading page kept for
 * everyone with the same roles, {@link SignedInPageFilter}): such a form carries no secret of Faces', so it carries this one, the same for
 * the whole session and unguessable, and a post without it is refused ({@link AnonymousPageFilter}).
 */
public final class FormToken {

    /** The hidden field's name in the forms. */
    public static final String PARAMETER = "nithet-form-token";
    static final String SESSION_ATTRIBUTE = "nithet.formToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    /** The session's token, made at the first page that needs it. */
    public static String of(HttpSession session) {
        Object kept = session.getAttribute(SESSION_ATTRIBUTE);
        if (kept instanceof String token) {
            return token;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(SESSION_ATTRIBUTE, token);
        return token;
    }

    /** Whether the request carries its session's token (compared in constant time). */
    static boolean carriedBy(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(PARAMETER);
        if (session == null || sent == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof String token)) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
    }
}
