package th.nithet.platform.api;

import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import th.nithet.platform.security.Role;

/** The check every protected resource method makes first: 401 for anonymous callers, 403 without the role. */
public final class ApiAccess {

    private ApiAccess() {
    }

    public static void require(SecurityContext security, Role role) {
        if (security.getCallerPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Nithet\"");
        }
        if (!security.isCallerInRole(role.name())) {
            throw new ForbiddenException();
        }
    }
}
