package th.nithet.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real {@code target/nithet.jar} started as an operator starts it — its own environment (no {@code NITHET_*} of the
 * build's), a data directory, a port, options such as {@code --demo} — for LauncherIT and DemoIT; whatever it started is
 * ended by {@link #close()}, even after a failed assertion. (ClusterIT starts clustered nodes its own way.)
 */
final class JarLaunches implements AutoCloseable {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Process> started = new ArrayList<>();

    /** Starts the jar with {@code options} and {@code environment} (name, value, name, value …), its output in {@code log}. */
    Process launch(Path dataDir, int port, Path log, List<String> options, String... environment) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar",
                Path.of(System.getProperty("nithet.jar", "target/nithet.jar")).toAbsolutePath().toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("NITHET_"));
        builder.environment().put("NITHET_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("NITHET_PORT", Integer.toString(port));
        for (int i = 0; i < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /**
     * Ready means: this launcher has said so in its log (after a SIGKILL the old server may still answer on the port until
     * the new launcher ends it) and /health/ready answers 200.
     */
    static void waitUntilReady(Process process, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the launcher exited with " + process.exitValue() + " before it was ready");
            }
            try {
                HttpResponse<String> ready = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && Files.readString(log).contains("Nithet is ready at")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("not ready within 5 minutes; the end of " + log + ":\n" + tail(log, 40));
    }

    /** The last lines of a launch's log, for a failure message: CI keeps only what the test prints. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(could not read it: " + e + ")";
        }
    }

    /** SIGTERM, as systemd or Ctrl-C would send, and wait for the launcher to finish. */
    static void stop(Process launcher) throws InterruptedException {
        launcher.destroy();
        assertTrue(launcher.waitFor(3, TimeUnit.MINUTES), "the launcher stops after SIGTERM");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
