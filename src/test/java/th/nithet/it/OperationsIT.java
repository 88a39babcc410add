package th.nithet.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.nithet.launcher.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Operating the embedded portal (#20), on one running portal: {@code java -jar nithet.jar backup FILE}
 * while it serves and a writer keeps posting; its {@code mariadbd} killed, which the launcher starts
 * again; then {@code restore FILE} into an empty data directory: the restored portal has every
 * article, file, comment and counted view committed before the backup began, and search finds them.
 */
class OperationsIT {

    private static final String WORD = "สหกรณ์ออมทรัพย์";
    private final JarLaunches jar = new JarLaunches();
    private final Path it = Path.of(System.getProperty("nithet.it.dir", "target/it"));

    @AfterEach
    void stopEverything() {
        jar.close();
    }

    @Test
    void anOnlineBackupRestoresIntoAnEmptyDataDirectoryWithEveryCommittedRowAndFile() throws Exception {
        Path original = it.resolve("backup-original");
        Path restored = it.resolve("backup-restored");
        Path file = it.resolve("backups").resolve("nithet-backup-it.zip");
        for (Path dir : List.of(original, restored, file.getParent())) {
            TestDatabase.deleteRecursivelyForTests(dir);
        }
        int port = JarLaunches.freePort();
        Path nightlyDir = it.resolve("backups").resolve("nightly");
        Process portal = jar.launch(original, port, it.resolve("backup-original.log"), List.of(),
                "NITHET_ADMIN_PASSWORD", Portal.adminPassword(), "NITHET_BACKUP_DIR", nightlyDir.toString(), "NITHET_BACKUP_KEEP", "2");
        JarLaunches.waitUntilReady(portal, port, it.resolve("backup-original.log"));

        // articles with a file, a comment and counted views, all acknowledged before the backup
        Map<Long, byte[]> files = new LinkedHashMap<>();
        Map<Long, String> fileUrls = new LinkedHashMap<>();
        for (int n = 1; n <= 3; n++) {
            long id = post(port, WORD + " ฉบับที่ " + n);
            byte[] pdf = pdf("backup " + n + " " + UUID.randomUUID());
            HttpResponse<String> attached = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/content/" + id + "/attachments?name="
                            + URLEncoder.encode("เอกสาร " + n + ".pdf", StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
            assertEquals(201, attached.statusCode(), attached.body());
            files.put(id, pdf);
            fileUrls.put(id, Http.json(attached).getString("url"));
            HttpResponse<String> comment = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/content/" + id + "/comments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"ความเห็นที่ " + n + "\"}")));
            assertEquals(201, comment.statusCode(), comment.body());
            for (int visitor = 0; visitor < n; visitor++) {
                assertEquals(200, view(port, id, "backup-visitor-" + visitor).statusCode());
            }
        }
        for (long id : files.keySet()) {
            long expected = List.copyOf(files.keySet()).indexOf(id) + 1;
            until(() -> viewCount(port, id) == expected, "the views of " + id + " are written");
        }

        // a writer keeps posting while the backup runs
        ConcurrentLinkedQueue<long[]> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int n = 0; writing.get(); n++) {
                try {
                    long id = post(port, "ระหว่างสำรองข้อมูล " + n);
                    acknowledged.add(new long[]{id, System.nanoTime()});
                } catch (Exception | AssertionError e) {
                    return;
                }
            }
        }, "backup-writer");
        writer.start();
        Thread.sleep(1500);
        long began = System.nanoTime();
        Process backup = command(original, it.resolve("backup-command.log"), "backup", file.toString());
        assertTrue(backup.waitFor(5, TimeUnit.MINUTES));
        Thread.sleep(1000);
        writing.set(false);
        writer.join(30_000);
        String backupLog = Files.readString(it.resolve("backup-command.log"));
        assertEquals(0, backup.exitValue(), backupLog);
        assertTrue(backupLog.contains("backup written to"), backupLog);
        List<Long> before = acknowledged.stream().filter(a -> a[1] < began).map(a -> a[0]).toList();
        assertFalse(before.isEmpty(), "the writer wrote before the backup began");
        assertTrue(acknowledged.stream().anyMatch(a -> a[1] > began), "and while it ran");

        // the portal's own backups (the nightly job, started now by an administrator): the newest 2 are kept
        for (int run = 1; run <= 3; run++) {
            assertEquals(202, send(port, HttpRequest.newBuilder(uri(port, "/api/v1/backups")).POST(HttpRequest.BodyPublishers.noBody()))
                    .statusCode());
            int recorded = run + 1;
            until(() -> {
                var backups = Http.json(send(port, HttpRequest.newBuilder(uri(port, "/api/v1/backups")).GET()));
                return !backups.getBoolean("running") && backups.getJsonArray("runs").size() == recorded;
            }, "backup " + run + " is recorded");
        }
        var backups = Http.json(send(port, HttpRequest.newBuilder(uri(port, "/api/v1/backups")).GET()));
        assertTrue(backups.getBoolean("configured"));
        assertTrue(backups.getJsonArray("runs").stream().allMatch(r -> r.asJsonObject().getBoolean("succeeded")), backups.toString());
        try (var kept = Files.list(nightlyDir)) {
            assertEquals(2, kept.filter(f -> f.getFileName().toString().startsWith("nithet-backup-")).count(),
                    "NITHET_BACKUP_KEEP=2 keeps the newest two");
        }
        assertEquals(401, JarLaunches.CLIENT.send(HttpRequest.newBuilder(uri(port, "/api/v1/backups")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "administrators only");

        // the embedded database dies under the portal: the launcher starts it again, the portal reconnects
        ProcessHandle mariadbd = mariadbd(portal).orElseThrow();
        mariadbd.destroyForcibly();
        long killed = System.nanoTime();
        until(() -> {
            try {
                post(port, "หลัง mariadbd กลับมา");
                return true;
            } catch (Exception | AssertionError notYet) {
                return false;
            }
        }, "a write after mariadbd was killed");
        System.out.printf("OperationsIT: first write %.1f s after mariadbd was killed%n", (System.nanoTime() - killed) / 1e9);
        assertTrue(Files.readString(it.resolve("backup-original.log")).contains("The embedded MariaDB ended unexpectedly; starting it again"),
                "the launcher says what it did");
        assertTrue(mariadbd(portal).map(p -> p.pid() != mariadbd.pid()).orElse(false), "a new mariadbd runs");
        assertTrue(portal.isAlive(), "the same launcher and application server");
        JarLaunches.stop(portal);

        // a damaged copy is refused before anything is touched
        Path damaged = it.resolve("backups").resolve("damaged.zip");
        byte[] whole = Files.readAllBytes(file);
        Files.write(damaged, Arrays.copyOf(whole, whole.length / 2));
        Process refused = command(restored, it.resolve("restore-damaged.log"), "restore", damaged.toString());
        assertTrue(refused.waitFor(2, TimeUnit.MINUTES));
        assertEquals(2, refused.exitValue());
        assertTrue(Files.readString(it.resolve("restore-damaged.log")).contains("restore refused"));
        assertFalse(Files.exists(restored.resolve("db")), "nothing restored from a damaged file");

        // restore into an empty data directory, and start the portal on it
        Process restore = command(restored, it.resolve("restore-command.log"), "restore", file.toString());
        assertTrue(restore.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, restore.exitValue(), Files.readString(it.resolve("restore-command.log")));
        Process again = command(restored, it.resolve("restore-again.log"), "restore", file.toString());
        assertTrue(again.waitFor(2, TimeUnit.MINUTES));
        assertEquals(3, again.exitValue(), "a data directory with data is refused without --force");
        assertTrue(Files.readString(it.resolve("restore-again.log")).contains("--force"));

        Process back = jar.launch(restored, port, it.resolve("backup-restored.log"), List.of());
        JarLaunches.waitUntilReady(back, port, it.resolve("backup-restored.log"));
        for (long id : before) {
            assertEquals(200, get(port, "/api/v1/knowledge/" + id).statusCode(), "article " + id + " was committed before the backup");
        }
        int n = 1;
        for (Map.Entry<Long, byte[]> entry : files.entrySet()) {
            long id = entry.getKey();
            assertEquals(n, viewCount(port, id), "counted views of " + id);
            HttpResponse<byte[]> download = JarLaunches.CLIENT.send(HttpRequest.newBuilder(uri(port, fileUrls.get(id))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode());
            assertArrayEquals(entry.getValue(), download.body(), "the file's bytes");
            assertTrue(get(port, "/api/v1/content/" + id + "/comments").body().contains("ความเห็นที่ " + n));
            n++;
        }
        until(() -> {
            String hits = get(port, "/api/v1/search?q=" + URLEncoder.encode(WORD, StandardCharsets.UTF_8)).body();
            return files.keySet().stream().allMatch(id -> hits.contains("\"id\":" + id + ","));
        }, "search finds the restored articles (the index is rebuilt)");
        JarLaunches.stop(back);
    }

    private static java.util.Optional<ProcessHandle> mariadbd(Process portal) {
        return portal.descendants().filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false)).findFirst();
    }

    /** A command of the jar ({@code backup FILE}, {@code restore FILE}) on {@code dataDir}, as an operator types it. */
    private Process command(Path dataDir, Path log, String... arguments) throws Exception {
        return jar.launch(dataDir, JarLaunches.freePort(), log, List.of(arguments));
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void until(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return;
            }
            Thread.sleep(500);
        }
        fail("not within 2 minutes: " + what);
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(int port, HttpRequest.Builder request) throws Exception {
        return JarLaunches.CLIENT.send(request.timeout(Duration.ofSeconds(60))
                .header("Authorization", Http.basic("admin", Portal.adminPassword())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return JarLaunches.CLIENT.send(HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long post(int port, String title) throws Exception {
        HttpResponse<String> created = send(port, HttpRequest.newBuilder(uri(port, "/api/v1/knowledge"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"body\":\"เนื้อหาของ " + title + "\"}")));
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static long viewCount(int port, long id) throws Exception {
        return Http.json(get(port, "/api/v1/knowledge/" + id)).getJsonNumber("viewCount").longValue();
    }

    private static HttpResponse<String> view(int port, long article, String visitor) throws Exception {
        String cookie = UUID.nameUUIDFromBytes(visitor.getBytes(StandardCharsets.UTF_8)).toString();
        return JarLaunches.CLIENT.send(HttpRequest.newBuilder(uri(port, "/knowledge/" + article))
                .timeout(Duration.ofSeconds(60)).header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120")
                .header("Cookie", "nithet-visitor=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A small PDF whose bytes are its own ({@code text} in a comment). */
    private static byte[] pdf(String text) throws Exception {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                stream.addComment(text);
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
