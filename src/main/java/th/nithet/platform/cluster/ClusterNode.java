package th.nithet.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;

/**
 * This running instance of the portal, as the other instances on the same database know it: an id
 * new at every start (rows it wrote, such as search changes, say it wrote them) and a name for
 * people ({@code NITHET_NODE_NAME}, else the host name and HTTP port).
 */
@ApplicationScoped
public class ClusterNode {

    private final String id = UUID.randomUUID().toString();

    @Inject
    @ConfigProperty(name = "nithet.node.name")
    Optional<String> configuredName;

    @Inject
    @ConfigProperty(name = "nithet.port", defaultValue = "8080")
    String port;

    private volatile String name;

    /** Unique for this start of this instance; 36 characters. */
    public String id() {
        return id;
    }

    /** Read once: the host name may need a DNS look-up, and every job round names its instance. */
    public String name() {
        if (name == null) {
            name = configuredName.filter(n -> !n.isBlank()).map(String::trim).orElseGet(() -> host() + ":" + port);
        }
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
