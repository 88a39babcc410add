package th.nithet.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import th.nithet.launcher.ServerLibraries;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The deployment every integration test class uses: the WAR the build produced, as it ships. */
public final class Portal {

    private Portal() {
    }

    /**
     * target/nithet.war plus {@link BoomServlet}, which fails on purpose so that the 500 page can
     * be seen, and {@link FailingJob}, a scheduled job that fails on purpose. Nothing else is added or replaced.
     */
    public static WebArchive war() {
        File war = new File(System.getProperty("nithet.war", "target/nithet.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after mvn package");
        }
        // named ROOT.war so that Payara Micro serves it at "/", as the launcher does
        WebArchive root = ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClass(BoomServlet.class)
                .addClass(FailingJob.class);
        return withoutServerLibraries(root);
    }

    /** The jars {@link ServerLibraries#moveOut} set apart, once per test run; null until the first deployment. */
    private static java.util.List<String> serverJars;

    /**
     * Splits the libraries as the launcher does ({@link ServerLibraries#moveOut}): those that belong to the server are
     * in {@code nithet.it.dir/server-libs}, which arquillian.xml hands Payara Micro with --addLibs, and left out of the
     * deployment, so the tests' server loads every class from where the portal's does. The folder is made anew once per
     * run (no jar of an earlier build stays on the class path); later deployments only leave the same jars out.
     */
    private static synchronized WebArchive withoutServerLibraries(WebArchive root) {
        String lib = "/WEB-INF/lib/";
        if (serverJars == null) {
            Path it = Path.of(System.getProperty("nithet.it.dir", "target/it"));
            Path warLibs = it.resolve("war-libs");
            Path serverLibs = it.resolve("server-libs");
            try {
                th.nithet.launcher.TestDatabase.deleteRecursivelyForTests(warLibs);
                th.nithet.launcher.TestDatabase.deleteRecursivelyForTests(serverLibs);
                Files.createDirectories(warLibs);
                for (var entry : root.getContent(p -> p.get().startsWith(lib) && p.get().endsWith(".jar")).entrySet()) {
                    try (InputStream in = entry.getValue().getAsset().openStream()) {
                        Files.copy(in, warLibs.resolve(entry.getKey().get().substring(lib.length())));
                    }
                }
                serverJars = ServerLibraries.moveOut(warLibs, serverLibs);
            } catch (IOException e) {
                throw new UncheckedIOException("could not set the server's libraries apart in " + serverLibs, e);
            }
        }
        serverJars.forEach(jar -> root.delete(lib + jar));
        return root;
    }

    /**
     * Payara Micro reports the machine's own interface address; the tests talk to it over
     * loopback only.
     */
    public static String local(java.net.URL url) {
        return url.getProtocol() + "://127.0.0.1:" + url.getPort() + url.getPath();
    }

    /** The highest V<n>__ migration in the source tree: the schema version a deployment must reach. */
    public static String latestSchemaVersion() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return Integer.toString(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String adminPassword() {
        return System.getProperty(th.nithet.launcher.TestDatabase.ADMIN_PASSWORD);
    }
}
