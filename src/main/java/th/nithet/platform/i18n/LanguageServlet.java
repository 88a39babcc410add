package th.nithet.platform.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import th.nithet.platform.web.SafeRedirects;

import java.io.IOException;

/**
 * {@code /language?to=en&next=/page}: remembers the language for a year and returns to the page.
 * A plain link, no script: it works on any phone. {@code next} must be a path on this site.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = "en".equals(request.getParameter("to")) ? "en" : "th";
        Cookie cookie = new Cookie(Languages.COOKIE, to);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + SafeRedirects.localPath(request.getParameter("next")));
    }
}
