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
     * be seen. Nothing else is added or replaced.
     */
    public static WebArchive war() {
        File war = new File(System.getProperty("nithet.war", "target/nithet.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after mvn package");
        }
        // named ROOT.war so that Payara Micro serves it at "/", as the launcher does
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClass(BoomServlet.class);
    }

    /**
     * Payara Micro reports the machine's own interface address; the tests talk to it over
     * loopback only.
     */
    public static String local(java.net.URL url) {
        return url.getProtocol() + "://127.0.0.1:" + url.getPort() + url.getPath();
    }

    public static String adminPassword() {
        return System.getProperty(th.nithet.launcher.TestDatabase.ADMIN_PASSWORD);
    }
}
