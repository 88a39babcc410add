package th.nithet.launcher;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterSettingsTest {

    @Test
    void aSingleInstanceRunsWithoutTheDataGridsCluster() {
        assertEquals(List.of("--nocluster"), ClusterSettings.from(Map.of()).payaraOptions());
        assertEquals(List.of("--nocluster"), ClusterSettings.from(Map.of("NITHET_CLUSTER_MEMBERS", "a:6900")).payaraOptions(),
                "members alone do not turn clustering on");
    }

    @Test
    void onlyASingleInstanceKeepsSessionsOutOfTheDataGrid() {
        assertTrue(ClusterSettings.from(Map.of()).prebootCommands().contains(
                "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false"));
        assertEquals(List.of(), ClusterSettings.from(Map.of("NITHET_CLUSTER", "true")).prebootCommands(),
                "clustered instances share sessions through the grid");
    }

    @Test
    void aMemberListBecomesTcpDiscoveryWithoutMulticast() {
        List<String> options = ClusterSettings.from(Map.of(
                "NITHET_CLUSTER", "true",
                "NITHET_CLUSTER_MEMBERS", "10.0.0.1:6900, 10.0.0.2:6900",
                "NITHET_CLUSTER_PORT", "6900",
                "NITHET_NODE_NAME", "web-1")).payaraOptions();
        assertEquals(List.of("--clustername", "nithet", "--clustermode", "tcpip:10.0.0.1:6900,10.0.0.2:6900",
                "--startport", "6900", "--name", "web-1"), options);
    }

    @Test
    void payarasOtherDiscoveryModesPassAsWritten() {
        assertEquals("dns:nithet.internal:6900", ClusterSettings.clusterMode("dns:nithet.internal:6900"));
        assertEquals("kubernetes:office:nithet", ClusterSettings.clusterMode("kubernetes:office:nithet"));
        assertEquals("tcpip:a:1", ClusterSettings.clusterMode("a:1"));
    }

    @Test
    void aBadPortIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ClusterSettings.from(Map.of("NITHET_CLUSTER_PORT", "six")));
        assertTrue(e.getMessage().contains("NITHET_CLUSTER_PORT"));
    }
}
