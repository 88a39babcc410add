package th.nithet.platform.time;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /internal/clock?advance=PT49H} (or {@code ?reset}): moves {@link PortalClock} for
 * integration tests. It exists only when the system property {@code nithet.clock.adjustable} is
 * true and answers only this machine; everywhere else it is 404.
 */
@WebServlet("/internal/clock")
public class ClockServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!PortalClock.adjustable() || !InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (request.getParameter("reset") != null) {
                PortalClock.reset();
            } else {
                PortalClock.advance(Duration.parse(request.getParameter("advance")));
            }
        } catch (DateTimeParseException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "advance=PT…H or reset");
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
