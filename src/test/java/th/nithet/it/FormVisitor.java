package th.nithet.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser without a screen: keeps the cookies of 127.0.0.1 whichever node (port) it talks to,
 * and sends them back as browsers do ({@code name=value}). The JDK's CookieManager would send
 * Payara's {@code JSESSIONIDVERSION=2f:3} in RFC 2965's quoted form, which no browser does and
 * Payara does not read: the other node would then answer from its older copy of the session.
 */
public final class FormVisitor {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public HttpResponse<String> get(String base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return response;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String base, String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** The sign-in form, filled in and sent as a person would. */
    public void signIn(String base, String username, String password) {
        HttpResponse<String> form = get(base, "/login.xhtml");
        assertEquals(200, form.statusCode());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:next", "/account/");
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        HttpResponse<String> signedIn = post(base, "/login.xhtml", fields);
        assertEquals(302, signedIn.statusCode(), "signed in: " + signedIn.body());
    }

    /** What PrimeFaces sends for an Ajax button. */
    HttpResponse<String> ajax(String base, String path, String viewState, String source, String execute, String render,
                              Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>(values);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(source, source);
        fields.put("jakarta.faces.ViewState", viewState);
        return post(base, path, fields, "Faces-Request", "partial/ajax");
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** The view state of a page's first form. */
    public static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertTrue(m.find(), "the page has a view state");
        return m.group(1);
    }

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    /**
     * The hidden fields of the page's form {@code formId} as a browser sends them besides the view state: the form's own
     * marker, and on a page kept for every member the person's form token and the item's id.
     */
    public static Map<String, String> hiddenFields(String page, String formId) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        assertTrue(start >= 0, "the page has the form " + formId);
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(form);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    /** The cookies this visitor holds, by name. */
    public Map<String, String> cookies() {
        return cookies;
    }
}
