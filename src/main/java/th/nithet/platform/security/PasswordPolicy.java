package th.nithet.platform.security;

import java.util.Locale;
import java.util.Optional;

/** What a new password must be. Answers the message key of the first rule it breaks. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (username != null && password.trim().toLowerCase(Locale.ROOT).equals(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.sameAsUsername");
        }
        if (password.codePoints().distinct().count() < 3) {
            return Optional.of("password.tooSimple");
        }
        return Optional.empty();
    }
}
