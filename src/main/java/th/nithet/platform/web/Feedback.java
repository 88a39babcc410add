package th.nithet.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;

import java.util.Locale;

/** Messages a backing bean shows on its page, in the page's language, by message key. */
public final class Feedback {

    private Feedback() {
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** A service's refusal, with the reasons it gave. */
    public static void error(th.nithet.platform.rules.RuleViolation violation) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.message(locale()), null));
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    /** Keeps the message across a redirect (post-redirect-get). */
    public static void infoAfterRedirect(String key, Object... args) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, args);
    }

    /** The label of a form field ({@code field.<name>} in the bundle), for messages that name it. */
    public static String label(String field) {
        try {
            return Messages.get(locale(), "field." + field);
        } catch (java.util.MissingResourceException e) {
            // fields numbered by position (a form's questions: q1, q2 …) say their number in the message itself
            return Messages.get(locale(), "field." + field.replaceAll("[0-9]+$", "") + "N");
        }
    }

    /** A text of the bundle in the page's language, for beans that format something to show. */
    public static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    public static Locale locale() {
        return Languages.fromRequest((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(severity, Messages.get(locale(), key, args), null));
    }
}
