package th.nithet.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The same texts the views use ({@code #{msg[...]}}), for Java code that must say something. */
public final class Messages {

    public static final String BUNDLE = "th.nithet.platform.i18n.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        Locale effective = Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Languages.ENGLISH : Languages.THAI;
        String pattern = ResourceBundle.getBundle(BUNDLE, effective, Messages.class.getClassLoader()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, effective).format(args);
    }
}
