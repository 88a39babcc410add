package th.nithet.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

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
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClass(BoomServlet.class)
                .addClass(FailingJob.class);
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
