package th.nithet.platform.cluster;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Collection;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Says in the log, in Thai and English, whether this instance is in a cluster with the others it was
 * told of ({@code NITHET_CLUSTER_MEMBERS}), and says it again whenever that changes. An instance that
 * cannot join still serves: everything that must agree between instances is in the database, and the
 * data grid only carries sessions from one instance to another.
 * <p>
 * The members are asked of Payara's own data grid (JNDI {@code payara/Hazelcast}) through its public
 * interface by reflection, so the application does not compile against Payara's Hazelcast.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterMembership {

    private static final Logger LOG = Logger.getLogger(ClusterMembership.class.getName());

    @Inject
    @ConfigProperty(name = "nithet.cluster", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "nithet.cluster.members")
    Optional<String> members;

    @Inject
    ClusterNode node;

    private volatile int lastCount = -1;

    /** How many instances this one sees in its cluster (itself included); 1 when alone or not clustered. */
    public int memberCount() {
        if (!enabled) {
            return 1;
        }
        try {
            Object grid = new InitialContext().lookup("payara/Hazelcast");
            ClassLoader loader = grid.getClass().getClassLoader();
            Object cluster = Class.forName("com.hazelcast.core.HazelcastInstance", false, loader)
                    .getMethod("getCluster").invoke(grid);
            Object set = Class.forName("com.hazelcast.cluster.Cluster", false, loader).getMethod("getMembers").invoke(cluster);
            return ((Collection<?>) set).size();
        } catch (NamingException | ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "The data grid could not be asked for its members", e);
            return 1;
        }
    }

    /** Expected others: one per address in a member list beyond this instance's own. */
    private boolean othersExpected() {
        return members.map(m -> !m.contains(":") || m.contains(",")).orElse(true);
    }

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void check() {
        if (!enabled) {
            return;
        }
        int count = memberCount();
        if (count == lastCount) {
            return;
        }
        lastCount = count;
        if (count > 1) {
            LOG.info("คลัสเตอร์: เครื่อง " + node.name() + " ทำงานร่วมกับเครื่องอื่นรวม " + count + " เครื่อง / "
                    + "Cluster: " + node.name() + " is one of " + count + " instances");
        } else if (othersExpected()) {
            LOG.warning("คลัสเตอร์: เครื่อง " + node.name() + " ยังเข้าร่วมกับเครื่องอื่นไม่ได้ ตรวจ NITHET_CLUSTER_MEMBERS "
                    + "พอร์ตของคลัสเตอร์ และไฟร์วอลล์ ระหว่างนี้ยังให้บริการต่อได้ แต่ผู้ใช้ที่ถูกส่งไปเครื่องอื่นต้องลงชื่อเข้าใช้ใหม่ / "
                    + "Cluster: " + node.name() + " could not join the other instances (check NITHET_CLUSTER_MEMBERS, "
                    + "the cluster port and the firewall); it goes on serving alone, but people sent to another "
                    + "instance will have to sign in again");
        }
    }
}
