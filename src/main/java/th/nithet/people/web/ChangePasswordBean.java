package th.nithet.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import th.nithet.people.AccountService;
import th.nithet.platform.security.PasswordPolicy;
import th.nithet.platform.security.SignedInAccount;
import th.nithet.platform.security.SignedInSessions;
import th.nithet.platform.web.Feedback;

import java.util.Optional;

/** Changes the signed-in person's own password ({@code account/password.xhtml}). */
@Named
@RequestScoped
public class ChangePasswordBean {

    @Inject
    SignedInSessions sessions;

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    /** True when an administrator's temporary password must be replaced before anything else. */
    public boolean isRequired() {
        var session = request.getSession(false);
        return session != null && session.getAttribute(SignedInAccount.SESSION_ATTRIBUTE) instanceof SignedInAccount who
                && who.mustChangePassword();
    }

    private String current;
    private String password;
    private String confirmation;

    public void save() {
        if (password == null || !password.equals(confirmation)) {
            Feedback.error("password.mismatch");
            return;
        }
        Optional<String> problem = accounts.changePassword(security.getCallerPrincipal().getName(), current, password);
        if (problem.isPresent()) {
            Feedback.error(problem.get(), PasswordPolicy.MIN_LENGTH);
            return;
        }
        current = null;
        password = null;
        confirmation = null;
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInAccount.SESSION_ATTRIBUTE) instanceof SignedInAccount who) {
            session.setAttribute(SignedInAccount.SESSION_ATTRIBUTE, who.passwordChanged());
            // whoever else was signed in with the old password is signed out
            sessions.endAll(who.id(), session);
        }
        Feedback.info("password.changed");
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
