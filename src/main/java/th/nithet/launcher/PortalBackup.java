package th.nithet.launcher;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * {@code java -jar nithet.jar backup FILE} and {@code restore FILE [--force]}.
 * <p>
 * A backup is a zip holding {@code database.sql}, written by {@code mariadb-dump --single-transaction}
 * from the MariaDB distribution the launcher carries (one consistent snapshot taken while the portal
 * serves: every row committed before it began, nothing half-written after), and
 * {@code nithet-backup.properties} with the dump's SHA-256, size, the schema version and the time.
 * Uploaded files are in the database ({@code file_chunk}, see platform.files.FileStore), so the dump
 * holds them; the data directory's {@code files/} and {@code index/} are copies the portal makes again.
 * <p>
 * Restore checks the whole file first (zip, manifest, checksum, the dump's last line) and touches
 * nothing when it is wrong; it loads into an empty data directory (or an empty external database),
 * and into a non-empty one only when told {@code --force}. Every run, good or bad, is recorded in
 * {@code backup_run} when the database has that table, for the administrators' page and /metrics.
 */
final class PortalBackup {

    static final String MANIFEST = "nithet-backup.properties";
    static final String DUMP = "database.sql";
    static final String FORMAT = "1";
    private static final String DUMP_COMPLETED = "-- Dump completed";

    private PortalBackup() {
    }

    /** What failed, said to the operator in one sentence; the exit code says how. */
    static final class Refused extends Exception {
        final int exit;

        Refused(int exit, String message) {
            super(message);
            this.exit = exit;
        }
    }

    /** Where the database is and how to log in: the embedded one (running or started for the command), or NITHET_DB_URL's. */
    record Server(String host, int port, String database, String user, String password) {
        String jdbcUrl() {
            return "jdbc:mariadb://" + host + ":" + port + "/" + database;
        }

        private static final Pattern URL = Pattern.compile("jdbc:mariadb://([^:/?,]+)(?::(\\d+))?/([^?;]+).*");

        /** The embedded MariaDB of the portal running on {@code dataDir}: the port the launcher wrote, the password it keeps. */
        static Server runningEmbedded(Path dataDir) throws IOException {
            return new Server("127.0.0.1", Integer.parseInt(Files.readString(dataDir.resolve("db-port")).trim()), EmbeddedMariaDb.DATABASE,
                    EmbeddedMariaDb.USER, Files.readString(dataDir.resolve("db-password")).trim());
        }

        static Server of(String jdbcUrl, String user, String password) throws Refused {
            Matcher m = URL.matcher(jdbcUrl);
            if (!m.matches()) {
                throw new Refused(2, "NITHET_DB_URL must look like jdbc:mariadb://host:3306/nithet for backup and restore, not " + jdbcUrl);
            }
            return new Server(m.group(1), m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)), m.group(3), user, password);
        }
    }

    // ------------------------------------------------------------------ backup

    static int backup(LauncherSettings settings, Path file) {
        Instant started = Instant.now();
        Path target = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(target)) {
                throw new Refused(2, target + " exists already: choose a new name (a backup never overwrites one)");
            }
            Files.createDirectories(target.getParent());
            try (DatabaseAccess access = DatabaseAccess.open(settings)) {
                Properties manifest = dump(settings.dataDir(), access.server(), target);
                record(access.server(), started, target, Files.size(target), true, "");
                System.out.printf("Nithet: backup written to %s (%,d bytes, schema %s, %s)%n", target, Files.size(target),
                        manifest.getProperty("schemaVersion"), manifest.getProperty("created"));
                return 0;
            } catch (Refused | IOException | SQLException | RuntimeException e) {
                recordFailure(settings, started, target, e);
                throw e;
            }
        } catch (Refused e) {
            System.err.println("Nithet: backup failed: " + e.getMessage());
            return e.exit;
        } catch (Exception e) {
            System.err.println("Nithet: backup failed: " + e);
            return 1;
        }
    }

    private static Properties dump(Path dataDir, Server server, Path target) throws Exception {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Path tools = EmbeddedMariaDb.tools(dataDir);
        Path options = optionsFile(dataDir, server);
        Properties manifest = new Properties();
        try {
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("schemaVersion", schemaVersion(server));
            List<String> command = List.of(tools.resolve("mariadb-dump").toString(), "--defaults-extra-file=" + options,
                    "--single-transaction", "--quick", "--routines", "--triggers", "--hex-blob", "--skip-lock-tables",
                    "--default-character-set=utf8mb4", "--max-allowed-packet=64M", server.database());
            Path errorsFile = Files.createTempFile(dataDir.resolve("tmp"), "dump-", ".err");
            Process process = start(command, tools, errorsFile);
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(DUMP));
                try (InputStream in = process.getInputStream()) {
                    CountingDigest counting = new CountingDigest(zip, sha);
                    in.transferTo(counting);
                    size = counting.count;
                }
                zip.closeEntry();
                boolean ended = process.waitFor(10, TimeUnit.MINUTES);
                String errors = Files.readString(errorsFile).trim();
                Files.deleteIfExists(errorsFile);
                if (!ended || process.exitValue() != 0) {
                    throw new Refused(1, "mariadb-dump failed" + (errors.isEmpty() ? "" : ": " + errors));
                }
                manifest.setProperty("databaseSha256", HexFormat.of().formatHex(sha.digest()));
                manifest.setProperty("databaseBytes", Long.toString(size));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "Nithet backup: java -jar nithet.jar restore <this file>");
                zip.closeEntry();
            }
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(part);
            Files.deleteIfExists(options);
        }
    }

    /** Counts and digests what passes to the zip, without closing it. */
    private static final class CountingDigest extends OutputStream {
        private final OutputStream out;
        private final MessageDigest digest;
        long count;

        CountingDigest(OutputStream out, MessageDigest digest) {
            this.out = out;
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }
    }

    // ------------------------------------------------------------------ restore

    static int restore(LauncherSettings settings, Path file, boolean force) {
        Path source = file.toAbsolutePath().normalize();
        try {
            Properties manifest = check(source);
            System.out.println("Nithet: " + source + " is a whole backup (schema " + manifest.getProperty("schemaVersion")
                    + ", made " + manifest.getProperty("created") + ")");
            try (DatabaseAccess access = DatabaseAccess.openForRestore(settings, force)) {
                load(settings.dataDir(), access.server(), source);
            }
            // copies the portal makes again from the restored database: the search index is rebuilt at the next start
            NithetLauncher.deleteRecursively(settings.dataDir().resolve("index"));
            NithetLauncher.deleteRecursively(settings.dataDir().resolve("files"));
            System.out.println("Nithet: restored. Start the portal with java -jar nithet.jar; it rebuilds the search index in the background.");
            return 0;
        } catch (Refused e) {
            System.err.println("Nithet: restore refused: " + e.getMessage());
            return e.exit;
        } catch (Exception e) {
            System.err.println("Nithet: restore failed: " + e);
            return 1;
        }
    }

    /** Reads the whole file: a zip with the manifest, a dump whose checksum, size and last line are right. */
    static Properties check(Path source) throws Refused {
        if (!Files.isRegularFile(source)) {
            throw new Refused(2, source + " is not a file");
        }
        try (ZipFile zip = new ZipFile(source.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            ZipEntry dumpEntry = zip.getEntry(DUMP);
            if (manifestEntry == null || dumpEntry == null) {
                throw new Refused(2, source + " is not a Nithet backup (no " + MANIFEST + " or " + DUMP + ")");
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(in);
            }
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw new Refused(2, source + " is a backup of format " + manifest.getProperty("format")
                        + ", which this version cannot read (it reads " + FORMAT + ")");
            }
            MessageDigest sha = sha256();
            long size = 0;
            byte[] tail = new byte[0];
            try (InputStream in = new DigestInputStream(new BufferedInputStream(zip.getInputStream(dumpEntry)), sha)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    tail = lastBytes(tail, buffer, n);
                }
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(manifest.getProperty("databaseSha256"))
                    || !Long.toString(size).equals(manifest.getProperty("databaseBytes"))) {
                throw new Refused(2, source + " is damaged: the database dump's checksum or size is not what the backup recorded");
            }
            if (!new String(tail, StandardCharsets.UTF_8).contains(DUMP_COMPLETED)) {
                throw new Refused(2, source + " holds an unfinished dump (no \"" + DUMP_COMPLETED + "\" at its end)");
            }
            return manifest;
        } catch (IOException e) {
            throw new Refused(2, source + " cannot be read as a Nithet backup: " + e.getMessage());
        }
    }

    /** The last 200 bytes of {@code tail} followed by {@code buffer[0..n)}, without copying the whole buffer each time. */
    private static byte[] lastBytes(byte[] tail, byte[] buffer, int n) {
        int keep = Math.min(200, tail.length + n);
        int fromBuffer = Math.min(n, keep);
        int fromTail = keep - fromBuffer;
        byte[] result = new byte[keep];
        System.arraycopy(tail, tail.length - fromTail, result, 0, fromTail);
        System.arraycopy(buffer, n - fromBuffer, result, fromTail, fromBuffer);
        return result;
    }

    private static void load(Path dataDir, Server server, Path source) throws Exception {
        Path tools = EmbeddedMariaDb.tools(dataDir);
        Path options = optionsFile(dataDir, server);
        try (ZipFile zip = new ZipFile(source.toFile())) {
            Path errorsFile = Files.createTempFile(dataDir.resolve("tmp"), "load-", ".err");
            Process process = start(List.of(tools.resolve("mariadb").toString(), "--defaults-extra-file=" + options,
                    "--default-character-set=utf8mb4", "--max-allowed-packet=64M", server.database()), tools, errorsFile);
            try (InputStream in = zip.getInputStream(zip.getEntry(DUMP)); OutputStream out = process.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the client stopped reading (an error in the dump): its message says why
            }
            boolean ended = process.waitFor(30, TimeUnit.MINUTES);
            String errors = Files.readString(errorsFile).trim();
            Files.deleteIfExists(errorsFile);
            if (!ended || process.exitValue() != 0) {
                throw new Refused(1, "loading the dump failed (the database may be half-filled: run restore again with --force)"
                        + (errors.isEmpty() ? "" : ": " + errors));
            }
        } finally {
            Files.deleteIfExists(options);
        }
    }

    // ------------------------------------------------------------------ the database to dump or fill

    /**
     * The database for one command. Embedded: when the portal runs (its lock is held) the command
     * uses the running server (port in {@code db-port}); otherwise it takes the lock and starts the
     * server itself for the command's length. External: NITHET_DB_URL's server.
     */
    private static final class DatabaseAccess implements AutoCloseable {
        private final Server server;
        private final EmbeddedMariaDb started;
        private final FileChannel lockChannel;
        private final FileLock lock;

        private DatabaseAccess(Server server, EmbeddedMariaDb started, FileChannel lockChannel, FileLock lock) {
            this.server = server;
            this.started = started;
            this.lockChannel = lockChannel;
            this.lock = lock;
        }

        Server server() {
            return server;
        }

        static DatabaseAccess open(LauncherSettings settings) throws Exception {
            if (settings.dbUrl().isPresent()) {
                return new DatabaseAccess(external(settings), null, null, null);
            }
            Path dataDir = settings.dataDir();
            if (!Files.isDirectory(dataDir.resolve("db").resolve("mysql"))) {
                throw new Refused(2, dataDir + " holds no database to back up (set NITHET_DATA_DIR, or NITHET_DB_URL for an external one)");
            }
            FileChannel channel = FileChannel.open(dataDir.resolve("nithet.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                // the portal runs: dump from its server while it serves
                channel.close();
                return new DatabaseAccess(Server.runningEmbedded(dataDir), null, null, null);
            }
            return startedHere(dataDir, channel, lock);
        }

        static DatabaseAccess openForRestore(LauncherSettings settings, boolean force) throws Exception {
            if (settings.dbUrl().isPresent()) {
                Server server = external(settings);
                List<String> tables = tables(server);
                if (!tables.isEmpty() && !force) {
                    throw new Refused(3, "the database " + server.database() + " at " + server.host() + " holds " + tables.size()
                            + " tables: restore only into an empty database, or add --force to replace them all (stop every portal node first)");
                }
                dropAll(server, tables);
                return new DatabaseAccess(server, null, null, null);
            }
            Path dataDir = settings.dataDir();
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("nithet.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new Refused(3, "the portal is running on " + dataDir + ": stop it before restoring");
            }
            try {
                boolean holdsData = holdsData(dataDir);
                if (holdsData && !force) {
                    throw new Refused(3, dataDir + " holds a portal's data already: restore into an empty data directory, "
                            + "or add --force to replace it");
                }
                DatabaseAccess access = startedHere(dataDir, channel, lock);
                if (holdsData) {
                    try (Connection c = DriverManager.getConnection(access.server.jdbcUrl(), "root", access.server.password());
                         Statement s = c.createStatement()) {
                        s.execute("DROP DATABASE " + EmbeddedMariaDb.DATABASE);
                        s.execute("CREATE DATABASE " + EmbeddedMariaDb.DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
                    }
                }
                return access;
            } catch (Exception e) {
                lock.release();
                channel.close();
                throw e;
            }
        }

        private static boolean holdsData(Path dataDir) throws IOException {
            Path database = dataDir.resolve("db").resolve(EmbeddedMariaDb.DATABASE);
            if (!Files.isDirectory(database)) {
                return false;
            }
            try (var files = Files.list(database)) {
                return files.anyMatch(f -> !f.getFileName().toString().equals("db.opt"));
            }
        }

        private static DatabaseAccess startedHere(Path dataDir, FileChannel channel, FileLock lock) throws Exception {
            EmbeddedMariaDb.keepTemporaryFilesIn(dataDir);
            EmbeddedMariaDb database = EmbeddedMariaDb.start(dataDir);
            return new DatabaseAccess(new Server("127.0.0.1", database.port(), EmbeddedMariaDb.DATABASE,
                    EmbeddedMariaDb.USER, database.password()), database, channel, lock);
        }

        private static Server external(LauncherSettings settings) throws Refused {
            return Server.of(settings.dbUrl().orElseThrow(), settings.dbUser().orElse(""), settings.dbPassword().orElse(""));
        }

        @Override
        public void close() throws IOException {
            if (started != null) {
                started.close();
            }
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
        }
    }

    private static List<String> tables(Server server) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static void dropAll(Server server, List<String> tables) throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                s.execute("DROP TABLE `" + table.replace("`", "``") + "`");
            }
        }
    }

    private static String schemaVersion(Server server) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT version FROM flyway_schema_history "
                     + "WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    /** The run in {@code backup_run} (from V24), so that administrators see it; a database without the table is left alone. */
    private static void record(Server server, Instant started, Path file, long size, boolean succeeded, String message) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             PreparedStatement s = c.prepareStatement("INSERT INTO backup_run (started_at, finished_at, file_name, size_bytes, "
                     + "succeeded, message, host) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(started));
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setString(3, file.toString());
            s.setLong(4, size);
            s.setBoolean(5, succeeded);
            s.setString(6, message.length() > 1000 ? message.substring(0, 1000) : message);
            s.setString(7, hostName());
            s.executeUpdate();
        } catch (SQLException e) {
            System.err.println("Nithet: the backup run could not be recorded in the database: " + e.getMessage());
        }
    }

    private static void recordFailure(LauncherSettings settings, Instant started, Path target, Exception failure) {
        try {
            Server server;
            if (settings.dbUrl().isPresent()) {
                server = Server.of(settings.dbUrl().get(), settings.dbUser().orElse(""), settings.dbPassword().orElse(""));
            } else if (Files.exists(settings.dataDir().resolve("db-port"))) {
                server = Server.runningEmbedded(settings.dataDir());
            } else {
                return;
            }
            record(server, started, target, 0, false, String.valueOf(failure.getMessage()));
        } catch (Exception e) {
            // the database itself is what failed: the message on the console is all there is
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    // ------------------------------------------------------------------ the MariaDB tools

    /** The password goes to the tools in a file only the owner reads, never on their command line. */
    private static Path optionsFile(Path dataDir, Server server) throws IOException {
        Path tmp = dataDir.resolve("tmp");
        Files.createDirectories(tmp);
        Path options = Files.createTempFile(tmp, "client-", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(options, "[client]\nhost=" + server.host() + "\nport=" + server.port() + "\nprotocol=TCP\nuser="
                + server.user() + "\npassword=\"" + server.password().replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
        return options;
    }

    private static Process start(List<String> command, Path tools, Path errors) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        if (command.get(0).endsWith("/mariadb")) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        builder.environment().put("LD_LIBRARY_PATH", tools.getParent().resolve("libs").toString());
        return builder.start();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
