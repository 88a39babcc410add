package th.nithet.content.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a page's view action does when the service refuses: an unknown id answers 404; a visitor who
 * might be allowed after signing in goes to the sign-in form and comes back here; anyone else gets 403.
 * One home for the item, list and editor pages.
 */
public final class PageLoads {

    private PageLoads() {
    }

    /** Runs {@code load}; answers whether it worked (when not, the response is already complete). */
    public static boolean guard(Runnable load) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            load.run();
            return true;
        } catch (ContentNotFound e) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        } catch (ContentAccessDenied e) {
            if (e.signInWouldHelp() || external.getUserPrincipal() == null) {
                external.redirect(external.getRequestContextPath() + "/login.xhtml?next="
                        + URLEncoder.encode(here((HttpServletRequest) external.getRequest()), StandardCharsets.UTF_8));
            } else {
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
                faces.responseComplete();
            }
        }
        return false;
    }

    /** The address the person asked for ({@code /projects/12}), not the view it was forwarded to. */
    static String here(HttpServletRequest request) {
        Object uri = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = uri instanceof String s ? s : request.getRequestURI();
        Object query = request.getAttribute("jakarta.servlet.forward.query_string");
        String q = uri instanceof String ? (query instanceof String s ? s : null) : request.getQueryString();
        String local = path.substring(Math.min(request.getContextPath().length(), path.length()));
        return (local.isEmpty() ? "/" : local) + (q == null ? "" : "?" + q);
    }
}
