package th.nithet.platform.security;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in, kept in the HTTP session after a form sign-in. */
public record SignedInAccount(long id, String username, String displayName, Set<Role> roles, boolean mustChangePassword)
        implements Serializable {

    public static final String SESSION_ATTRIBUTE = "nithet.signedIn";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The same person after choosing their own password. */
    public SignedInAccount passwordChanged() {
        return new SignedInAccount(id, username, displayName, roles, false);
    }
}
