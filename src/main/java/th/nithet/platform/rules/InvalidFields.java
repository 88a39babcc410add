package th.nithet.platform.rules;

import jakarta.ejb.ApplicationException;
import th.nithet.platform.i18n.Messages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A form or request refused for one or more fields at once, each with its own reason: the API
 * answers 400 with {@code "fields": {"title": "…", "body": "…"}}; pages show each message.
 * Collect the problems with {@link #check}, then {@link #throwIfAny}.
 */
@ApplicationException(rollback = true)
public class InvalidFields extends RuleViolation {

    /** field → message key and its arguments */
    private final transient Map<String, Object[]> fields;

    private InvalidFields(Map<String, Object[]> fields) {
        super("invalid.fields", fields.size());
        this.fields = fields;
    }

    /** Gathers field problems; nothing is thrown until {@link #throwIfAny}. */
    public static final class Collector {
        private final Map<String, Object[]> fields = new LinkedHashMap<>();

        /** Records the problem {@code key} for {@code field} unless {@code ok}; the first problem of a field wins. */
        public Collector check(boolean ok, String field, String key, Object... args) {
            if (!ok && !fields.containsKey(field)) {
                Object[] keyAndArgs = new Object[args.length + 1];
                keyAndArgs[0] = key;
                System.arraycopy(args, 0, keyAndArgs, 1, args.length);
                fields.put(field, keyAndArgs);
            }
            return this;
        }

        public boolean has(String field) {
            return fields.containsKey(field);
        }

        public void throwIfAny() {
            if (!fields.isEmpty()) {
                throw new InvalidFields(new LinkedHashMap<>(fields));
            }
        }
    }

    public static Collector collect() {
        return new Collector();
    }

    /** Each field's problem, in {@code locale}, in the order they were found. */
    public Map<String, String> messages(Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        fields.forEach((field, keyAndArgs) -> {
            Object[] args = new Object[keyAndArgs.length - 1];
            System.arraycopy(keyAndArgs, 1, args, 0, args.length);
            messages.put(field, Messages.get(locale, (String) keyAndArgs[0], args));
        });
        return messages;
    }

    @Override
    public String message(Locale locale) {
        return String.join(" ", messages(locale).values());
    }
}
