package th.nithet.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Times every page and API call by route ({@code nithet_request_seconds{route="/knowledge/{id}",kind="page"}}), first
 * filter of all (web.xml), so a page served from the anonymous cache counts too. Routes are the address with numbers as
 * {@code {id}}, other odd segments as {@code {x}}, at most three segments, and {@code not-found} for a 404: the number
 * of distinct routes stays small whatever addresses the internet tries.
 */
public class RequestTimingFilter extends HttpFilter {

    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]*(\\.xhtml|\\.atom|\\.csv|\\.xlsx|\\.pdf)?");
    private static final Metadata METADATA = Metadata.builder().withName("nithet_request")
            .withDescription("Time to answer a page or API call, by route").withUnit(MetricUnits.SECONDS).build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    /** Each route's timer by {@code kind route}, made once. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.startsWith("/health")
                || path.startsWith("/metrics")) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String route = response.getStatus() == HttpServletResponse.SC_NOT_FOUND ? "not-found" : route(path);
            timer(path.startsWith("/api/") ? "api" : "page", route).update(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * The route's timer. Payara's registry must not make two metrics at once: the first requests of two new routes
     * in parallel (a school opening the portal right after a start) failed with a ConcurrentModificationException
     * in its {@code TimerImpl} and answered 500. Timers are made one at a time here, and then read without a lock.
     */
    private Timer timer(String kind, String route) {
        String key = kind + ' ' + route;
        Timer timer = timers.get(key);
        if (timer == null) {
            synchronized (timers) {
                timer = timers.computeIfAbsent(key, k -> registry.timer(METADATA, new Tag("route", route), new Tag("kind", kind)));
            }
        }
        return timer;
    }

    /** {@code /api/v1/knowledge/42/comments} → {@code /api/v1/knowledge/{id}} (three segments after /api/v1). */
    static String route(String path) {
        String[] segments = path.split("/");
        StringBuilder route = new StringBuilder();
        int skipped = path.startsWith("/api/v1/") ? 2 : 0;
        int kept = 0;
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            if (kept >= 3 + skipped) {
                break;
            }
            route.append('/').append(segment.chars().allMatch(Character::isDigit) ? "{id}" : WORD.matcher(segment).matches() ? segment : "{x}");
            kept++;
        }
        return route.length() == 0 ? "/" : route.toString();
    }
}
