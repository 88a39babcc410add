import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An API script's cost: GET /api/v1/me with HTTP Basic by N threads for T seconds, beside
 * /health/live (no authentication) in the same run; prints req/s, p50/p99 and the ratio.
 * Usage: java bench/ApiAuth.java <base-url> <admin-password> [threads] [seconds]
 */
public class ApiAuth {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        load("warm-up", base + "api/v1/me", auth, threads, 5);
        double live = load("/health/live", base + "health/live", null, threads, seconds);
        double me = load("/api/v1/me, Basic", base + "api/v1/me", auth, threads, seconds);
        System.out.printf("ratio /api/v1/me (Basic) to /health/live: %.3f%n", me / live);
    }

    static double load(String label, String url, String auth, int threads, int seconds) throws Exception {
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
                    if (auth != null) {
                        request.header("Authorization", auth);
                    }
                    long t0 = System.nanoTime();
                    try {
                        int status = CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 200) {
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double rate = sorted.size() / elapsed;
        System.out.printf("%-20s %8.0f req/s  p50 %7.1f ms  p99 %7.1f ms  failed %d%n", label, rate,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
                sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)) / 1e6, failed.get());
        return rate;
    }
}
