package th.nithet.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import th.nithet.platform.security.PasswordPolicy;
import th.nithet.platform.web.Feedback;

import java.util.Optional;

/** Changes the signed-in person's own password ({@code account/password.xhtml}). */
@Named
@RequestScoped
public class ChangePasswordBean {

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

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
