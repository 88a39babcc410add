import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * View-count ingestion: many visitors (each its own cookie) open knowledge pages at once. Reports
 * page views per second, the pages' latency while counting, and whether every distinct view arrived.
 * Usage: java bench/ViewLoad.java <base-url> <admin-password> [threads] [views-per-thread] [articles] [robot]
 * With "robot" the same pages are fetched as a search-engine robot, which is not counted: the page cost alone.
 */
public class ViewLoad {
    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes());
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int perThread = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int articles = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        boolean robot = args.length > 5 && args[5].equals("robot");
        String agent = robot ? "Mozilla/5.0 (compatible; Googlebot/2.1)" : "Mozilla/5.0 bench";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/knowledge"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"คู่มือทดสอบภาระ " + i + "\",\"body\":\"การนับการเข้าชม\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
            if (!m.find()) throw new IllegalStateException(created.body());
            ids.add(Long.parseLong(m.group(1)));
        }
        // warm the page once
        client.send(HttpRequest.newBuilder(URI.create(base + "knowledge/" + ids.get(0))).header("User-Agent", "Mozilla/5.0 bench").build(),
                HttpResponse.BodyHandlers.discarding());

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    String visitor = UUID.randomUUID().toString();   // every request a new visitor: every view counts
                    long id = ids.get(i % ids.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "knowledge/" + id))
                                .header("User-Agent", agent).header("Cookie", "nithet-visitor=" + visitor).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) failures.incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = (long) threads * perThread;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d page views by %d threads in %.1f s: %.0f views/s, failures %d%n", total, threads, seconds, total / seconds, failures.get());
        System.out.printf("page latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", ms(sorted, .50), ms(sorted, .95), ms(sorted, .99));

        if (robot) {
            return;
        }
        // every distinct view arrives in the counts within a few flushes
        long deadline = System.currentTimeMillis() + 60_000, counted = 0;
        while (System.currentTimeMillis() < deadline) {
            counted = 0;
            for (long id : ids) {
                String body = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/knowledge/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = Pattern.compile("\"viewCount\":(\\d+)").matcher(body);
                if (m.find()) counted += Long.parseLong(m.group(1));
            }
            if (counted >= total - failures.get()) break;
            Thread.sleep(500);
        }
        System.out.printf("counted %d of %d views (+%d warm-up)%n", counted, total - failures.get(), 1);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1)))) / 1e6;
    }
}
