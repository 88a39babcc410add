package th.nithet.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.List;

/**
 * Someone signed in with an administrator's temporary password sees only the page that changes it
 * (plus what that page needs) until they have chosen their own.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeRequiredFilter extends HttpFilter {

    static final String CHANGE_PAGE = "/account/password.xhtml";
    private static final List<String> ALLOWED = List.of(CHANGE_PAGE, "/jakarta.faces.resource/", "/language", "/error/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInAccount.SESSION_ATTRIBUTE) instanceof SignedInAccount who
                && who.mustChangePassword()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            // signing out posts the frame's form to the change page itself, so it stays possible
            if (ALLOWED.stream().noneMatch(path::startsWith) && !path.startsWith("/api/")) {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
