package th.nithet.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "1.2.3.4", List.of()));
    }

    @Test
    void behindATrustedProxyTheVisitorsAddressIsTheLastUntrustedHop() {
        List<String> proxies = List.of("10.0.0.0/8", "192.0.2.1");
        assertEquals("198.51.100.7", ClientAddress.of("10.1.2.3", "198.51.100.7", proxies));
        // a visitor who writes the header himself cannot choose the address he is counted under
        assertEquals("198.51.100.7", ClientAddress.of("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.0.2.1", proxies));
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "6.6.6.6", proxies), "not from a proxy: the peer");
    }

    @Test
    void rangesMatchByPrefix() {
        assertTrue(ClientAddress.matches("10.255.0.1", "10.0.0.0/8"));
        assertFalse(ClientAddress.matches("11.0.0.1", "10.0.0.0/8"));
        assertTrue(ClientAddress.matches("172.20.1.1", "172.16.0.0/12"));
        assertFalse(ClientAddress.matches("172.32.0.1", "172.16.0.0/12"));
        assertTrue(ClientAddress.matches("127.0.0.1", "127.0.0.1"));
        assertFalse(ClientAddress.matches("proxy.example", "10.0.0.0/8"), "host names are not looked up");
    }
}
