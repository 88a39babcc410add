package th.nithet.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.people.PasswordResetService;
import th.nithet.platform.web.Feedback;

import java.io.IOException;
import java.util.Optional;

/** Sets a new password from an e-mailed link ({@code password/reset.xhtml?token=…}). */
@Named
@RequestScoped
public class ResetPasswordBean {

    @Inject
    PasswordResetService resets;

    private String token;
    private String password;
    private String confirmation;

    public void save() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            Feedback.error("password.mismatch");
            return;
        }
        Optional<String> problem = resets.reset(token, password);
        if (problem.isPresent()) {
            Feedback.error(problem.get(), th.nithet.platform.security.PasswordPolicy.MIN_LENGTH);
            return;
        }
        Feedback.infoAfterRedirect("reset.done");
        FacesContext.getCurrentInstance().getExternalContext()
                .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/login.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
