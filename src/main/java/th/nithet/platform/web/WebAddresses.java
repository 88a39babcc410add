package th.nithet.platform.web;

import java.net.URI;
import java.util.Locale;

/** Addresses people give to link to (a classroom video, a piece of evidence): shown as links, so never a script. */
public final class WebAddresses {

    private WebAddresses() {
    }

    /** http(s) addresses with a host, at most 500 characters, no spaces. */
    public static boolean isWebAddress(String link) {
        if (link == null || link.length() > 500 || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
