package th.nithet.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) for the integration tests, one per test JVM, on a free loopback
 * port that {@code arquillian.xml} passes to Payara Micro as NITHET_SMTP_HOST/PORT.
 */
public class TestMailServer implements LauncherSessionListener {

    public static final String PORT = "nithet.it.smtp.port";
    private static GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("nithet.it.dir") == null || greenMail != null) {
            return;
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        System.setProperty(PORT, Integer.toString(port));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** The mail server goes away (its port refuses connections), as a real one does in an outage. */
    public static synchronized void stop() {
        greenMail.stop();
    }

    /** The mail server is back, on the same port; it has received nothing yet. */
    public static synchronized void start() {
        greenMail = new GreenMail(new ServerSetup(Integer.getInteger(PORT), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    /** Waits for the next mail to this address (the portal sends from its outbox every few seconds). */
    public static MimeMessage awaitMailTo(String address, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : received()) {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + address + " within " + timeout);
    }

    public static List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }
}
