package th.nithet.content;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import th.nithet.people.Account;
import th.nithet.platform.security.AccountPrincipal;

import java.security.Principal;
import java.util.Optional;

/** The caller as a {@link Viewer}: their account as it is now (roles, enabled), or a visitor. */
@Stateless
@PermitAll
public class Viewers {

    @PersistenceContext(unitName = "nithet")
    EntityManager em;

    @Inject
    SecurityContext security;

    /**
     * The person the demo office's generator writes as, on its own thread; nobody anywhere else. Code outside
     * {@code th.nithet.demo} must not call {@link #actingAs} (ArchitectureTest): requests are always who signed in.
     */
    private static final ThreadLocal<String> ACTING_AS = new ThreadLocal<>();

    /** Does {@code work} on this thread as the person {@code username}, for the demo office's generator only. */
    public static <T> T actingAs(String username, java.util.function.Supplier<T> work) {
        String before = ACTING_AS.get();
        ACTING_AS.set(username);
        try {
            return work.get();
        } finally {
            ACTING_AS.set(before);
        }
    }

    public Viewer current() {
        String acting = ACTING_AS.get();
        Principal caller = acting != null ? () -> acting : security.getCallerPrincipal();
        if (caller == null) {
            return Viewer.VISITOR;
        }
        // asked several times by each page (every service checks the caller): one query, not one per relation
        return em.createNamedQuery(Account.SIGNED_IN, Account.class)
                .setParameter("username", caller.getName()).getResultStream().findFirst()
                .map(Viewer::of).orElse(Viewer.VISITOR);
    }

    /**
     * The signed-in caller's account id, read from who signed in rather than from their account: for what only counts the
     * caller's own things (the bell on every page, one query fewer per page). Whether the account may still do anything is
     * not asked here (an ended sign-in ends the session, NithetAuthenticationMechanism): anything more uses {@link #current}.
     */
    public Optional<Long> callerAccountId() {
        if (ACTING_AS.get() == null && security.getCallerPrincipal() instanceof AccountPrincipal account) {
            return Optional.of(account.accountId());
        }
        Viewer viewer = current();
        return viewer.isSignedIn() ? Optional.of(viewer.account().getId()) : Optional.empty();
    }

    /** The caller, who must be signed in; otherwise denied (and signing in would help). */
    public Viewer signedIn() {
        Viewer viewer = current();
        if (!viewer.isSignedIn()) {
            throw new ContentAccessDenied(true);
        }
        return viewer;
    }

    /**
     * The caller, who must be an administrator; otherwise the container's own refusal ({@code EJBAccessException}, 403),
     * as a service guarded by {@code @RolesAllowed(ADMIN)} would give.
     */
    public Viewer administrator() {
        Viewer viewer = current();
        if (!viewer.isAdmin()) {
            throw new jakarta.ejb.EJBAccessException("administrators only");
        }
        return viewer;
    }

    /** The caller, who must be a supervisor or an administrator; otherwise denied. */
    public Viewer staff() {
        Viewer viewer = current();
        if (!viewer.isStaff()) {
            throw new ContentAccessDenied(!viewer.isSignedIn());
        }
        return viewer;
    }
}
