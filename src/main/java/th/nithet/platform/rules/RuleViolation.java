package th.nithet.platform.rules;

import jakarta.ejb.ApplicationException;
import th.nithet.platform.i18n.Messages;

import java.util.Locale;

/**
 * Input a service refuses, with the message key that explains why. Rolls the transaction back;
 * pages show the message with Feedback, the API answers 400 with it.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public RuleViolation(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return Messages.get(locale, key, args);
    }

    /** Shorthand for the checks services make. */
    public static void require(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new RuleViolation(key, args);
        }
    }
}
