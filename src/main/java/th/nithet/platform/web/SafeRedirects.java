package th.nithet.platform.web;

/** Where a "come back to" parameter may send a browser: only a path on this site. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    /** The path itself when it is local; "/" for anything else (absolute or protocol-relative URLs, control characters). */
    public static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return next;
    }
}
