package th.nithet.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run command itself: {@code java -jar target/nithet.jar} on an empty data directory, with no
 * database configured. It must start an embedded MariaDB, print the first admin password once,
 * stop everything on SIGTERM and reuse the same data on the next start.
 */
class LauncherIT {

    private static final Pattern PASSWORD = Pattern.compile("Created the account 'admin' with the password: (\\S+)");
    private final JarLaunches jar = new JarLaunches();

    @AfterEach
    void stopEverything() {
        jar.close();
    }

    @Test
    void firstStartSecondStartAndCleanStops() throws Exception {
        Path it = Path.of(System.getProperty("nithet.it.dir", "target/it"));
        Path dataDir = it.resolve("launcher-data");
        th.nithet.launcher.TestDatabase.deleteRecursivelyForTests(dataDir);
        int port = freePort();

        // first start: empty data directory
        Process first = launch(dataDir, port, it.resolve("launcher-first.log"));
        waitUntilReady(first, port, it.resolve("launcher-first.log"));
        String log = Files.readString(it.resolve("launcher-first.log"));
        Matcher m = PASSWORD.matcher(log);
        assertTrue(m.find(), "the random admin password is printed once");
        String password = m.group(1);
        assertFalse(m.find(), "and only once");
        firstRequestsAtOnceAllAnswer(port);
        assertEquals(200, me(port, password).statusCode());
        aSingleInstanceKeepsSessionsInMemory(port, password);
        assertEquals("gzip", CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .timeout(Duration.ofSeconds(30)).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Content-Encoding").orElse("none"), "the launcher starts Payara with compression on");
        assertTrue(Files.isDirectory(dataDir.resolve("db").resolve("nithet")), "MariaDB's files live in the data directory");
        // the libraries the container never reads are on Payara's class path, PrimeFaces in the web application
        try (var inWebApp = Files.list(dataDir.resolve("runtime/nithet/WEB-INF/lib"));
             var onServer = Files.list(dataDir.resolve("runtime/lib"))) {
            List<String> webApp = inWebApp.map(p -> p.getFileName().toString()).toList();
            List<String> server = onServer.map(p -> p.getFileName().toString()).toList();
            assertTrue(webApp.stream().anyMatch(j -> j.startsWith("primefaces-")), webApp.toString());
            assertTrue(server.stream().anyMatch(j -> j.startsWith("mariadb-java-client-")), server.toString());
            assertTrue(server.stream().anyMatch(j -> j.startsWith("lucene-core-")), server.toString());
            assertTrue(server.stream().anyMatch(j -> j.startsWith("tika-core-")), server.toString());
            assertTrue(webApp.stream().noneMatch(server::contains), "each jar in one place");
        }
        List<ProcessHandle> children = first.descendants().toList();
        assertTrue(children.stream().anyMatch(LauncherIT::isMariadbd), "an embedded mariadbd runs");

        // views counted just before a clean stop are still waiting in memory (written every 2 s):
        // the stop writes them, and the next start shows them
        long article = createArticle(port, password);
        for (int visitor = 0; visitor < 3; visitor++) {
            assertEquals(200, view(port, article, "visitor-" + visitor).statusCode());
        }
        stop(first);
        for (ProcessHandle child : children) {
            assertFalse(running(child), "left running after SIGTERM: " + child.info().command().orElse("?"));
        }

        // second start: same data, no new admin, the same password still works
        Process second = launch(dataDir, port, it.resolve("launcher-second.log"));
        waitUntilReady(second, port, it.resolve("launcher-second.log"));
        assertEquals(200, me(port, password).statusCode());
        assertFalse(PASSWORD.matcher(Files.readString(it.resolve("launcher-second.log"))).find(),
                "no second admin on a database that has accounts");
        assertEquals(3, Http.json(CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/knowledge/" + article))
                        .build(), HttpResponse.BodyHandlers.ofString())).getJsonNumber("viewCount").longValue(),
                "no counted view is lost by a clean stop");

        // a second launcher on the same data directory refuses clearly, touching nothing
        Process intruder = launch(dataDir, freePort(), it.resolve("launcher-intruder.log"));
        assertTrue(intruder.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, intruder.exitValue());
        assertTrue(Files.readString(it.resolve("launcher-intruder.log")).contains("already running"));
        assertEquals(200, me(port, password).statusCode(), "the running portal is untouched");

        // the launcher dies outright (SIGKILL, power cut): its MariaDB and Payara are left running;
        // the next start ends them and comes up on the same data
        List<ProcessHandle> orphans = second.descendants().toList();
        second.destroyForcibly();
        assertTrue(second.waitFor(30, TimeUnit.SECONDS));
        assertTrue(orphans.stream().anyMatch(LauncherIT::running), "SIGKILL leaves the children behind");
        Process third = launch(dataDir, port, it.resolve("launcher-third.log"));
        waitUntilReady(third, port, it.resolve("launcher-third.log"));
        for (ProcessHandle orphan : orphans) {
            assertFalse(running(orphan), "a leftover of the killed launcher still runs: " + orphan.info().command().orElse("?"));
        }
        assertEquals(200, me(port, password).statusCode(), "nothing acknowledged before the kill is lost");

        List<ProcessHandle> thirdChildren = third.descendants().toList();
        stop(third);
        for (ProcessHandle child : thirdChildren) {
            assertFalse(running(child), "left running after SIGTERM: " + child.info().command().orElse("?"));
        }
    }

    @Test
    void aPortalThatCannotDeployEndsWithAnErrorCodeAndTheReasonInsteadOfWaitingForEver() throws Exception {
        Path it = Path.of(System.getProperty("nithet.it.dir", "target/it"));
        Path dataDir = it.resolve("launcher-undeployable");
        th.nithet.launcher.TestDatabase.deleteRecursivelyForTests(dataDir);
        Path log = it.resolve("launcher-undeployable.log");
        // an external database nothing listens on: the application cannot deploy (Payara Micro alone would run on, not ready)
        Process launcher = launch(dataDir, freePort(), log, "NITHET_DB_URL", "jdbc:mariadb://127.0.0.1:" + freePort() + "/nithet",
                "NITHET_DB_USER", "nithet", "NITHET_DB_PASSWORD", "not-used");
        List<ProcessHandle> children = List.of();
        for (int i = 0; i < 600 && launcher.isAlive(); i++) {
            List<ProcessHandle> now = launcher.descendants().toList();
            children = now.isEmpty() ? children : now; // the last seen before they ended, to check none is left
            Thread.sleep(500);
        }
        assertFalse(launcher.isAlive(), "the launcher ends within 5 minutes; the end of its log:\n" + JarLaunches.tail(log, 40));
        assertEquals(1, launcher.exitValue());
        String said = Files.readString(log);
        // (the Thai half of the message is not asserted: how it reaches this file depends on the machine's locale)
        assertTrue(said.contains("the application did not deploy"), JarLaunches.tail(log, 40));
        for (ProcessHandle child : children) {
            assertFalse(running(child), "left running: " + child.info().command().orElse("?"));
        }
    }

    private Process launch(Path dataDir, int port, Path log, String... extraEnvironment) throws IOException {
        return jar.launch(dataDir, port, log, List.of(), extraEnvironment);
    }

    private static final HttpClient CLIENT = JarLaunches.CLIENT;

    /**
     * Right after a start, many people at once on pages nobody has opened yet: every one is answered. Payara's metrics
     * registry failed requests with 500 when the timers of two new routes were made at the same moment
     * (RequestTimingFilter); 16 parallel sign-ins after a start showed it.
     */
    private static void firstRequestsAtOnceAllAnswer(int port) throws Exception {
        List<String> pages = List.of("/login.xhtml", "/", "/news", "/knowledge", "/questions", "/practices", "/honours",
                "/search?q=%E0%B8%84%E0%B8%A3%E0%B8%B9");
        ExecutorService people = Executors.newFixedThreadPool(16);
        try {
            for (String path : pages) {
                // sixteen people open the same page at the same moment
                URI page = URI.create("http://127.0.0.1:" + port + path);
                CountDownLatch ready = new CountDownLatch(16);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    answers.add(people.submit(() -> {
                        ready.countDown();
                        ready.await();
                        return CLIENT.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.ofString());
                    }));
                }
                for (Future<HttpResponse<String>> answer : answers) {
                    assertEquals(200, answer.get().statusCode(), path + " among the first requests after the start");
                }
            }
        } finally {
            people.shutdownNow();
        }
    }

    /**
     * Alone (NITHET_CLUSTER unset), the portal keeps sessions in its own memory, not in the data grid that would read
     * and write each one at every request: the sign-in holds, and Payara hands out no session version for other nodes.
     */
    private static void aSingleInstanceKeepsSessionsInMemory(int port, String password) {
        FormVisitor person = new FormVisitor();
        String base = "http://127.0.0.1:" + port;
        person.signIn(base, "admin", password);
        HttpResponse<String> account = person.get(base, "/account/index.xhtml");
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains("id=\"signedInAs\""), "still signed in on the next page");
        assertFalse(person.cookies().containsKey("JSESSIONIDVERSION"), "a session kept in the data grid: " + person.cookies());
    }

    private static void waitUntilReady(Process process, int port, Path log) throws Exception {
        JarLaunches.waitUntilReady(process, port, log);
    }

    private static HttpResponse<String> me(int port, String password) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", Http.basic("admin", password)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long createArticle(int port, String password) throws Exception {
        HttpResponse<String> created = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/knowledge"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", Http.basic("admin", password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"คู่มือการนับ\",\"body\":\"นับการเข้าชม\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    /** A page view by a browser that keeps the visitor cookie {@code visitor}. */
    private static HttpResponse<String> view(int port, long article, String visitor) throws Exception {
        String cookie = UUID.nameUUIDFromBytes(visitor.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/knowledge/" + article))
                .timeout(Duration.ofSeconds(30)).header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120")
                .header("Cookie", "nithet-visitor=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process launcher) throws InterruptedException {
        JarLaunches.stop(launcher);
    }

    /**
     * Alive and not a zombie: in a container whose init does not reap orphans, a process that has
     * ended stays in the process table as a zombie, which ProcessHandle still calls alive.
     */
    private static boolean running(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    private static boolean isMariadbd(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false);
    }

    private static int freePort() throws IOException {
        return JarLaunches.freePort();
    }
}
