package th.nithet.platform.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in, kept in the HTTP session after a form sign-in. {@code epoch} is the account's
 * session epoch at sign-in ({@link SignedInSessions}): once the account's sessions are ended it is
 * out of date on every instance, and the session with it.
 */
public record SignedInAccount(long id, String username, String displayName, Set<Role> roles, boolean mustChangePassword,
                              int epoch)
        implements Serializable {

    public static final String SESSION_ATTRIBUTE = "nithet.signedIn";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The same person after choosing their own password. */
    public SignedInAccount passwordChanged() {
        return new SignedInAccount(id, username, displayName, roles, false, epoch);
    }

    SignedInAccount inEpoch(int newEpoch) {
        return new SignedInAccount(id, username, displayName, roles, mustChangePassword, newEpoch);
    }
}
