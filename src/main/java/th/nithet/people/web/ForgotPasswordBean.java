package th.nithet.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.people.PasswordResetService;
import th.nithet.platform.web.Feedback;

/** "ลืมรหัสผ่าน": asks for a reset link by e-mail ({@code password/forgot.xhtml}). */
@Named
@RequestScoped
public class ForgotPasswordBean {

    @Inject
    PasswordResetService resets;

    private String email;

    public void send() {
        if (!PasswordResetService.looksLikeEmail(email)) {
            Feedback.error("forgot.email.invalid");
            return;
        }
        resets.request(email, Feedback.locale());
        // the same words whether or not the address has an account
        Feedback.info("forgot.sent", PasswordResetService.VALIDITY.toMinutes());
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
