package th.nithet.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar target/nithet.jar --demo} (#19): on an empty data directory it fills every part of the portal with the
 * demo office, seen here through the API and the sign-in page as each role would; on a database that holds an office's
 * data it changes nothing and says why.
 */
class DemoIT {

    private static final String PASSWORD = "nithet-demo";
    private static final HttpClient CLIENT = JarLaunches.CLIENT;
    private final JarLaunches jar = new JarLaunches();

    @AfterEach
    void stopEverything() {
        jar.close();
    }

    @Test
    void anEmptyPortalBecomesADemoOfficeWithEveryPartFilled() throws Exception {
        Path it = Path.of(System.getProperty("nithet.it.dir", "target/it"));
        Path dataDir = it.resolve("demo-data");
        th.nithet.launcher.TestDatabase.deleteRecursivelyForTests(dataDir);
        int port = JarLaunches.freePort();
        Path log = it.resolve("demo-first.log");
        Process portal = launch(dataDir, port, log, true);
        JarLaunches.waitUntilReady(portal, port, log);
        assertTrue(Files.readString(log).contains("Demo office ready"), "the log says the demo office is ready");

        // what a visitor reads
        assertAtLeast(10, items(get(port, "/api/v1/news", null)), "academic news");
        assertTrue(items(get(port, "/api/v1/news", null)).stream().anyMatch(n -> n.asJsonObject().getBoolean("pinned", false)),
                "one news item is pinned");
        assertAtLeast(10, items(get(port, "/api/v1/knowledge", null)), "knowledge articles");
        assertAtLeast(8, items(get(port, "/api/v1/questions", null)), "questions");
        assertAtLeast(4, items(get(port, "/api/v1/practices", null)), "published practices");
        assertAtLeast(2, items(get(port, "/api/v1/honours", null)), "honours");

        // what a supervisor has to do
        assertAtLeast(1, items(get(port, "/api/v1/questions/queue", "sn.somchai")), "questions waiting in the queue");
        assertAtLeast(1, items(get(port, "/api/v1/practices/submitted", "sn.somchai")), "practices waiting for review");
        assertAtLeast(2, items(get(port, "/api/v1/supervisions", "sn.somchai")), "the supervisor's supervisions");
        // what a teacher takes part in
        assertEquals(200, get(port, "/api/v1/me", "kru.malee").statusCode(), "a teacher signs in with the demo password");

        // what the office reports
        int year = fiscalYear();
        List<JsonValue> indicators = items(get(port, "/api/v1/indicators?fiscalYear=" + year, "admin.office"));
        assertAtLeast(5, indicators, "indicators of this fiscal year");
        long measured = indicators.stream().map(JsonValue::asJsonObject)
                .filter(i -> i.containsKey("value") && i.get("value").getValueType() == JsonValue.ValueType.NUMBER
                        && i.getJsonNumber("value").doubleValue() > 0)
                .count();
        assertTrue(measured >= 4, "indicators measured from the statistics are not zero: " + indicators);
        assertTrue(indicators.stream().map(JsonValue::asJsonObject).allMatch(i -> i.containsKey("level")
                && i.get("level").getValueType() == JsonValue.ValueType.NUMBER), "every indicator has a quality level: " + indicators);
        HttpResponse<byte[]> report = CLIENT.send(request(port, "/api/v1/reports/" + year + ".pdf", "director.area").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, report.statusCode());
        assertEquals("%PDF", new String(report.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "the yearly report");
        assertTrue(report.body().length > 20_000, "with the office's figures in it");

        int news = items(get(port, "/api/v1/news", "admin.office")).size();

        // the sign-in page offers one account per role, in demo mode only
        String login = get(port, "/login.xhtml", null).body();
        for (String username : List.of("kru.malee", "dir.anan", "sn.somchai", "admin.office", "director.area")) {
            assertTrue(login.contains(username), username + " is offered on the sign-in page");
        }
        JarLaunches.stop(portal);

        // started again with --demo: the office is already here, nothing is added
        Path again = it.resolve("demo-again.log");
        portal = launch(dataDir, port, again, true);
        JarLaunches.waitUntilReady(portal, port, again);
        assertTrue(Files.readString(again).contains("Demo office: already here"));
        assertEquals(news, items(get(port, "/api/v1/news", "admin.office")).size(), "the same news items, no more");
        JarLaunches.stop(portal);
    }

    @Test
    void aPortalWithDataIsNeverTouchedAndTheLogSaysWhy() throws Exception {
        Path it = Path.of(System.getProperty("nithet.it.dir", "target/it"));
        Path dataDir = it.resolve("demo-refused-data");
        th.nithet.launcher.TestDatabase.deleteRecursivelyForTests(dataDir);
        int port = JarLaunches.freePort();
        Path first = it.resolve("demo-refused-first.log");
        Process portal = launch(dataDir, port, first, false);
        JarLaunches.waitUntilReady(portal, port, first);
        HttpResponse<String> created = CLIENT.send(request(port, "/api/v1/knowledge", "admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"คู่มือของสำนักงานจริง\",\"body\":\"ข้อมูลของเรา\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        JarLaunches.stop(portal);

        Path demo = it.resolve("demo-refused.log");
        portal = launch(dataDir, port, demo, true);
        JarLaunches.waitUntilReady(portal, port, demo);
        String log = Files.readString(demo);
        assertTrue(log.contains("--demo refused: this database already holds data (content)"), "the log says why");
        assertTrue(log.contains("ฐานข้อมูลนี้มีข้อมูลอยู่แล้ว"), "in Thai too");
        assertEquals(1, items(get(port, "/api/v1/knowledge", "admin")).size(), "the office's one article, nothing added");
        assertEquals(0, items(get(port, "/api/v1/news", "admin")).size());
        assertEquals(401, get(port, "/api/v1/me", "kru.malee").statusCode(), "no demo account was made");
        assertFalse(get(port, "/login.xhtml", null).body().contains("kru.malee"), "and the sign-in page offers none");
        JarLaunches.stop(portal);
    }

    private static void assertAtLeast(int least, List<JsonValue> items, String what) {
        assertTrue(items.size() >= least, what + ": " + items.size() + " (at least " + least + " expected)");
    }

    /** A list answer: an array, or an object with its items. */
    private static List<JsonValue> items(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri() + " " + response.body());
        JsonStructure json = Json.createReader(new StringReader(response.body())).read();
        JsonArray array = json instanceof JsonArray a ? a : json.asJsonObject().getJsonArray("items");
        return array == null ? List.of() : array;
    }

    private static int fiscalYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        return (today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear()) + 543;
    }

    private static HttpRequest.Builder request(int port, String path, String username) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
        if (username != null) {
            builder.header("Authorization", Http.basic(username, username.equals("admin") ? "try-only-demo-it" : PASSWORD));
        }
        return builder;
    }

    private static HttpResponse<String> get(int port, String path, String username) throws Exception {
        return CLIENT.send(request(port, path, username).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Process launch(Path dataDir, int port, Path log, boolean demo) throws IOException {
        return jar.launch(dataDir, port, log, demo ? List.of("--demo") : List.of(), "NITHET_ADMIN_PASSWORD", "try-only-demo-it");
    }
}
