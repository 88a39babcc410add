package th.nithet.platform.security;

import jakarta.security.enterprise.CallerPrincipal;

/** The caller as the identity store found it: the account's id and name travel with the user name. */
public class AccountPrincipal extends CallerPrincipal {

    private final long accountId;
    private final String displayName;
    private final boolean mustChangePassword;

    public AccountPrincipal(long accountId, String username, String displayName, boolean mustChangePassword) {
        super(username);
        this.accountId = accountId;
        this.displayName = displayName;
        this.mustChangePassword = mustChangePassword;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }
}
