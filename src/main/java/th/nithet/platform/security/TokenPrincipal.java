package th.nithet.platform.security;

import java.util.Set;

/** The caller of an API call made with a personal access token ({@link BearerTokens}). */
public class TokenPrincipal extends AccountPrincipal {

    private final long tokenId;
    private final boolean readOnly;

    public TokenPrincipal(long accountId, String username, String displayName, boolean mustChangePassword,
                          long tokenId, boolean readOnly) {
        super(accountId, username, displayName, mustChangePassword);
        this.tokenId = tokenId;
        this.readOnly = readOnly;
    }

    public long tokenId() {
        return tokenId;
    }

    /** A read-only token may only read: every call but GET, HEAD and OPTIONS is refused. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The principal and its groups (the account's roles now), as the mechanism hands them to the container. */
    record SignIn(TokenPrincipal principal, Set<String> groups) {
    }
}
