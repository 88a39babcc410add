package th.nithet.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How this instance finds the others of its cluster, as Payara Micro's data grid options. Off
 * unless {@code NITHET_CLUSTER=true}: a single instance runs with {@code --nocluster}.
 * <ul>
 *   <li>{@code NITHET_CLUSTER_MEMBERS}: {@code host:port,host:port} (TCP, no multicast needed), or one
 *       of Payara's other discovery modes written whole: {@code dns:name:port},
 *       {@code kubernetes:namespace:service}, {@code multicast:group:port}, {@code domain:host:port}.
 *       Unset: Payara's default, multicast on the local network.</li>
 *   <li>{@code NITHET_CLUSTER_PORT}: the first port the data grid tries (Payara's default 6900).</li>
 *   <li>{@code NITHET_CLUSTER_NAME}: instances join only a cluster of the same name (default {@code nithet}),
 *       so two offices on one network stay apart.</li>
 *   <li>{@code NITHET_CLUSTER_INTERFACES}: the addresses the data grid may use, e.g. {@code 10.0.0.*}.</li>
 *   <li>{@code NITHET_CLUSTER_PUBLIC_ADDRESS}: the address others reach this one at, behind NAT or in a container.</li>
 *   <li>{@code NITHET_NODE_NAME}: this instance's name in logs and on the status page.</li>
 * </ul>
 */
record ClusterSettings(boolean enabled, Optional<String> members, Optional<Integer> port, String name,
                       Optional<String> nodeName, Optional<String> interfaces, Optional<String> publicAddress) {

    private static final List<String> MODES = List.of("tcpip:", "dns:", "kubernetes:", "multicast:", "domain:");

    static ClusterSettings from(Map<String, String> env) {
        Optional<Integer> port = LauncherSettings.lookup(env, "nithet.cluster.port").map(p -> {
            try {
                int n = Integer.parseInt(p.trim());
                if (n < 1 || n > 65535) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("NITHET_CLUSTER_PORT must be a port number, not '" + p + "'");
            }
        });
        return new ClusterSettings(
                LauncherSettings.lookup(env, "nithet.cluster").map(Boolean::parseBoolean).orElse(false),
                LauncherSettings.lookup(env, "nithet.cluster.members").map(String::trim),
                port,
                LauncherSettings.lookup(env, "nithet.cluster.name").map(String::trim).orElse("nithet"),
                LauncherSettings.lookup(env, "nithet.node.name").map(String::trim),
                LauncherSettings.lookup(env, "nithet.cluster.interfaces").map(String::trim),
                LauncherSettings.lookup(env, "nithet.cluster.public.address").map(String::trim));
    }

    /** Payara Micro's command-line options for these settings. */
    List<String> payaraOptions() {
        List<String> options = new ArrayList<>();
        if (!enabled) {
            options.add("--nocluster");
            return options;
        }
        options.addAll(List.of("--clustername", name));
        members.ifPresent(m -> options.addAll(List.of("--clustermode", clusterMode(m))));
        port.ifPresent(p -> options.addAll(List.of("--startport", p.toString())));
        nodeName.ifPresent(n -> options.addAll(List.of("--name", n)));
        interfaces.ifPresent(i -> options.addAll(List.of("--interfaces", i)));
        publicAddress.ifPresent(a -> options.addAll(List.of("--hzpublicaddress", a)));
        return options;
    }

    /**
     * Payara's settings for these settings, before it boots. A single instance keeps web sessions in its own memory:
     * the portal is {@code <distributable/>} so that several instances share sessions through the data grid, and Payara
     * then reads each session back from the grid and writes it again at every request of a signed-in person, about a
     * third of a signed-in page's CPU (docs/benchmarks.md, "fifth look"). Alone, the grid lives in this very JVM and
     * dies with it, so the copy buys nothing.
     */
    List<String> prebootCommands() {
        if (enabled) {
            return List.of();
        }
        return List.of("# Written by the launcher for a single instance (NITHET_CLUSTER unset): web sessions in memory",
                "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false");
    }

    /** A member list becomes {@code tcpip:a:p,b:p}; a mode written whole passes as it is. */
    static String clusterMode(String members) {
        String lower = members.toLowerCase(java.util.Locale.ROOT);
        if (MODES.stream().anyMatch(lower::startsWith)) {
            return members;
        }
        return "tcpip:" + members.replaceAll("\\s+", "");
    }
}
