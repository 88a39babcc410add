package th.nithet.content.views;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who is viewing, for counting: a signed-in account, or a visitor known by a random cookie given
 * at the first view (a browser that refuses cookies counts at each view). Only a 16-byte hash is kept. Robots and
 * scripts that say what they are are not counted.
 */
public final class Visitors {

    public static final String COOKIE = "nithet-visitor";
    private static final Pattern ROBOT = Pattern.compile(
            "(?i).*(bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|curl|wget|python-requests|"
                    + "java-http-client|okhttp|httpclient|go-http-client|libwww|scrapy|monitor|pingdom|uptime).*");

    private Visitors() {
    }

    public static boolean isRobot(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return agent == null || agent.isBlank() || ROBOT.matcher(agent).matches();
    }

    /**
     * The viewer's hash, giving an anonymous visitor a cookie when they have none; empty for robots.
     * {@code accountId} is the signed-in account, if any.
     */
    public static Optional<byte[]> of(HttpServletRequest request, HttpServletResponse response, Long accountId) {
        if (isRobot(request)) {
            return Optional.empty();
        }
        if (accountId != null) {
            return Optional.of(ofAccount(accountId));
        }
        String id = null;
        if (request.getCookies() != null) {
            id = Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                    .filter(v -> v.matches("[0-9a-f-]{36}")).findFirst().orElse(null);
        }
        if (id == null) {
            String fresh = UUID.randomUUID().toString();
            Cookie cookie = new Cookie(COOKIE, fresh);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(60 * 60 * 24 * 400);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            id = fresh;
        }
        return Optional.of(ofCookie(id));
    }

    /** How a signed-in person is counted: once a day per item, whatever device they read on. */
    public static byte[] ofAccount(long accountId) {
        return hash("account:" + accountId);
    }

    /** How a visitor without an account is counted: by the random id in their cookie. */
    public static byte[] ofCookie(String id) {
        return hash("visitor:" + id);
    }

    static byte[] hash(String text) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
