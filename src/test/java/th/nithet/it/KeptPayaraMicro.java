package th.nithet.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian container, but one boot for the whole integration run instead of one per
 * test class. Payara's container starts a new Payara Micro process at every {@code deploy} and kills it at
 * every {@code undeploy}; every {@link PortalTest} deploys the same WAR ({@link Portal#war()}), so the
 * process of the first class is kept and handed to the next ones, and stopped when Arquillian stops the
 * container after the last class (or, failing that, by the shutdown hook Payara's container registers).
 * <p>
 * Why: each boot cost ~27 s on two cores, twelve classes over five minutes of the suite, and a kept server
 * has its code compiled by the JIT for the classes after the first. What this shares between classes is what
 * a running portal shares between its users: the database (already one per run), the data directory, and
 * memory — kept pages, remembered Basic logins, sessions, the adjustable clock. A class that moves the clock
 * puts it back in a {@code finally} block; a class that needs a server of its own launches the jar
 * ({@link JarLaunches}) as before.
 */
public class KeptPayaraMicro extends PayaraMicroDeployableContainer {

    /** The container that keeps a server now, if any: the tests run in one JVM, one class after another. */
    private static volatile KeptPayaraMicro current;

    private Archive<?> kept;
    private ProtocolMetaData keptAt;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (kept != null && kept.getName().equals(archive.getName())) {
            return keptAt;
        }
        stopKept();
        keptAt = super.deploy(archive);
        kept = archive;
        current = this;
        return keptAt;
    }

    /**
     * Stops the kept server, for a test class whose own portals share its database and must be the only ones on
     * it (ClusterIT: a kept server is a third instance that claims scheduled jobs' rounds, and B did not
     * "run the rounds alone" after A's death). The next class that deploys boots a new one.
     */
    static void stopForPortalsOfTheirOwn() throws DeploymentException {
        KeptPayaraMicro container = current;
        if (container != null) {
            container.stopKept();
        }
    }

    /** Kept for the next class: the process ends in {@link #stop()}. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopKept();
        } catch (DeploymentException e) {
            throw new LifecycleException("could not stop the kept Payara Micro", e);
        }
        super.stop();
    }

    private void stopKept() throws DeploymentException {
        if (kept != null) {
            super.undeploy(kept);
            kept = null;
            keptAt = null;
        }
    }

    /** Put in place of Payara's container through META-INF/services. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, KeptPayaraMicro.class);
        }
    }
}
