import java.net.URI;
import java.net.URLEncoder;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two instances over one database (issue #16):
 * 1. index change lag: an article written on one node (acknowledged 201), then the other node's
 *    search asked every 10 ms until it finds it; p50/p99 of ack-to-found, both directions;
 * 2. pages/s: anonymous knowledge pages by N threads for T seconds, against node A alone and then
 *    spread over A and B, beside the static stylesheet of node A as the same run's yardstick.
 * Usage: java bench/ClusterBench.java <url-A> <url-B> <admin-password> [lag-samples] [threads] [seconds]
 */
public class ClusterBench {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String a = slash(args[0]);
        String b = slash(args[1]);
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[2]).getBytes(StandardCharsets.UTF_8));
        int samples = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 20;

        if (samples > 0) {
            lag("A -> B", a, b, auth, samples);
            lag("B -> A", b, a, auth, samples);
        }

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(create(a, auth, "หน้าทดสอบภาระสองเครื่อง " + i));
        }
        Thread.sleep(3000);
        String css = stylesheet(a);
        double staticRate = load("static stylesheet, A", List.of(a), List.of(css), threads, seconds);
        List<String> pages = ids.stream().map(id -> "knowledge/" + id).toList();
        double one = load("anonymous page, A alone", List.of(a), pages, threads, seconds);
        double two = load("anonymous page, A and B in turn", List.of(a, b), pages, threads, seconds);
        System.out.printf("ratios to static: A alone %.3f, A+B %.3f; A+B / A alone %.2f%n", one / staticRate, two / staticRate, two / one);
    }

    static void lag(String label, String writer, String reader, String auth, int samples) throws Exception {
        List<Double> lags = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String word = "lagprobe" + Long.toString(System.nanoTime(), 36);
            long id = create(writer, auth, "วัดความหน่วง " + word);
            long acked = System.nanoTime();
            String q = reader + "api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
            while (true) {
                HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(q)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.body().contains("\"id\":" + id + ",")) {
                    break;
                }
                if (System.nanoTime() - acked > TimeUnit.SECONDS.toNanos(60)) {
                    throw new IllegalStateException("not found after 60 s: " + word);
                }
                Thread.sleep(10);
            }
            lags.add((System.nanoTime() - acked) / 1e6);
        }
        Collections.sort(lags);
        System.out.printf("index change lag %s (%d changes): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", label, samples,
                lags.get(lags.size() / 2), lags.get((int) Math.min(lags.size() - 1, Math.ceil(lags.size() * 0.99) - 1)),
                lags.get(lags.size() - 1));
    }

    static double load(String label, List<String> nodes, List<String> paths, int threads, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    String url = nodes.get(i % nodes.size()) + paths.get(i % paths.size());
                    i++;
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                                .header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1)").build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 200) {
                            done.incrementAndGet();
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
        double rate = done.get() / elapsed;
        System.out.printf("%-34s %8.0f req/s  p50 %6.1f ms  p99 %7.1f ms  failed %d%n", label, rate,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
                sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)) / 1e6, failed.get());
        return rate;
    }

    static long create(String node, String auth, String title) throws Exception {
        HttpResponse<String> created = CLIENT.send(HttpRequest.newBuilder(URI.create(node + "api/v1/knowledge"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"body\":\"การวัดผลสองเครื่อง\",\"visibility\":\"public\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        if (created.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException(created.statusCode() + " " + created.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** The stylesheet's address as the home page gives it (it carries a content hash). */
    static String stylesheet(String node) throws Exception {
        String home = CLIENT.send(HttpRequest.newBuilder(URI.create(node)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("href=\"/([^\"]*nithet\\.css[^\"]*)\"").matcher(home);
        if (!m.find()) {
            throw new IllegalStateException("no stylesheet link on the home page");
        }
        return m.group(1).replace("&amp;", "&");
    }

    static String slash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
