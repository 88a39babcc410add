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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue #17's table in one run against a running portal: the static stylesheet, /health/live, an
 * anonymous knowledge page (every request a new visitor, so every request is a counted view), the same
 * page signed in as a teacher and as a supervisor (made for the run) and as the administrator, who wrote the article (so
 * the page is their own, with their edit links, rendered through Faces), GET /api/v1/me with HTTP Basic and with a personal access token. Each row: req/s,
 * p50/p99 and the ratio to the static file measured in the same run (after an unmeasured warm-up). Then checks that every counted
 * view arrived in the article's view count.
 * Before the rows, the signed-in pages run unmeasured for {@code settle} seconds (default 120), printed in 20-s steps:
 * on 2 cores the optimising compiler takes minutes to reach the Faces page's code while it serves, and a signed-in
 * page costs about twice the CPU in the first minute that it costs after three (docs/benchmarks.md, 2026-12-06).
 * Usage: java bench/Load.java <base-url> <admin-password> [connections] [seconds] [settle-seconds]
 */
public class Load {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    static final String BROWSER = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36";

    /** A row's rate and latencies; {@code ok} counts every 200, the unmeasured warm-up's too. */
    record Row(String label, double rate, double p50, double p99, long ok, long failed) {
    }

    /** Each row first runs this long unmeasured: the JIT and what the server remembers warm up for every row alike. */
    static final int WARM_SECONDS = 3;

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int settle = args.length > 4 ? Integer.parseInt(args[4]) : 120;

        String article = send(HttpRequest.newBuilder(URI.create(base + "api/v1/knowledge")).header("Authorization", basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"การจัดการเรียนรู้เชิงรุก (Active Learning) สำหรับครูประถม\",\"body\":\"<p>"
                                + "ขั้นตอนการออกแบบกิจกรรม ".repeat(200) + "</p>\",\"tags\":[\"active-learning\"]}"))).body();
        long id = Long.parseLong(find("\"id\":([0-9]+)", article));
        String page = base + "knowledge/" + id;
        String css = base + find("href=\"/(jakarta.faces.resource/nithet/nithet.css[^\"]*)\"",
                send(HttpRequest.newBuilder(URI.create(page)).header("User-Agent", BROWSER)).body()).replace("&amp;", "&");
        // signed-in readers: one session each, with its cookies kept up to date as a browser does. A teacher (a member)
        // is who reads signed in; the administrator wrote the article, so their page is their own, rendered through Faces.
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String teacher = "kru" + run;
        String teacherPassword = person(base, basic, teacher, "ครูทดสอบ อ่านบทความ", "MEMBER");
        String supervisor = "sn" + run;
        String supervisorPassword = person(base, basic, supervisor, "ศน.ทดสอบ อ่านบทความ", "SUPERVISOR");
        List<Map<String, String>> sessions = new ArrayList<>();
        List<Map<String, String>> supervisorSessions = new ArrayList<>();
        List<Map<String, String>> staffSessions = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            sessions.add(signIn(base, teacher, teacherPassword));
            supervisorSessions.add(signIn(base, supervisor, supervisorPassword));
            staffSessions.add(signIn(base, "admin", args[1]));
        }
        // each reader's first view of the article is counted now, before the count is taken (once a day per person)
        for (Map<String, String> session : List.of(sessions.get(0), supervisorSessions.get(0), staffSessions.get(0))) {
            keep(session, send(HttpRequest.newBuilder(URI.create(page)).header("User-Agent", BROWSER).header("Cookie", header(session))));
        }
        String token = "Bearer " + find("\"token\":\"([^\"]+)\"", send(HttpRequest.newBuilder(URI.create(base + "api/v1/me/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench/load\",\"readOnly\":true,\"expiresInDays\":1}"))).body());

        // warm every path once, then the rows
        for (String url : List.of(css, base + "health/live", page, base + "api/v1/me")) {
            load("warm-up", () -> HttpRequest.newBuilder(URI.create(url)).header("User-Agent", BROWSER).header("Authorization", basic),
                    connections, 3);
        }
        for (int done = 0; done < settle; done += 20) {
            List<Map<String, String>> who = done % 40 == 0 ? staffSessions : sessions;
            Row step = measure("settling", t -> () -> HttpRequest.newBuilder(URI.create(page)).header("User-Agent", BROWSER)
                    .header("Cookie", header(who.get(t))), (t, response) -> keep(who.get(t), response), connections,
                    Math.min(20, settle - done));
            System.out.printf("settling: signed-in page (%s) %.0f req/s (%d-%d s)%n", who == sessions ? "teacher" : "author",
                    step.rate(), done, Math.min(settle, done + 20));
        }
        long viewsBefore = settledViewCount(base, basic, id);
        List<Row> rows = new ArrayList<>();
        rows.add(load("static stylesheet", () -> HttpRequest.newBuilder(URI.create(css)).header("User-Agent", BROWSER), connections, seconds));
        rows.add(load("/health/live", () -> HttpRequest.newBuilder(URI.create(base + "health/live")), connections, seconds));
        Row anonymous = load("anonymous page", () -> HttpRequest.newBuilder(URI.create(page)).header("User-Agent", BROWSER),
                connections, seconds);
        rows.add(anonymous);
        rows.add(load("signed-in page", t -> () -> HttpRequest.newBuilder(URI.create(page)).header("User-Agent", BROWSER)
                .header("Cookie", header(sessions.get(t))), (t, response) -> keep(sessions.get(t), response), connections, seconds));
        rows.add(load("API /me, Basic", () -> HttpRequest.newBuilder(URI.create(base + "api/v1/me")).header("Authorization", basic),
                connections, seconds));
        rows.add(load("API /me, token", () -> HttpRequest.newBuilder(URI.create(base + "api/v1/me")).header("Authorization", token),
                connections, seconds));
        rows.add(load("signed-in, supervisor", t -> () -> HttpRequest.newBuilder(URI.create(page)).header("User-Agent", BROWSER)
                .header("Cookie", header(supervisorSessions.get(t))), (t, response) -> keep(supervisorSessions.get(t), response),
                connections, seconds));
        rows.add(load("signed-in, author", t -> () -> HttpRequest.newBuilder(URI.create(page)).header("User-Agent", BROWSER)
                .header("Cookie", header(staffSessions.get(t))), (t, response) -> keep(staffSessions.get(t), response), connections,
                seconds));

        double staticRate = rows.get(0).rate();
        double staticP99 = rows.get(0).p99();
        System.out.printf("%-22s %9s %9s %9s %8s %8s %7s%n", "what", "req/s", "p50 ms", "p99 ms", "failed", "x static", "p99 x");
        for (Row r : rows) {
            System.out.printf("%-22s %9.0f %9.1f %9.1f %8d %8.3f %7.1f%n", r.label(), r.rate(), r.p50(), r.p99(), r.failed(),
                    r.rate() / staticRate, r.p99() / staticP99);
        }
        System.out.printf("ratio API Basic to /health/live: %.3f, token to /health/live: %.3f%n",
                rows.get(4).rate() / rows.get(1).rate(), rows.get(5).rate() / rows.get(1).rate());

        // every anonymous request was a new visitor: each is one counted view; the signed-in readers were counted before
        long expected = anonymous.ok();
        long counted = 0;
        for (int i = 0; i < 60 && counted < viewsBefore + expected; i++) {
            Thread.sleep(1000);
            counted = viewCount(base, basic, id);
        }
        System.out.printf("counted views: %d of %d (%.0f views/s)%s%n", counted - viewsBefore, expected, anonymous.rate(),
                counted - viewsBefore == expected ? ", every view arrived" : ", MISSING VIEWS");
        if (counted - viewsBefore != expected) {
            System.exit(1);
        }
    }

    /** The view count once the warm-up's views are written (they are written in batches every two seconds). */
    static long settledViewCount(String base, String basic, long id) throws Exception {
        long before;
        long now = viewCount(base, basic, id);
        do {
            before = now;
            Thread.sleep(3000);
            now = viewCount(base, basic, id);
        } while (now != before);
        return now;
    }

    static long viewCount(String base, String basic, long id) throws Exception {
        return Long.parseLong(find("\"viewCount\":([0-9]+)", send(HttpRequest.newBuilder(URI.create(base + "api/v1/knowledge/" + id))
                .header("Authorization", basic)).body()));
    }

    /**
     * A new person with one role made by the administrator through the API, with a temporary password, which they
     * change at their first sign-in as the portal asks; answers the new password.
     */
    static String person(String base, String basic, String username, String displayName, String role) throws Exception {
        HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create(base + "api/v1/accounts")).header("Authorization", basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
                        + "\",\"displayName\":\"" + displayName + "\",\"roles\":[\"" + role + "\"]}")));
        if (made.statusCode() != 201) {
            throw new IllegalStateException(username + " not made: " + made.statusCode() + " " + made.body());
        }
        String temporary = find("\"temporaryPassword\":\"([^\"]+)\"", send(HttpRequest.newBuilder(URI.create(base + "api/v1/accounts/"
                + username + "/temporary-password")).header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody())).body());
        Map<String, String> cookies = signIn(base, username, temporary);
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "account/password.xhtml")).header("User-Agent", BROWSER)
                .header("Cookie", header(cookies)));
        keep(cookies, form);
        String password = "Load-Bench-" + username + "-2569";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("change", "change");
        fields.put("change:current", temporary);
        fields.put("change:password", password);
        fields.put("change:confirmation", password);
        fields.put("change:save", "");
        fields.put("jakarta.faces.ViewState", find("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"", form.body()));
        HttpResponse<String> changed = send(HttpRequest.newBuilder(URI.create(base + "account/password.xhtml")).header("User-Agent", BROWSER)
                .header("Cookie", header(cookies)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))));
        if (changed.statusCode() >= 400) {
            throw new IllegalStateException("password not changed: " + changed.statusCode());
        }
        // (the sign-ins with the new password below fail loudly if it did not take)
        return password;
    }

    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The sign-in form, sent as a browser would; answers the session's cookies. */
    static Map<String, String> signIn(String base, String username, String password) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).header("User-Agent", BROWSER));
        Map<String, String> cookies = new LinkedHashMap<>();
        keep(cookies, form);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:next", "/");
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", find("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"", form.body()));
        String body = formBody(fields);
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).header("User-Agent", BROWSER)
                .header("Cookie", header(cookies)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (done.statusCode() != 302) {
            throw new IllegalStateException("sign-in failed: " + done.statusCode());
        }
        keep(cookies, done);
        return cookies;
    }

    static void keep(Map<String, String> cookies, HttpResponse<?> response) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
    }

    static String header(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(400, text.length())));
        }
        return m.group(1);
    }

    static Row load(String label, Supplier<HttpRequest.Builder> request, int connections, int seconds) throws Exception {
        return load(label, t -> request, (t, response) -> { }, connections, seconds);
    }

    /** Each connection {@code t} sends {@code requests.apply(t)} and hands each answer to {@code answered} (its cookies). */
    static Row load(String label, IntFunction<Supplier<HttpRequest.Builder>> requests,
                    BiConsumer<Integer, HttpResponse<?>> answered, int connections, int seconds) throws Exception {
        Row warm = label.equals("warm-up") ? null : measure(label, requests, answered, connections, WARM_SECONDS);
        Row row = measure(label, requests, answered, connections, seconds);
        return warm == null ? row : new Row(row.label(), row.rate(), row.p50(), row.p99(), row.ok() + warm.ok(), row.failed());
    }

    static Row measure(String label, IntFunction<Supplier<HttpRequest.Builder>> requests,
                       BiConsumer<Integer, HttpResponse<?>> answered, int connections, int seconds) throws Exception {
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        for (int t = 0; t < connections; t++) {
            int connection = t;
            Supplier<HttpRequest.Builder> request = requests.apply(t);
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> response = CLIENT.send(request.get().timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        answered.accept(connection, response);
                        int status = response.statusCode();
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
        return new Row(label, sorted.size() / elapsed,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
                sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.size(), failed.get());
    }
}
