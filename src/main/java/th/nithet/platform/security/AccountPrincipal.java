package th.nithet.platform.security;

import jakarta.security.enterprise.CallerPrincipal;

/** The caller as the identity store found it: the account's id and name travel with the user name. */
public class AccountPrincipal extends CallerPrincipal {

    private final long accountId;
    private final String displayName;

    public AccountPrincipal(long accountId, String username, String displayName) {
        super(username);
        this.accountId = accountId;
        this.displayName = displayName;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }
}
