package th.nithet.platform.lifecycle;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code POST /internal/quiesce}: the launcher's request, just before it stops Payara Micro, to
 * write everything held in memory ({@link Quiescing}). Only from this machine, and only with the
 * token the launcher gave the application at start ({@code NITHET_CONTROL_TOKEN}); 404 otherwise.
 */
@WebServlet("/internal/quiesce")
public class QuiesceServlet extends HttpServlet {

    @Inject
    @ConfigProperty(name = "nithet.control.token")
    Optional<String> token;

    @Inject
    Event<Quiescing> quiescing;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String given = request.getHeader("X-Nithet-Control");
        if (token.isEmpty() || token.get().isBlank() || given == null || !InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()
                || !MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        quiescing.fire(new Quiescing());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
