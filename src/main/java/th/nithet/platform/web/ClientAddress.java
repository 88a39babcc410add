package th.nithet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address a request came from, as far as the portal can trust it. Behind a reverse proxy every
 * request comes from the proxy, so the sign-in throttle would count a whole region's failures as one
 * address's: when the direct peer is one of {@code NITHET_TRUSTED_PROXIES} (addresses or CIDR
 * ranges, comma-separated), the address is the right-most one in {@code X-Forwarded-For} that is not
 * itself a trusted proxy. Without that setting the header is ignored: anyone can write it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    static String of(String peer, String forwardedFor, List<String> trusted) {
        if (forwardedFor == null || trusted.isEmpty() || !isTrusted(peer, trusted)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return peer;
    }

    private static List<String> trustedProxies() {
        return ConfigProvider.getConfig().getOptionalValue("nithet.trusted.proxies", String.class)
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    static boolean isTrusted(String address, List<String> trusted) {
        for (String entry : trusted) {
            if (matches(address, entry)) {
                return true;
            }
        }
        return false;
    }

    /** {@code address} equals {@code entry}, or lies in it when it is a CIDR range such as {@code 10.0.0.0/8}. */
    static boolean matches(String address, String entry) {
        try {
            int slash = entry.indexOf('/');
            // only literal addresses: a host name here would mean a DNS look-up on every sign-in
            if (!address.matches("[0-9a-fA-F:.]+") || !entry.matches("[0-9a-fA-F:./]+")) {
                return false;
            }
            byte[] a = InetAddress.getByName(address).getAddress();
            byte[] e = InetAddress.getByName(slash < 0 ? entry : entry.substring(0, slash)).getAddress();
            if (a.length != e.length) {
                return false;
            }
            int bits = slash < 0 ? a.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
                if ((a[i] & mask) != (e[i] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }
}
