package th.nithet.backup;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.nithet.platform.cluster.JobRounds;
import th.nithet.platform.rules.RuleViolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The nightly backup: at 02:30 Bangkok time one node of the cluster (the one that claims the day's
 * round) runs the launcher's own {@code backup} command into {@code NITHET_BACKUP_DIR}, then keeps
 * the newest {@code NITHET_BACKUP_KEEP} files (default 7) and deletes older ones. An administrator
 * may start one at once ({@link #startNow}). Without NITHET_BACKUP_DIR nothing runs; without the
 * launcher (a WAR deployed some other way) the page says backups need the launcher.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class.getName());
    static final String PREFIX = "nithet-backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    @ConfigProperty(name = "nithet.backup.dir")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "nithet.backup.keep", defaultValue = "7")
    int keep;

    /** Set by the launcher: the jar whose {@code backup} command to run. */
    @Inject
    @ConfigProperty(name = "nithet.launcher.jar")
    Optional<String> launcherJar;

    @Inject
    JobRounds rounds;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "2", minute = "30", timezone = "Asia/Bangkok", persistent = false)
    void nightly() {
        if (configured() && rounds.claim("nightly-backup", Duration.ofDays(1))) {
            run();
        }
    }

    /** Starts a backup now, in the background; refused when backups are not set up or one is running. */
    public void startNow() {
        if (!configured()) {
            throw new RuleViolation("backups.notConfiguredError");
        }
        if (running.get()) {
            throw new RuleViolation("backups.busy");
        }
        executor.submit(this::run);
    }

    public boolean configured() {
        return directory.isPresent() && launcherJar.isPresent();
    }

    public boolean isRunning() {
        return running.get();
    }

    public Optional<String> directory() {
        return directory;
    }

    public int keep() {
        return Math.max(1, keep);
    }

    private void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Path dir = Path.of(directory.orElseThrow()).toAbsolutePath().normalize();
            Files.createDirectories(dir);
            Path file = dir.resolve(PREFIX + LocalDateTime.now(ZoneId.of("Asia/Bangkok")).format(STAMP) + ".zip");
            Path log = Files.createTempFile("nithet-backup-", ".log");
            List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", launcherJar.orElseThrow(),
                    "backup", file.toString());
            // the same environment as this server: NITHET_DB_URL and its account, NITHET_DATA_DIR for MariaDB's tools
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = process.waitFor(2, TimeUnit.HOURS);
            String output = Files.readString(log).trim();
            Files.deleteIfExists(log);
            if (!ended || process.exitValue() != 0) {
                process.destroyForcibly();
                LOG.severe("The nightly backup failed: " + output);
                return;
            }
            LOG.info(output);
            forgetOld(dir, keep());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly backup failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.set(false);
        }
    }

    /** Keeps the newest {@code keep} of this portal's backup files in {@code dir} (their names sort by time). */
    static List<Path> forgetOld(Path dir, int keep) throws IOException {
        List<Path> deleted = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> ours = files.filter(f -> f.getFileName().toString().matches(PREFIX + "\\d{8}-\\d{6}\\.zip"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
            for (Path old : ours.subList(Math.min(keep, ours.size()), ours.size())) {
                Files.deleteIfExists(old);
                deleted.add(old);
            }
        }
        return deleted;
    }
}
