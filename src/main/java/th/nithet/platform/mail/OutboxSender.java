package th.nithet.platform.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox every few seconds, off any page's request. A message that fails is retried
 * with a growing wait; nothing is dropped. Without {@code NITHET_SMTP_HOST} mail stays queued.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @EJB
    Outbox outbox;

    @Inject
    MailSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean warnedUnconfigured = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deliverDue() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still sending
        }
        try {
            if (!settings.isConfigured()) {
                // warn once, when there is mail waiting: not on the first round, when there rarely is
                if (!warnedUnconfigured.get() && !outbox.due(1).isEmpty() && warnedUnconfigured.compareAndSet(false, true)) {
                    LOG.warning("E-mail is waiting in the outbox but NITHET_SMTP_HOST is not set");
                }
                return;
            }
            Session session = session();
            for (Long id : outbox.due(BATCH)) {
                outbox.claim(id).ifPresent(message -> deliver(session, message));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox round failed; it runs again in a few seconds", e);
        } finally {
            running.set(false);
        }
    }

    private void deliver(Session session, OutboxMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(settings.from()));
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
            mime.setSubject(message.getSubject(), "UTF-8");
            mime.setText(message.getBody(), "UTF-8");
            mime.setSentDate(new Date());
            Transport.send(mime);
            outbox.markSent(message.getId());
        } catch (MessagingException | RuntimeException e) {
            // the address is not logged: it is personal data; the id finds it
            LOG.warning("Mail " + message.getId() + " not sent (attempt " + (message.getAttempts() + 1) + "): " + e.getMessage());
            outbox.markFailed(message.getId(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Session session() {
        if (settings.username().isEmpty()) {
            return Session.getInstance(settings.sessionProperties());
        }
        String user = settings.username().get();
        String password = settings.password();
        return Session.getInstance(settings.sessionProperties(), new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }
}
