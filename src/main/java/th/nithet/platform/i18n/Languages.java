package th.nithet.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** Thai first, English on request; the choice lives in a cookie so that it is remembered. */
public final class Languages {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String COOKIE = "nithet-lang";

    private Languages() {
    }

    public static Locale of(String code) {
        return "en".equals(code) ? ENGLISH : THAI;
    }

    public static Locale fromRequest(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return of(cookie.getValue());
                }
            }
        }
        return THAI;
    }
}
