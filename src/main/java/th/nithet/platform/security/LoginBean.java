package th.nithet.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.platform.web.Feedback;
import th.nithet.platform.web.SafeRedirects;

import java.io.IOException;
import java.time.Duration;

/** The sign-in form ({@code login.xhtml}). */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(), new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(request.getContextPath() + SafeRedirects.localPath(next));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (request.getAttribute(NithetAuthenticationMechanism.THROTTLED_ATTRIBUTE) instanceof Duration wait) {
                    Feedback.error("login.throttled", Math.max(1, wait.toSeconds()));
                } else {
                    Feedback.error("login.failed");
                }
                password = null;
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
